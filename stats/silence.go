package stats

import (
	"math"
	"slices"
	"sort"

	"github.com/bilan-dev/bilan/claims"
)

// SilenceRate is, for one period and side, how many of the events involving that side
// it had said nothing about by the period's end.
type SilenceRate struct {
	Period int
	Label  string
	Side   claims.Side
	Events int // events of the period involving the side
	Silent int // of them, those on which the side had made no statement by the period's end
	// Rate is Silent/Events (NaN-free: 0 when Events is 0).
	Rate float64
	// Spoke counts the events on which the side made a statement at any time.
	// MedianDays is the median number of days from the event to the side's first
	// statement, over the Timed of them whose date is known to the day
	// (claims.PrecDay); the Untimed others (dated to a week, a month...) are left
	// out, since their delay is not known to the day. MedianDays is NaN when Timed
	// is 0.
	Spoke          int
	Timed, Untimed int
	MedianDays     float64
}

// involves reports whether an event involves a side: one of its actors is of that
// side (ACLED types 1 state forces, 2-4 armed groups), or one of its claims comes
// from a source of that side.
func involves(e *claims.Event, side claims.Side) bool {
	for _, a := range []claims.Actor{e.Perpetrator, e.Target} {
		switch {
		case side == claims.SideState && a.Type == claims.StateForces:
			return true
		case side == claims.SideArmedGroup && (a.Type == claims.RebelGroup || a.Type == claims.PoliticalMilitia || a.Type == claims.IdentityMilitia):
			return true
		}
	}
	return slices.ContainsFunc(e.Claims, func(c claims.Claim) bool { return c.Source.Side == side })
}

// firstStatement returns the date of the side's first statement on the event (a
// claim of its own that is not silence), and false when it made none.
func firstStatement(e *claims.Event, side claims.Side) (claims.Date, bool) {
	var first claims.Date
	ok := false
	for _, c := range e.Claims {
		if c.Source.Side == side && c.Stance != claims.Silence && (!ok || c.ReportedAt < first) {
			first, ok = c.ReportedAt, true
		}
	}
	return first, ok
}

// SilenceCounter accumulates silence rates event by event; Silence is its one-call
// form. The zero value is not usable: make one with NewSilenceCounter.
type SilenceCounter struct {
	p     Period
	cells map[[2]int]*silenceAcc
}

type silenceAcc struct {
	events, silent, spoke, untimed int
	days                           []float64
}

// NewSilenceCounter returns an empty counter over periods p.
func NewSilenceCounter(p Period) *SilenceCounter {
	return &SilenceCounter{p: p, cells: map[[2]int]*silenceAcc{}}
}

// Add counts one event.
func (s *SilenceCounter) Add(e *claims.Event) {
	idx := s.p.Index(e.Date)
	for _, side := range []claims.Side{claims.SideState, claims.SideArmedGroup} {
		if !involves(e, side) {
			continue
		}
		k := [2]int{idx, int(side)}
		a := s.cells[k]
		if a == nil {
			a = &silenceAcc{}
			s.cells[k] = a
		}
		a.events++
		first, spoke := firstStatement(e, side)
		if !spoke || first > s.p.End(idx) {
			a.silent++
		}
		switch {
		case spoke && e.DatePrecision == claims.PrecDay:
			a.spoke++
			a.days = append(a.days, float64(first-e.Date))
		case spoke:
			a.spoke++
			a.untimed++
		}
	}
}

// Merge adds o's counts into s; both must count the same periods.
func (s *SilenceCounter) Merge(o *SilenceCounter) {
	for k, b := range o.cells {
		a := s.cells[k]
		if a == nil {
			a = &silenceAcc{}
			s.cells[k] = a
		}
		a.events += b.events
		a.silent += b.silent
		a.spoke += b.spoke
		a.untimed += b.untimed
		a.days = append(a.days, b.days...)
	}
}

// Rates returns the rates per period and side, in period order, the state first.
func (s *SilenceCounter) Rates() []SilenceRate {
	out := make([]SilenceRate, 0, len(s.cells))
	for k, a := range s.cells {
		r := SilenceRate{Period: k[0], Label: s.p.Label(k[0]), Side: claims.Side(k[1]), Events: a.events, Silent: a.silent,
			Spoke: a.spoke, Timed: len(a.days), Untimed: a.untimed, MedianDays: math.NaN()}
		r.Rate = float64(a.silent) / float64(a.events)
		if len(a.days) > 0 {
			days := slices.Clone(a.days)
			slices.Sort(days)
			r.MedianDays = quantile(days, 0.5)
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Period != out[j].Period {
			return out[i].Period < out[j].Period
		}
		return out[i].Side < out[j].Side
	})
	return out
}

// Silence computes, per period p and side (state, armed group), the share of the
// period's events involving the side on which it had made no statement by the
// period's end, and how long its first statements took. It measures something only
// where the data records the sides' statements: on a monitor's data alone (ACLED,
// UCDP) every side is "silent" on every event. The delay to a first statement is
// measured only on events dated to the day (SilenceRate.Timed), and the others are
// counted (SilenceRate.Untimed).
func Silence(events []claims.Event, p Period) []SilenceRate {
	c := NewSilenceCounter(p)
	for i := range events {
		c.Add(&events[i])
	}
	return c.Rates()
}
