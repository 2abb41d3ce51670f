// Package link proposes, for each event of a claims dataset (a militant
// statement, a news sentence recorded as an event), the events of a monitor's
// dataset (ACLED, UCDP) it may be the same incident as, each with a score and the
// reasons; and merges the claims into the monitor's events where the match is
// unambiguous, leaving the rest for review. Nothing is merged silently.
//
// A monitor event is a candidate for a claims event when all of these hold:
//
//   - the same country (names compared folded: case, accents and punctuation
//     ignored);
//   - dates within the window, widened by each event's date precision (a week
//     coded to its first day is 6 days wide, a month 30);
//   - when both have coordinates and both are coded no coarser than "near", within
//     MaxKm (great-circle distance); otherwise, when both name an admin1, admin1
//     names that agree (equal once folded, or an edit distance of at most one in
//     five letters: "Tillaberi" and "Tillabéry").
//
// Its score, in [0, 1], is the mean of three parts, each in [0, 1] and each
// given as a reason: the date (1 on the same day, falling linearly to 0 at the
// widened window's edge), the place (distance falling linearly to 0 at MaxKm;
// without coordinates, 0.5 for the same admin1 and 1 when the localities agree as
// well, 0.25 when admin1 is missing on a side) and the actors (1 when an actor of
// one names the same group as an actor of the other — same name folded, shared
// acronym or a known alias —, 0.5 when one side names no actor or an unidentified
// one, 0 when both name actors and none agrees). A candidate scoring under
// MinScore is not proposed.
//
// A proposal is unambiguous when its best candidate scores at least Accept and
// every other candidate at least Margin less; Merge merges only those.
package link

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/bilan-dev/bilan/claims"
)

// Options are the matching parameters; zero fields take the defaults in
// DefaultOptions.
type Options struct {
	Window   int     // days between the dates, before widening by precision
	MaxKm    float64 // greatest distance when both events have coordinates
	MinScore float64 // candidates scoring less are not proposed
	Accept   float64 // an unambiguous match scores at least this
	Margin   float64 // ... and this much more than any other candidate
}

// DefaultOptions are the defaults: a 3-day window, 50 km, candidates from 0.5,
// matches from 0.7 with a margin of 0.15. They were chosen on the synthetic
// benchmark of the tests before its scores were measured, not tuned to them.
var DefaultOptions = Options{Window: 3, MaxKm: 50, MinScore: 0.5, Accept: 0.7, Margin: 0.15}

func (o Options) withDefaults() Options {
	d := DefaultOptions
	if o.Window > 0 {
		d.Window = o.Window
	}
	if o.MaxKm > 0 {
		d.MaxKm = o.MaxKm
	}
	if o.MinScore > 0 {
		d.MinScore = o.MinScore
	}
	if o.Accept > 0 {
		d.Accept = o.Accept
	}
	if o.Margin > 0 {
		d.Margin = o.Margin
	}
	return d
}

// Candidate is a monitor event a claims event may be.
type Candidate struct {
	Event     string   // the monitor event's ID
	Score     float64  // in [0, 1]
	Reasons   []string // how each part scored
	DaysApart int
	// Km is the distance between the events' coordinates, NaN when a side has
	// none or is coded coarser than "near".
	Km float64
}

// Proposal is what Link proposes for one claims event: its candidates, best
// first, and the match when it is unambiguous.
type Proposal struct {
	Event      string // the claims event's ID
	Candidates []Candidate
	Match      string // the unambiguous match's ID, or ""
}

// Status returns "match", "ambiguous" (candidates, none unambiguous) or "none".
func (p Proposal) Status() string {
	switch {
	case p.Match != "":
		return "match"
	case len(p.Candidates) > 0:
		return "ambiguous"
	}
	return "none"
}

// Link proposes monitor events for each event of cl, in cl's order. It compares
// every pair of events within the window: monitor events are indexed by date.
func Link(cl, monitor *claims.Dataset, o Options) []Proposal {
	o = o.withDefaults()
	byDate := slices.Clone(monitor.Events)
	slices.SortFunc(byDate, func(a, b claims.Event) int { return int(a.Date) - int(b.Date) })
	maxSlack := 0
	for _, m := range byDate {
		maxSlack = max(maxSlack, slack(m))
	}
	var out []Proposal
	for i := range cl.Events {
		c := &cl.Events[i]
		p := Proposal{Event: c.ID}
		lo := c.Date.AddDays(-(o.Window + maxSlack + slack(*c)))
		hi := c.Date.AddDays(o.Window + slack(*c))
		k, _ := slices.BinarySearchFunc(byDate, lo, func(e claims.Event, d claims.Date) int { return int(e.Date) - int(d) })
		for ; k < len(byDate) && byDate[k].Date <= hi; k++ {
			if cand, ok := score(c, &byDate[k], o); ok {
				p.Candidates = append(p.Candidates, cand)
			}
		}
		slices.SortStableFunc(p.Candidates, func(a, b Candidate) int {
			if a.Score != b.Score {
				if a.Score > b.Score {
					return -1
				}
				return 1
			}
			return strings.Compare(a.Event, b.Event)
		})
		if n := len(p.Candidates); n > 0 && p.Candidates[0].Score >= o.Accept && (n == 1 || p.Candidates[0].Score-p.Candidates[1].Score >= o.Margin) {
			p.Match = p.Candidates[0].Event
		}
		out = append(out, p)
	}
	return out
}

