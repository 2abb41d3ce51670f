package stats

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/bilan-dev/bilan/claims"
)

// Key is what a series is split by.
type Key uint8

// The keys. Admin1 areas are named "Country / Admin1", since admin1 names repeat
// across countries (Sahel, Savanes).
const (
	ByNone Key = iota
	ByCountry
	ByAdmin1
	ByPerpetrator
	ByTarget
	BySourceKind
	ByOutcome
	ByGroup
)

var keyNames = []string{"none", "country", "admin1", "perpetrator", "target", "source_kind", "outcome", "group"}

func (k Key) String() string {
	if int(k) < len(keyNames) {
		return keyNames[k]
	}
	return "Key(" + strconv.Itoa(int(k)) + ")"
}

// ParseKey reads none, country, admin1, perpetrator, target, source_kind, outcome or
// group.
func ParseKey(s string) (Key, error) {
	for i, n := range keyNames {
		if s == n {
			return Key(i), nil
		}
	}
	return 0, fmt.Errorf("%w: key %q (want one of %s)", ErrUnknown, s, strings.Join(keyNames, ", "))
}

// Measure is what a series sums: events, or the people killed, wounded, captured or
// missing.
type Measure uint8

// The measures.
const (
	Events Measure = iota
	Killed
	Wounded
	Captured
	Missing
)

var measureNames = []string{"events", "killed", "wounded", "captured", "missing"}

func (m Measure) String() string {
	if int(m) < len(measureNames) {
		return measureNames[m]
	}
	return "Measure(" + strconv.Itoa(int(m)) + ")"
}

// Outcome returns the outcome a measure sums, named one by one; Events (and an
// undefined measure) has none.
func (m Measure) Outcome() (claims.Outcome, bool) {
	switch m {
	case Killed:
		return claims.Killed, true
	case Wounded:
		return claims.Wounded, true
	case Captured:
		return claims.Captured, true
	case Missing:
		return claims.Missing, true
	}
	return claims.OutcomeUnstated, false
}

// ParseMeasure reads events, killed, wounded, captured or missing.
func ParseMeasure(s string) (Measure, error) {
	for i, n := range measureNames {
		if s == n {
			return Measure(i), nil
		}
	}
	return 0, fmt.Errorf("%w: measure %q (want events, killed, wounded, captured or missing)", ErrUnknown, s)
}

// Observation is one event's contribution to one series: its date, its key, and for
// the measure the credible estimate (Est, Unknown when no credible figure) and the
// highest partisan claim (Claimed, Unknown when none).
type Observation struct {
	Date claims.Date
	Key  string
	// Est sums the known estimates of the event's assessments for the measure;
	// Unknown counts the assessments without a credible figure. Est is Unknown when
	// none is known.
	Est     claims.Figure
	Unknown int
	// Claimed sums the event's highest partisan claims for the measure, each at
	// its conservative point; HasClaim is false when no partisan gave a figure.
	Claimed  int64
	HasClaim bool
	// Reported is false when no assessment of the event concerns the measure's
	// outcome (the event is counted, its figures are not).
	Reported bool
}

// Observe appends to dst the observations of one event for key k and measure m, from
// its assessments (claims.Reconcile). Keys that name one value per event (none,
// country, admin1, perpetrator, target) give one observation; outcome and group give
// one per outcome or group assessed; source_kind one per kind of source that gave a
// figure, with that kind's own highest figures as Est. With key outcome the measure
// only chooses between counting events and summing figures.
func Observe(dst []Observation, e *claims.Event, as []claims.Assessment, k Key, m Measure) []Observation {
	switch k {
	case ByOutcome:
		for _, o := range claims.Outcomes() {
			if ob, ok := observeOne(e, as, func(a *claims.Assessment) bool { return a.Outcome == o }); ok {
				ob.Key = o.String()
				dst = append(dst, ob)
			}
		}
		return dst
	case ByGroup:
		out, _ := m.Outcome()
		for _, g := range claims.Groups() {
			if ob, ok := observeOne(e, as, func(a *claims.Assessment) bool { return a.Group == g && (m == Events || a.Outcome == out) }); ok {
				ob.Key = g.String()
				dst = append(dst, ob)
			}
		}
		return dst
	case BySourceKind:
		return observeKinds(dst, e, m)
	}
	out, hasOut := m.Outcome()
	ob, _ := observeOne(e, as, func(a *claims.Assessment) bool { return hasOut && a.Outcome == out })
	ob.Key = keyOf(e, k)
	return append(dst, ob)
}

