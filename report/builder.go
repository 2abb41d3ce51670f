package report

import (
	"bytes"
	"container/heap"
	"encoding/csv"
	"slices"
	"strconv"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/plot"
	"github.com/bilan-dev/bilan/stats"
)

// DefaultPeriod is the period the bilan command's report uses unless told: a month.
// Config's zero Period is stats.Day, a daily report, as its doc says.
const DefaultPeriod = stats.Month

// Config sets what a report covers and how it reads. Its zero value is an English,
// daily report of every status, titled by default.
type Config struct {
	// Title, Subtitle and Credit are the desk's: the page's heading, the line under
	// it and the byline in the footer. An empty Title is "Casualty claims and
	// credible figures" in Lang; an empty Subtitle or Credit is left out.
	Title, Subtitle, Credit string
	// Source names the data in captions and in the report: a dataset's name, not
	// a file path.
	Source string
	// AsOf is the report's date; zero means the latest claim of the data.
	AsOf claims.Date
	// Lang is the language of every word, date and number of the report and its
	// charts; zero is English. Arabic sets the whole page right to left.
	Lang plot.Lang
	// Period is the period of the series: its zero value is stats.Day. The bilan
	// command passes DefaultPeriod unless told.
	Period stats.Period
	// Statuses are the statuses whose credible figures the headline and the
	// series sum; nil means every status. Assessments of other statuses are
	// listed, marked as not counted, and their number is stated.
	Statuses []claims.Status
	// MaxEvents is how many events the events table lists, the most lethal first
	// (by credible Best, then by claimed); 0 means 200. Smaller data are listed
	// whole, in date order.
	MaxEvents int
	// ClaimCharts is how many of the listed events, in the list's order, get the
	// chart of what each source said (plot.EventClaims) beside their table; 0
	// means 20, a negative number none. Events whose assessments rest on a single
	// claim get none: one point is not a comparison.
	ClaimCharts int
	// Seed seeds the inflation bootstrap.
	Seed uint64
}

func (c Config) maxEvents() int {
	if c.MaxEvents <= 0 {
		return 200
	}
	return c.MaxEvents
}

func (c Config) claimCharts() int {
	switch {
	case c.ClaimCharts < 0:
		return 0
	case c.ClaimCharts == 0:
		return 20
	}
	return c.ClaimCharts
}

// counts reports whether the configuration counts status s.
func (c Config) counts(s claims.Status) bool {
	return c.Statuses == nil || slices.Contains(c.Statuses, s)
}

// part is one accumulator of the report: it counts an event with its assessments
// (those of the counted statuses), and merges a part of the same kind built from
// other events.
type part interface {
	add(e *claims.Event, as []claims.Assessment)
	merge(o part)
}

// series sums killed by a key (stats.Observe, stats.Aggregator).
type series struct {
	agg *stats.Aggregator
	key stats.Key
	obs []stats.Observation
}

func (s *series) add(e *claims.Event, as []claims.Assessment) {
	s.obs = stats.Observe(s.obs[:0], e, as, s.key, stats.Killed)
	for _, o := range s.obs {
		s.agg.Add(o)
	}
}
func (s *series) merge(o part) { s.agg.Merge(o.(*series).agg) }

// statuses counts the statuses of every assessment, counted or not: the chart of
// statuses shows what the data holds.
type statuses struct{ c *stats.StatusCounter }

func (s *statuses) add(e *claims.Event, as []claims.Assessment) { s.c.Add(e, as) }
func (s *statuses) merge(o part)                                { s.c.Merge(o.(*statuses).c) }

// silence counts silence, and the claims made by a party to the conflict: without
// any, the data (a monitor's, say) records no statement of a side, and silence
// cannot be measured.
type silence struct {
	c     *stats.SilenceCounter
	sides int
}

func (s *silence) add(e *claims.Event, _ []claims.Assessment) {
	s.c.Add(e)
	for _, c := range e.Claims {
		if c.Source.Partisan() {
			s.sides++
		}
	}
}
func (s *silence) merge(o part) {
	os := o.(*silence)
	s.c.Merge(os.c)
	s.sides += os.sides
}

// areas records each area's first period, and the data's first period.
type areas struct {
	t     *stats.AreaTracker
	p     stats.Period
	first int
	any   bool
}

func (a *areas) add(e *claims.Event, _ []claims.Assessment) {
	a.t.Add(e)
	i := a.p.Index(e.Date)
	if !a.any || i < a.first {
		a.first, a.any = i, true
	}
}
func (a *areas) merge(o part) {
	oa := o.(*areas)
	a.t.Merge(oa.t)
	if oa.any && (!a.any || oa.first < a.first) {
		a.first, a.any = oa.first, true
	}
}

// comparisons lists each claim beside the credible figure (stats.CompareEvent).
type comparisons struct{ cmps []stats.Comparison }

