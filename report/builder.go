package report

import (
	"container/heap"
	"slices"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/stats"
)

// Config sets what a report covers. Its zero value is the default.
type Config struct {
	// Source names the data in captions and in the report.
	Source string
	// AsOf is the report's date; zero means the latest claim of the data.
	AsOf claims.Date
	// Period is the period of the series; zero means stats.Month.
	Period stats.Period
	// MaxEvents is how many events the events table lists, the most lethal first
	// (by confirmed Best, then by claimed); 0 means 200. Smaller data are listed
	// whole, in date order.
	MaxEvents int
	// Seed seeds the inflation bootstrap.
	Seed uint64
}

func (c Config) maxEvents() int {
	if c.MaxEvents <= 0 {
		return 200
	}
	return c.MaxEvents
}

// Builder accumulates a report's statistics event by event.
type Builder struct {
	cfg      Config
	period   stats.Period
	total    *stats.Aggregator // killed, all events
	byKey    *stats.Aggregator // killed, by country
	statuses *stats.StatusCounter
	silence  *stats.SilenceCounter
	areas    *stats.AreaTracker
	cmps     []stats.Comparison
	top      eventHeap
	events   int
	latest   claims.Date
	obs      []stats.Observation
	periods  []claims.PeriodClaim
	// sides counts the claims made by a party to the conflict: without any,
	// the data (a monitor's, say) records no statement of a side, and silence
	// cannot be measured.
	sides int
}

// NewBuilder returns an empty builder.
func NewBuilder(cfg Config) *Builder {
	p := cfg.Period
	if p == stats.Day {
		p = stats.Month
	}
	return &Builder{
		cfg: cfg, period: p,
		total:    stats.NewAggregator(p),
		byKey:    stats.NewAggregator(p),
		statuses: stats.NewStatusCounter(p, claims.Killed, true),
		silence:  stats.NewSilenceCounter(p),
		areas:    stats.NewAreaTracker(p),
	}
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
		if c.Source.Partisan() {
			b.sides++
		}
	}
	b.obs = stats.Observe(b.obs[:0], e, as, stats.ByNone, stats.Killed)
	for _, o := range b.obs {
		b.total.Add(o)
	}
	b.obs = stats.Observe(b.obs[:0], e, as, stats.ByCountry, stats.Killed)
	for _, o := range b.obs {
		b.byKey.Add(o)
	}
	b.statuses.Add(e, as)
	b.silence.Add(e)
	b.areas.Add(e)
	b.cmps = stats.CompareEvent(b.cmps, e, as, claims.Killed)

	l := listed{as: as, seq: b.events}
	if len(b.obs) > 0 {
		l.best, l.clm = b.obs[0].Est.Best, b.obs[0].Claimed
	}
	if b.top.Len() < b.cfg.maxEvents() {
		l.e = cloneEvent(e)
		heap.Push(&b.top, l)
	} else if lessListed(b.top[0], l) {
		l.e = cloneEvent(e)
		b.top[0] = l
		heap.Fix(&b.top, 0)
	}
}

func lessListed(a, b listed) bool {
	h := eventHeap{a, b}
	return h.Less(0, 1)
}

// cloneEvent copies what the table shows, so that readers may reuse their events.
func cloneEvent(e *claims.Event) claims.Event {
	c := *e
	c.Claims = slices.Clone(e.Claims)
	c.Extra = nil
	return c
}

// AddPeriod records a period claim, listed in the report beside its events.
func (b *Builder) AddPeriod(p claims.PeriodClaim) {
	b.periods = append(b.periods, p)
	b.latest = max(b.latest, p.Claim.ReportedAt)
}

// Merge adds o's counts into b; both must have the same configuration.
func (b *Builder) Merge(o *Builder) {
	b.total.Merge(o.total)
	b.byKey.Merge(o.byKey)
	b.statuses.Merge(o.statuses)
	b.silence.Merge(o.silence)
	b.areas.Merge(o.areas)
	b.cmps = append(b.cmps, o.cmps...)
	b.periods = append(b.periods, o.periods...)
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
	b.sides += o.sides
	b.latest = max(b.latest, o.latest)
}

// Events returns how many events were added.
func (b *Builder) Events() int { return b.events }