func keyOf(e *claims.Event, k Key) string {
	switch k {
	case ByCountry:
		return e.Place.Country
	case ByAdmin1:
		return e.Place.Country + " / " + e.Place.Admin1
	case ByPerpetrator:
		return e.Perpetrator.Name
	case ByTarget:
		return e.Target.Name
	}
	return "all"
}

// observeOne sums the assessments that keep selects; ok is false when none does.
func observeOne(e *claims.Event, as []claims.Assessment, keep func(*claims.Assessment) bool) (Observation, bool) {
	ob := Observation{Date: e.Date}
	var known []claims.Figure
	for i := range as {
		a := &as[i]
		if !keep(a) {
			continue
		}
		ob.Reported = true
		if a.Estimate.IsKnown() {
			known = append(known, a.Estimate)
		} else {
			ob.Unknown++
		}
		if a.Claimed.IsKnown() {
			if p, ok := a.Claimed.Point(claims.Conservative); ok {
				ob.Claimed += int64(p)
				ob.HasClaim = true
			}
		}
	}
	if len(known) > 0 {
		ob.Est = sumEstimates(known)
	}
	return ob, ob.Reported
}

// sumEstimates adds estimates as intervals and adds their Best values.
func sumEstimates(fs []claims.Figure) claims.Figure {
	s := claims.Sum(fs...)
	var best int64
	for _, f := range fs {
		best = addSat(best, f.Best)
	}
	s.Best, s.HasBest = min(max(best, s.Min), s.Max), true
	return s
}

func addSat(a, b int64) int64 {
	if a > claims.Inf-b {
		return claims.Inf
	}
	return a + b
}

// observeKinds gives one observation per kind of source with a figure for the
// measure: the highest figure its sources gave per group, summed over groups.
func observeKinds(dst []Observation, e *claims.Event, m Measure) []Observation {
	out, hasOut := m.Outcome()
	for _, kind := range claims.SourceKinds() {
		best := map[claims.Group]claims.Figure{}
		spoke := false
		for _, c := range e.Claims {
			if c.Source.Kind != kind {
				continue
			}
			spoke = true
			for _, f := range c.Figures {
				if !hasOut || f.Outcome != out || !f.Figure.IsKnown() {
					continue
				}
				if cur, ok := best[f.Group]; !ok || f.Figure.Min > cur.Min {
					best[f.Group] = f.Figure
				}
			}
		}
		if !spoke {
			continue
		}
		ob := Observation{Date: e.Date, Key: kind.String(), Reported: len(best) > 0 || !hasOut}
		var fs []claims.Figure
		for _, g := range claims.Groups() {
			if f, ok := best[g]; ok {
				if p, ok := f.Point(claims.Stated); ok {
					f.Best, f.HasBest = int64(p), true
				} else {
					f.Best, f.HasBest = f.Min, true
				}
				fs = append(fs, f)
			}
		}
		if len(fs) > 0 {
			ob.Est = sumEstimates(fs)
		}
		dst = append(dst, ob)
	}
	return dst
}

// Point is one period of a series.
type Point struct {
	Period int    // the period's index (Period.Index)
	Label  string // the period's label
	Events int    // events in the period
	// Low, Best and High sum the credible estimates of the events that have one
	// (Known of them); High is claims.Inf when one of them is unbounded. Unknown
	// counts the events whose figure for the measure is not known: they are in
	// Events, never in the sums.
	Low, Best, High int64
	Known, Unknown  int
	// Claimed sums the events' highest partisan claims (ClaimedEvents of them).
	Claimed       int64
	ClaimedEvents int
}

// Series is the points of one key, one per period from the first to the last period
// of the whole aggregation, zero where no event fell.
type Series struct {
	Key    string
	Points []Point
}

// Aggregator sums observations into series by key and period. The zero value is not
// usable; make one with NewAggregator. It is not safe for concurrent use: give each
// goroutine its own and Merge them.
type Aggregator struct {
	period Period
	keys   map[string]int
	names  []string
	cells  []cells
	lo, hi int
	any    bool
	// index caches Period.Index by date, direct-mapped: events of a few years
	// hit it almost always, and it spares the civil-date arithmetic per event.
	index [1024]struct {
		d claims.Date
		i int
	}
}