func (c *comparisons) add(e *claims.Event, as []claims.Assessment) {
	c.cmps = stats.CompareEvent(c.cmps, e, as, claims.Killed)
}
func (c *comparisons) merge(o part) { c.cmps = append(c.cmps, o.(*comparisons).cmps...) }

// headline sums the killed of the counted assessments, in all and per status.
type headline struct {
	all      tally
	byStatus [6]tally
	// unknown counts the events with a killed assessment counted and no credible
	// figure for any; partial those with a credible figure for some groups and
	// none for others (their sums are floors); left the assessments not counted
	// for their status.
	unknown, partial, left int
	// claimed sums the highest partisan claims of killed, on claimedEvents.
	claimed       int64
	claimedEvents int
	// partisan counts the claims with a figure by a party.
	partisan int
}

// tally is a sum of credible figures.
type tally struct {
	low, best, high int64
	n               int
}

func (t *tally) add(f claims.Figure) {
	t.low, t.best, t.high = satAdd(t.low, f.Min), satAdd(t.best, f.Best), satAdd(t.high, f.Max)
	t.n++
}

func (t *tally) merge(o tally) {
	t.low, t.best, t.high = satAdd(t.low, o.low), satAdd(t.best, o.best), satAdd(t.high, o.high)
	t.n += o.n
}

// Builder accumulates a report's statistics event by event.
type Builder struct {
	cfg    Config
	parts  map[string]part
	head   headline
	top    eventHeap
	events int
	latest claims.Date
	// periods are the period claims, listed beside the events.
	periods []claims.PeriodClaim
	// rows is assessments.csv, without its header.
	rows bytes.Buffer
	csv  *csv.Writer
	row  []string
}

// NewBuilder returns an empty builder.
func NewBuilder(cfg Config) *Builder {
	b := &Builder{cfg: cfg, parts: map[string]part{}}
	p := cfg.Period
	for _, c := range charts {
		for _, need := range c.needs {
			if b.parts[need] == nil {
				b.parts[need] = newPart(need, p)
			}
		}
	}
	b.csv = csv.NewWriter(&b.rows)
	return b
}

// The parts charts can need.
const (
	partTotal     = "total"
	partByCountry = "by_country"
	partStatuses  = "statuses"
	partSilence   = "silence"
	partAreas     = "areas"
	partCompare   = "comparisons"
)

func newPart(name string, p stats.Period) part {
	switch name {
	case partTotal:
		return &series{agg: stats.NewAggregator(p), key: stats.ByNone}
	case partByCountry:
		return &series{agg: stats.NewAggregator(p), key: stats.ByCountry}
	case partStatuses:
		return &statuses{c: stats.NewStatusCounter(p, claims.Killed, true)}
	case partSilence:
		return &silence{c: stats.NewSilenceCounter(p)}
	case partAreas:
		return &areas{t: stats.NewAreaTracker(p), p: p}
	case partCompare:
		return &comparisons{}
	}
	panic("report: no part " + name) // the chart table names only the parts above
}

// listed is an event kept for the events table, with its assessments.
type listed struct {
	e    claims.Event
	as   []claims.Assessment
	best int64
	clm  int64
	seq  int
}

// eventHeap keeps the most lethal events: a min-heap by (best, claimed).
type eventHeap []listed

