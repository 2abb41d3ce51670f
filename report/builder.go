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
// daily report of the statuses claims.DefaultCounted names, titled by default.
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
	// series sum (claims.Policy.Count); the zero set means claims.DefaultCounted,
	// every status that carries a credible figure. Assessments of other statuses
	// are listed, marked as not counted, and their number is stated.
	Statuses claims.StatusSet
	// MaxEvents is how many events the events table lists, the most lethal first
	// (by credible Best, then by claimed); 0 means 200. Smaller data are listed
	// whole, in date order.
	MaxEvents int
	// ClaimCharts is how many of the listed events, in the list's order, get the
	// chart of what each source said (plot.EventClaims) beside their table; 0
	// means 20, a negative number none. Events whose assessments rest on a single
	// claim get none: one point is not a comparison.
	ClaimCharts int
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

// policy is the reconciliation policy the report counts under.
func (c Config) policy() claims.Policy { return claims.Policy{Count: c.Statuses} }

func (b *Builder) policy() claims.Policy { return b.cfg.policy() }

// part is one accumulator of the report: it counts an event with its assessments
// (those of the counted statuses), and merges a part of the same kind built from
// other events.
type part interface {
	add(e *claims.Event, as []claims.Assessment)
	merge(o part)
}

// series sums killed by a key (stats.Observer, stats.Aggregator), counting the
// statuses of the report's policy.
type series struct {
	agg *stats.Aggregator
	obs stats.Observer
	buf []stats.Observation
}

func (s *series) add(e *claims.Event, as []claims.Assessment) {
	s.buf = s.obs.Observe(s.buf[:0], e, as)
	for _, o := range s.buf {
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

// headline sums the killed, over the counted statuses and per status, across groups
// by the group hierarchy (stats.Observer, claims.GroupTotal).
type headline struct {
	all      tally
	byStatus [16]tally
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

func (t *tally) add(f claims.Figure, n int) {
	t.low, t.best, t.high = claims.AddCounts(t.low, f.Min), claims.AddCounts(t.best, f.Best), claims.AddCounts(t.high, f.Max)
	t.n += n
}

func (t *tally) merge(o tally) {
	t.low, t.best, t.high = claims.AddCounts(t.low, o.low), claims.AddCounts(t.best, o.best), claims.AddCounts(t.high, o.high)
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
	obs  []stats.Observation
}

// NewBuilder returns an empty builder.
func NewBuilder(cfg Config) *Builder {
	b := &Builder{cfg: cfg, parts: map[string]part{}}
	for _, c := range charts {
		for _, need := range c.needs {
			if b.parts[need] == nil {
				b.parts[need] = newPart(need, cfg)
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

func newPart(name string, cfg Config) part {
	p := cfg.Period
	switch name {
	case partTotal:
		return &series{agg: stats.NewAggregator(p), obs: stats.Observer{Key: stats.ByNone, Measure: stats.Killed, Policy: cfg.policy()}}
	case partByCountry:
		return &series{agg: stats.NewAggregator(p), obs: stats.Observer{Key: stats.ByCountry, Measure: stats.Killed, Policy: cfg.policy()}}
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
	for _, p := range b.parts {
		p.add(e, as)
	}

	// The headline and the listing, over the killed: the counted statuses'
	// total, then each status's, by the group hierarchy.
	pol := b.policy()
	b.obs = stats.Observer{Measure: stats.Killed, Policy: pol}.Observe(b.obs[:0], e, as)
	var best, clm int64
	if len(b.obs) > 0 {
		o := b.obs[0]
		switch {
		case o.Est.IsKnown():
			b.head.all.add(o.Est, 1)
			best = o.Est.Best
			if o.Unknown > 0 {
				b.head.partial++
			}
		case o.Reported && o.Unknown > 0:
			b.head.unknown++
		}
		if o.HasClaim {
			clm = o.Claimed
			b.head.claimed = claims.AddCounts(b.head.claimed, o.Claimed)
			b.head.claimedEvents++
		}
	}
	for _, st := range claims.Statuses() {
		if !pol.Counts(st) || !hasStatus(as, st) {
			continue
		}
		b.obs = stats.Observer{Measure: stats.Killed, Policy: claims.Policy{Count: claims.StatusSet(0).With(st)}}.Observe(b.obs[:0], e, as)
		if len(b.obs) > 0 && b.obs[0].Est.IsKnown() {
			b.head.byStatus[st%16].add(b.obs[0].Est, 1)
		}
	}
	for _, a := range as {
		b.writeRow(e, a, pol.Counts(a.Status))
		if a.Outcome == claims.Killed && !pol.Counts(a.Status) && a.Estimate.IsKnown() {
			b.head.left++
		}
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

func hasStatus(as []claims.Assessment, st claims.Status) bool {
	for _, a := range as {
		if a.Status == st && a.Outcome == claims.Killed {
			return true
		}
	}
	return false
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
	b.head.claimed = claims.AddCounts(b.head.claimed, o.head.claimed)
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