// cells holds one key's points, indexed by period from base: periods are few and
// dense, so a slice serves where a map would cost a hash per event.
type cells struct {
	base   int
	points []Point
	used   []bool
}

func (c *cells) at(i int) *Point {
	if len(c.points) == 0 {
		c.base = i
	}
	if i < c.base {
		grow := c.base - i
		c.points = append(make([]Point, grow, grow+len(c.points)), c.points...)
		c.used = append(make([]bool, grow, grow+len(c.used)), c.used...)
		c.base = i
	}
	for j := i - c.base; j >= len(c.points); {
		c.points = append(c.points, Point{})
		c.used = append(c.used, false)
	}
	j := i - c.base
	if !c.used[j] {
		c.used[j] = true
		c.points[j].Period = i
	}
	return &c.points[j]
}

func (c *cells) get(i int) (*Point, bool) {
	j := i - c.base
	if j < 0 || j >= len(c.points) || !c.used[j] {
		return nil, false
	}
	return &c.points[j], true
}

// NewAggregator returns an empty aggregator over periods p.
func NewAggregator(p Period) *Aggregator {
	return &Aggregator{period: p, keys: map[string]int{}}
}

// Period returns the aggregator's period.
func (a *Aggregator) Period() Period { return a.period }

func (a *Aggregator) cell(key string, d claims.Date) *Point {
	k, ok := a.keys[key]
	if !ok {
		k = a.newKey(key)
	}
	return a.cellAt(k, d)
}

func (a *Aggregator) newKey(key string) int {
	k := len(a.names)
	a.keys[key] = k
	a.names = append(a.names, key)
	a.cells = append(a.cells, cells{})
	return k
}

func (a *Aggregator) cellAt(k int, d claims.Date) *Point {
	c := &a.index[int(d)&(len(a.index)-1)]
	if c.d != d || d == 0 { // the zero entry is empty, not the zero Date's
		c.d, c.i = d, a.period.Index(d)
	}
	i := c.i
	if !a.any {
		a.lo, a.hi, a.any = i, i, true
	}
	a.lo, a.hi = min(a.lo, i), max(a.hi, i)
	return a.cells[k].at(i)
}

// Add counts one observation.
func (a *Aggregator) Add(o Observation) { a.add(a.cell(o.Key, o.Date), &o) }

// AddBytes counts one observation under the key spelled by key, ignoring o.Key: the
// form for readers that hold raw fields, which costs no allocation once the key has
// been seen.
func (a *Aggregator) AddBytes(key []byte, o Observation) {
	k, ok := a.keys[string(key)]
	if !ok {
		k = a.newKey(string(key))
	}
	a.add(a.cellAt(k, o.Date), &o)
}

func (a *Aggregator) add(p *Point, o *Observation) {
	p.Events++
	switch {
	case o.Est.IsKnown():
		p.Known++
		p.Low = addSat(p.Low, o.Est.Min)
		p.Best = addSat(p.Best, o.Est.Best)
		p.High = addSat(p.High, o.Est.Max)
		if o.Unknown > 0 {
			p.Unknown++ // partly known: the sums are floors for this event
		}
	case o.Reported:
		p.Unknown++
	}
	if o.HasClaim {
		p.ClaimedEvents++
		p.Claimed = addSat(p.Claimed, o.Claimed)
	}
}

// Merge adds b's counts into a. Both must have the same period.
func (a *Aggregator) Merge(b *Aggregator) {
	if a.period != b.period {
		panic("stats: merging aggregators of different periods")
	}
	for k, name := range b.names {
		c := &b.cells[k]
		for j := range c.points {
			if !c.used[j] {
				continue
			}
			q := &c.points[j]
			p := a.cell(name, a.period.Start(q.Period))
			p.Events += q.Events
			p.Known += q.Known
			p.Unknown += q.Unknown
			p.Low = addSat(p.Low, q.Low)
			p.Best = addSat(p.Best, q.Best)
			p.High = addSat(p.High, q.High)
			p.Claimed = addSat(p.Claimed, q.Claimed)
			p.ClaimedEvents += q.ClaimedEvents
		}
	}
}