// slack is how many days after its Date an event may have happened, by its date
// precision (or its End).
func slack(e claims.Event) int {
	if e.End != 0 && e.End > e.Date {
		return int(e.End - e.Date)
	}
	switch e.DatePrecision {
	case claims.PrecDays, claims.PrecWeek:
		return 6
	case claims.PrecMonth:
		return 30
	case claims.PrecYear:
		return 365
	}
	return 0
}

func score(c, m *claims.Event, o Options) (Candidate, bool) {
	cand := Candidate{Event: m.ID, Km: math.NaN()}
	if c.Place.Country == "" || m.Place.Country == "" || fold(c.Place.Country) != fold(m.Place.Country) {
		return cand, false
	}
	// Date: the gap between the spans [Date, Date+slack].
	gap := 0
	switch {
	case c.Date > m.Date.AddDays(slack(*m)):
		gap = int(c.Date - m.Date.AddDays(slack(*m)))
	case m.Date > c.Date.AddDays(slack(*c)):
		gap = int(m.Date - c.Date.AddDays(slack(*c)))
	}
	cand.DaysApart = int(c.Date - m.Date)
	if cand.DaysApart < 0 {
		cand.DaysApart = -cand.DaysApart
	}
	if gap > o.Window {
		return cand, false
	}
	width := float64(o.Window + 1)
	if s := max(slack(*c), slack(*m)); s > 0 {
		// A coarse date agrees with many days: it says less.
		width += float64(s)
	}
	dateScore := 1 - float64(gap+max(slack(*c), slack(*m))/2)/width
	dateScore = max(0, min(1, dateScore))
	cand.Reasons = append(cand.Reasons, fmt.Sprintf("date %.2f: %d days apart (window %d, precision %s/%s)", dateScore, cand.DaysApart, o.Window, c.DatePrecision, m.DatePrecision))

	// Place.
	var placeScore float64
	switch {
	case c.Place.Coords != nil && m.Place.Coords != nil && c.Place.Precision <= claims.GeoNear && m.Place.Precision <= claims.GeoNear:
		km := haversine(*c.Place.Coords, *m.Place.Coords)
		cand.Km = km
		if km > o.MaxKm {
			return cand, false
		}
		placeScore = 1 - km/o.MaxKm
		cand.Reasons = append(cand.Reasons, fmt.Sprintf("place %.2f: %.1f km apart (at most %g)", placeScore, km, o.MaxKm))
	case c.Place.Admin1 != "" && m.Place.Admin1 != "":
		if !alike(c.Place.Admin1, m.Place.Admin1) {
			return cand, false
		}
		placeScore = 0.5
		why := fmt.Sprintf("same admin1 (%s / %s)", c.Place.Admin1, m.Place.Admin1)
		if c.Place.Locality != "" && m.Place.Locality != "" && alike(c.Place.Locality, m.Place.Locality) {
			placeScore = 1
			why += fmt.Sprintf(" and locality (%s / %s)", c.Place.Locality, m.Place.Locality)
		}
		cand.Reasons = append(cand.Reasons, fmt.Sprintf("place %.2f: %s", placeScore, why))
	default:
		placeScore = 0.25
		cand.Reasons = append(cand.Reasons, fmt.Sprintf("place %.2f: same country, admin1 unknown on one side", placeScore))
	}

	// Actors.
	actorScore, why := actors(c, m)
	cand.Reasons = append(cand.Reasons, fmt.Sprintf("actors %.2f: %s", actorScore, why))
	cand.Score = math.Round((dateScore+placeScore+actorScore)/3*1000) / 1000
	return cand, cand.Score >= o.MinScore
}

func haversine(a, b claims.LatLon) float64 {
	const r = 6371.0088 // mean Earth radius, km (IUGG)
	rad := math.Pi / 180
	dlat, dlon := (b.Lat-a.Lat)*rad, (b.Lon-a.Lon)*rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// fold lowers s, drops accents and keeps letters and digits only.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// alike reports whether two place names agree: equal folded, or within an edit
// distance of one per five letters.
func alike(a, b string) bool {
	fa, fb := fold(a), fold(b)
	if fa == fb {
		return fa != ""
	}
	n := max(len([]rune(fa)), len([]rune(fb)))
	return levenshtein(fa, fb) <= n/5
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