func (h eventHeap) Len() int { return len(h) }
func (h eventHeap) Less(i, j int) bool {
	if h[i].best != h[j].best {
		return h[i].best < h[j].best
	}
	if h[i].clm != h[j].clm {
		return h[i].clm < h[j].clm
	}
	return h[i].seq > h[j].seq
}
func (h eventHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *eventHeap) Push(x any)   { *h = append(*h, x.(listed)) }
func (h *eventHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// Add counts one event. The builder keeps its own copy of what it lists.
func (b *Builder) Add(e *claims.Event) {
	as := claims.Reconcile(e)
	b.events++
	for _, c := range e.Claims {
		b.latest = max(b.latest, c.ReportedAt)
	}
	counted := as
	if b.cfg.Statuses != nil {
		counted = make([]claims.Assessment, 0, len(as))
		for _, a := range as {
			if b.cfg.counts(a.Status) {
				counted = append(counted, a)
			}
		}
	}
	for _, p := range b.parts {
		if _, ok := p.(*statuses); ok {
			p.add(e, as)
		} else {
			p.add(e, counted)
		}
	}

	// The headline and the listing, over the killed.
	var best, clm int64
	unknown, known := false, false
	for _, a := range as {
		ok := b.cfg.counts(a.Status)
		b.writeRow(e, a, ok)
		if a.Outcome != claims.Killed {
			continue
		}
		if !ok {
			b.head.left++
			continue
		}
		if a.Estimate.IsKnown() {
			known = true
			b.head.all.add(a.Estimate)
			b.head.byStatus[a.Status%6].add(a.Estimate)
			best = satAdd(best, a.Estimate.Best)
		} else {
			unknown = true
		}
		if p, ok := a.Claimed.Point(claims.Conservative); ok {
			clm = satAdd(clm, int64(p))
		}
	}
	switch {
	case unknown && known:
		b.head.partial++
	case unknown:
		b.head.unknown++
	}
	hasClaim := false
	for _, a := range counted {
		if _, ok := a.Claimed.Point(claims.Conservative); ok && a.Outcome == claims.Killed {
			hasClaim = true
		}
	}
	if hasClaim {
		b.head.claimed = satAdd(b.head.claimed, clm)
		b.head.claimedEvents++
	}
	for _, c := range e.Claims {
		if c.Source.Partisan() && len(c.Figures) > 0 {
			b.head.partisan++
		}
	}

	l := listed{as: as, seq: b.events, best: best, clm: clm}
	if b.top.Len() < b.cfg.maxEvents() {
		l.e = cloneEvent(e)
		heap.Push(&b.top, l)
	} else if lessListed(b.top[0], l) {
		l.e = cloneEvent(e)
		b.top[0] = l
		heap.Fix(&b.top, 0)
	}
}

// assessmentsHeader is assessments.csv's header.
var assessmentsHeader = []string{"event_id", "date", "place", "outcome", "group", "status", "low", "best", "high", "claimed", "claimant", "counted"}

// writeRow adds one assessment to assessments.csv: figures as whole numbers, an
// unknown one empty, an unbounded High "inf"; claimed is the claim's conservative
// point, empty when no party gave a number.
func (b *Builder) writeRow(e *claims.Event, a claims.Assessment, counted bool) {
	if b.row == nil {
		b.row = make([]string, len(assessmentsHeader))
	}
	r := b.row
	clear(r)
	r[0], r[1], r[2] = e.ID, e.Date.String(), PlaceText(e.Place)
	r[3], r[4], r[5] = a.Outcome.String(), a.Group.String(), a.Status.String()
	if a.Estimate.IsKnown() {
		r[6], r[7], r[8] = csvNum(a.Estimate.Min), csvNum(a.Estimate.Best), csvNum(a.Estimate.Max)
	}
	if p, ok := a.Claimed.Point(claims.Conservative); ok {
		r[9] = strconv.FormatFloat(p, 'f', -1, 64)
	}
	r[10] = a.ClaimedBy.Name
	r[11] = strconv.FormatBool(counted && a.Estimate.IsKnown())
	_ = b.csv.Write(r) // a bytes.Buffer does not fail
}

func csvNum(x int64) string {
	if x == claims.Inf {
		return "inf"
	}
	return strconv.FormatInt(x, 10)
}

func lessListed(a, b listed) bool {
	h := eventHeap{a, b}
	return h.Less(0, 1)
}

// extraShown are the columns of an imported file that the report shows with an
// event: UCDP's source headline and article.
var extraShown = []string{"source_headline", "source_article"}

// extraLabels are the labels of extraShown in English, French and Arabic.
var extraLabels = map[string][3]string{
	"source_headline": {"Source's headline", "Titre de la source", "عنوان المصدر"},
	"source_article":  {"Source article", "Article source", "مقال المصدر"},
}

// cloneEvent copies what the table shows, so that readers may reuse their events.
func cloneEvent(e *claims.Event) claims.Event {
	c := *e
	c.Claims = slices.Clone(e.Claims)
	c.Extra = nil
	for _, k := range extraShown {
		if v, ok := e.Extra[k]; ok {
			if c.Extra == nil {
				c.Extra = map[string]string{}
			}
			c.Extra[k] = v
		}
	}
	return c
}

// AddPeriod records a period claim, listed in the report beside its events.
func (b *Builder) AddPeriod(p claims.PeriodClaim) {
	b.periods = append(b.periods, p)
	b.latest = max(b.latest, p.Claim.ReportedAt)
}

// Merge adds o's counts into b; both must have the same configuration.
func (b *Builder) Merge(o *Builder) {
	for name, p := range b.parts {
		p.merge(o.parts[name])
	}
	b.head.all.merge(o.head.all)
	for i := range b.head.byStatus {
		b.head.byStatus[i].merge(o.head.byStatus[i])
	}
	b.head.unknown += o.head.unknown
	b.head.partial += o.head.partial
	b.head.left += o.head.left
	b.head.claimed = satAdd(b.head.claimed, o.head.claimed)
	b.head.claimedEvents += o.head.claimedEvents
	b.head.partisan += o.head.partisan
	b.periods = append(b.periods, o.periods...)
	o.csv.Flush()
	b.csv.Flush()
	b.rows.Write(o.rows.Bytes())
	for _, l := range o.top {
		l.seq += b.events
		if b.top.Len() < b.cfg.maxEvents() {
			heap.Push(&b.top, l)
		} else if lessListed(b.top[0], l) {
			b.top[0] = l
			heap.Fix(&b.top, 0)
		}
	}
	b.events += o.events
	b.latest = max(b.latest, o.latest)
}

// Events returns how many events were added.
func (b *Builder) Events() int { return b.events }