// Series returns one series per key, sorted by key, each with a point for every
// period from the first to the last period that any observation fell in.
func (a *Aggregator) Series() []Series {
	out := make([]Series, 0, len(a.names))
	for k, name := range a.names {
		s := Series{Key: name}
		if a.any {
			s.Points = make([]Point, 0, a.hi-a.lo+1)
			for i := a.lo; i <= a.hi; i++ {
				p := Point{Period: i}
				if q, ok := a.cells[k].get(i); ok {
					p = *q
				}
				p.Label = a.period.Label(i)
				s.Points = append(s.Points, p)
			}
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(x, y Series) int { return strings.Compare(x.Key, y.Key) })
	return out
}

// Values returns one value per point: the events, or the Best sums when m is not
// Events.
func Values(s Series, m Measure) []float64 {
	v := make([]float64, len(s.Points))
	for i, p := range s.Points {
		if m == Events {
			v[i] = float64(p.Events)
		} else {
			v[i] = float64(p.Best)
		}
	}
	return v
}

// Rolling returns the mean over each window of k values ending at i, with fewer
// values at the start (pandas' rolling(k, min_periods=1).mean()). With sum set it
// returns the sums instead of the means.
func Rolling(v []float64, k int, sum bool) []float64 {
	if k < 1 {
		panic("stats: rolling window < 1")
	}
	out := make([]float64, len(v))
	acc := 0.0
	for i, x := range v {
		acc += x
		if i >= k {
			acc -= v[i-k]
		}
		n := min(i+1, k)
		if sum {
			out[i] = acc
		} else {
			out[i] = acc / float64(n)
		}
	}
	return out
}

// Cumulative returns the running sums of v.
func Cumulative(v []float64) []float64 {
	out := make([]float64, len(v))
	acc := 0.0
	for i, x := range v {
		acc += x
		out[i] = acc
	}
	return out
}

// StatusCount is how many assessments of a period had each status.
type StatusCount struct {
	Period int
	Label  string
	Counts [6]int // indexed by claims.Status
}

// StatusCounter counts statuses per period, event by event; Statuses is its one-call
// form.
type StatusCounter struct {
	p       Period
	o       claims.Outcome
	all     bool
	counts  map[int]*[6]int
	lo, hi  int
	present bool
}

// NewStatusCounter counts the statuses of the assessments of outcome o (of every
// outcome when all is set) over periods p.
func NewStatusCounter(p Period, o claims.Outcome, all bool) *StatusCounter {
	return &StatusCounter{p: p, o: o, all: all, counts: map[int]*[6]int{}}
}

// Add counts one event's assessments.
func (c *StatusCounter) Add(e *claims.Event, as []claims.Assessment) {
	idx := c.p.Index(e.Date)
	c.period(idx)
	for _, a := range as {
		if !c.all && a.Outcome != c.o {
			continue
		}
		c.slot(idx)[a.Status]++
	}
}

func (c *StatusCounter) period(idx int) {
	if !c.present {
		c.lo, c.hi, c.present = idx, idx, true
	}
	c.lo, c.hi = min(c.lo, idx), max(c.hi, idx)
}

func (c *StatusCounter) slot(idx int) *[6]int {
	s := c.counts[idx]
	if s == nil {
		s = &[6]int{}
		c.counts[idx] = s
	}
	return s
}

// Merge adds o's counts into c.
func (c *StatusCounter) Merge(o *StatusCounter) {
	if o.present {
		c.period(o.lo)
		c.period(o.hi)
	}
	for idx, s := range o.counts {
		d := c.slot(idx)
		for i := range s {
			d[i] += s[i]
		}
	}
}

// Counts returns the counts from the first to the last period, empty periods present.
func (c *StatusCounter) Counts() []StatusCount {
	if !c.present {
		return nil
	}
	out := make([]StatusCount, 0, c.hi-c.lo+1)
	for i := c.lo; i <= c.hi; i++ {
		sc := StatusCount{Period: i, Label: c.p.Label(i)}
		if s := c.counts[i]; s != nil {
			sc.Counts = *s
		}
		out = append(out, sc)
	}
	return out
}

// Statuses counts, per period from the first to the last, the statuses of the
// assessments of outcome o (every outcome when all is set), with empty periods
// present.
func Statuses(events []claims.Event, p Period, o claims.Outcome, all bool) []StatusCount {
	c := NewStatusCounter(p, o, all)
	for i := range events {
		c.Add(&events[i], claims.Reconcile(&events[i]))
	}
	return c.Counts()
}
