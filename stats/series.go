package stats

import (
	"fmt"
	"math"
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
// the measure the credible estimate (Est, Unknown when no counted credible figure)
// and the highest partisan claim (Claimed, when HasClaim).
type Observation struct {
	Date claims.Date
	Key  string
	// Est totals the known, counted estimates of the event's assessments for the
	// measure across groups, by the group hierarchy (GroupTotal: a pooled or
	// unknown group's figure is never added to a figure it may contain); Unknown
	// counts the assessments without a counted credible figure. Est is Unknown when
	// none is known.
	Est     claims.Figure
	Unknown int
	// Claimed totals the event's highest partisan claims for the measure, each at
	// its conservative point, by the same hierarchy; HasClaim is false when no
	// partisan gave a figure.
	Claimed  int64
	HasClaim bool
	// Reported is false when no assessment of the event concerns the measure's
	// outcome (the event is counted, its figures are not).
	Reported bool
}

// Observer turns an event's assessments into observations for key Key and measure
// Measure. Policy says, through Policy.Count, which statuses' estimates are
// counted (claims.DefaultCounted when its Count is zero): an assessment of another
// status counts as unknown. The zero Observer observes events by key none.
type Observer struct {
	Key     Key
	Measure Measure
	Policy  claims.Policy
}

// Observe appends to dst the observations of one event for key k and measure m under
// the default policy. See Observer.Observe.
func Observe(dst []Observation, e *claims.Event, as []claims.Assessment, k Key, m Measure) []Observation {
	return Observer{Key: k, Measure: m}.Observe(dst, e, as)
}

// Observe appends to dst the observations of one event from its assessments
// (claims.Reconcile). Keys that name one value per event (none, country, admin1,
// perpetrator, target) give one observation; outcome and group give one per outcome
// or group assessed; source_kind one per kind of source that spoke, with what that
// kind's sources said (see below). With key outcome the measure only chooses
// between counting events and summing figures.
//
// With key source_kind the figures are the sources' own, not reconciled ones: Est
// totals the highest credible figure each kind gave per group (a non-partisan
// source's, or a side's about its own losses), Claimed the highest partisan claim
// about another side's losses. A militant group's claims are never in Est.
func (ob Observer) Observe(dst []Observation, e *claims.Event, as []claims.Assessment) []Observation {
	m := ob.Measure
	switch ob.Key {
	case ByOutcome:
		for _, o := range claims.Outcomes() {
			if x, ok := ob.observeOne(e, as, func(a *claims.Assessment) bool { return a.Outcome == o }); ok {
				x.Key = o.String()
				dst = append(dst, x)
			}
		}
		return dst
	case ByGroup:
		out, _ := m.Outcome()
		for _, g := range claims.Groups() {
			if x, ok := ob.observeOne(e, as, func(a *claims.Assessment) bool { return a.Group == g && (m == Events || a.Outcome == out) }); ok {
				x.Key = g.String()
				dst = append(dst, x)
			}
		}
		return dst
	case BySourceKind:
		return observeKinds(dst, e, m)
	}
	out, hasOut := m.Outcome()
	x, _ := ob.observeOne(e, as, func(a *claims.Assessment) bool { return hasOut && a.Outcome == out })
	x.Key = keyOf(e, ob.Key)
	return append(dst, x)
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

// observeOne totals the assessments that keep selects; ok is false when none does.
func (ob Observer) observeOne(e *claims.Event, as []claims.Assessment, keep func(*claims.Assessment) bool) (Observation, bool) {
	x := Observation{Date: e.Date}
	var known byGroup
	var claimed pointsByGroup
	for i := range as {
		a := &as[i]
		if !keep(a) {
			continue
		}
		x.Reported = true
		if !(a.Estimate.IsKnown() && ob.Policy.Counts(a.Status) && known.set(a.Group, a.Estimate)) {
			x.Unknown++
		}
		if a.Claimed.IsKnown() {
			if p, ok := a.Claimed.Point(claims.Conservative); ok && claimed.set(a.Group, int64(p)) {
				x.HasClaim = true
			}
		}
	}
	x.Est = known.total()
	if x.HasClaim {
		x.Claimed = claimed.total()
	}
	return x, x.Reported
}

// nGroups is above every defined claims.Group.
const nGroups = 8

// byGroup holds at most one figure per group.
type byGroup struct {
	f   [nGroups]claims.Figure
	has [nGroups]bool
	any bool
}

// set records g's figure; it reports false for a group outside the hierarchy (an
// undefined value), whose figure is then not counted.
func (b *byGroup) set(g claims.Group, f claims.Figure) bool {
	if int(g) >= nGroups || !f.IsKnown() {
		return false
	}
	if !f.HasBest {
		f.Best, f.HasBest = f.Min, true
	}
	b.f[g], b.has[g], b.any = f, true, true
	return true
}

// pointsByGroup holds at most one point per group.
type pointsByGroup struct {
	v   [nGroups]int64
	has [nGroups]bool
}

func (b *pointsByGroup) set(g claims.Group, v int64) bool {
	if int(g) >= nGroups {
		return false
	}
	if !b.has[g] || v > b.v[g] {
		b.v[g] = v
	}
	b.has[g] = true
	return true
}

// The group hierarchy (docs/quantities.md §4, pooled figures): a figure of the unknown
// group ("12 people") may contain any other group's; a security_forces figure may
// pool soldiers, militia and foreign forces with police and gendarmes ("15 soldiers
// and VDP"). Civilians and militants contain no other group. groupParent gives each
// group the group whose figure may contain it.
func groupParent(g claims.Group) (claims.Group, bool) {
	switch g {
	case claims.Soldiers, claims.Militia, claims.ForeignForces:
		return claims.SecurityForces, true
	case claims.SecurityForces, claims.Civilians, claims.Militants:
		return claims.UnknownGroup, true
	}
	return 0, false
}

// groupChildren lists, per group, the groups it may contain directly.
var groupChildren = func() [nGroups][]claims.Group {
	var c [nGroups][]claims.Group
	for _, g := range claims.Groups() {
		if p, ok := groupParent(g); ok {
			c[p] = append(c[p], g)
		}
	}
	return c
}()

// GroupTotal totals one event's figures for one outcome across groups without ever
// adding a figure to one that may contain it. Walking the hierarchy from the leaves
// (soldiers, militia, foreign forces under security forces; security forces,
// civilians and militants under the unknown group), a group's own figure F and the
// total S of the groups it may contain give [max(F.Min, S.Min), F.Max + S.Max]: at
// least the larger, since F may count all of S ("12 people" and "10 soldiers" may
// be the same dead), at most their sum, since it may count none of them. Best is
// max(F.Best, S.Best), the reading that double counts nothing. Groups that cannot
// contain each other add up as intervals, their Best values too (a figure without
// Best counts at its Min). Unknown figures are left out (count them apart). With no
// figure the total is Unknown.
//
// "10 soldiers" from the army and "15 security forces" (army and VDP) from local
// sources total [15, 25], Best 15, not 25; "12 people" and "10 soldiers" total
// [12, 22], Best 12.
func GroupTotal(figs map[claims.Group]claims.Figure) claims.Figure {
	var b byGroup
	for g, f := range figs {
		b.set(g, f)
	}
	return b.total()
}

func (b *byGroup) total() claims.Figure {
	if !b.any {
		return claims.Figure{}
	}
	f, _ := b.node(claims.UnknownGroup)
	return f
}

func (b *byGroup) node(g claims.Group) (claims.Figure, bool) {
	var parts claims.Figure
	hasParts := false
	for _, c := range groupChildren[g] {
		f, ok := b.node(c)
		switch {
		case !ok:
		case !hasParts:
			parts, hasParts = f, true
		default:
			parts = sumEstimates([]claims.Figure{parts, f})
		}
	}
	switch {
	case !b.has[g]:
		return parts, hasParts
	case !hasParts:
		return b.f[g], true
	}
	return pooled(b.f[g], parts), true
}

// pooled is the total of a figure and the total of the groups it may contain.
func pooled(own, parts claims.Figure) claims.Figure {
	lo, hi := max(own.Min, parts.Min), claims.AddCounts(own.Max, parts.Max)
	var f claims.Figure
	switch {
	case lo == hi:
		f = claims.N(lo)
	case hi == claims.Inf:
		f = claims.AtLeastN(lo)
	default:
		f = claims.Between(lo, hi)
	}
	f.Best, f.HasBest = min(max(own.Best, parts.Best, lo), hi), true
	return f
}

// total totals points by the group hierarchy, as GroupTotal does for a figure's
// Best: a group's own point against its parts' total, the larger.
func (b *pointsByGroup) total() int64 {
	v, _ := b.node(claims.UnknownGroup)
	return v
}

func (b *pointsByGroup) node(g claims.Group) (int64, bool) {
	var sum int64
	any := false
	for _, c := range groupChildren[g] {
		if v, ok := b.node(c); ok {
			sum, any = claims.AddCounts(sum, v), true
		}
	}
	switch {
	case b.has[g] && any:
		return max(b.v[g], sum), true
	case b.has[g]:
		return b.v[g], true
	}
	return sum, any
}

// sumEstimates adds estimates as intervals and adds their Best values.
func sumEstimates(fs []claims.Figure) claims.Figure {
	s := claims.Sum(fs...)
	var best int64
	for _, f := range fs {
		b := f.Best
		if !f.HasBest {
			b = f.Min
		}
		best = claims.AddCounts(best, b)
	}
	s.Best, s.HasBest = min(max(best, s.Min), s.Max), true
	return s
}

// observeKinds gives one observation per kind of source that spoke on the event:
// Est totals the highest credible figure the kind's sources gave per group (a
// non-partisan source's figure, or a side's figure of its own losses); Claimed the
// highest partisan claim per group about another side's losses, at its
// conservative point. Both are totalled by the group hierarchy.
func observeKinds(dst []Observation, e *claims.Event, m Measure) []Observation {
	out, hasOut := m.Outcome()
	bothArmed := armed(e.Perpetrator.Type) && armed(e.Target.Type)
	for _, kind := range claims.SourceKinds() {
		var cred byGroup
		var claimed pointsByGroup
		spoke, anyClaim := false, false
		for _, c := range e.Claims {
			if c.Source.Kind != kind {
				continue
			}
			spoke = true
			for _, f := range c.Figures {
				if !hasOut || f.Outcome != out || !f.Figure.IsKnown() || int(f.Group) >= nGroups {
					continue
				}
				s := c.Source
				own := s.Side != claims.SideNone && s.Side == f.Group.Side() && !(s.Side == claims.SideArmedGroup && bothArmed)
				if s.Partisan() && !own {
					if p, ok := f.Figure.Point(claims.Conservative); ok {
						anyClaim = claimed.set(f.Group, int64(p)) || anyClaim
					}
					continue
				}
				if cur := cred.f[f.Group]; !cred.has[f.Group] || f.Figure.Min > cur.Min {
					fig := f.Figure
					if p, ok := fig.Point(claims.Stated); ok {
						fig.Best, fig.HasBest = int64(p), true
					} else {
						fig.Best, fig.HasBest = fig.Min, true
					}
					cred.set(f.Group, fig)
				}
			}
		}
		if !spoke {
			continue
		}
		x := Observation{Date: e.Date, Key: kind.String(), Reported: cred.any || anyClaim || !hasOut}
		x.Est = cred.total()
		if !cred.any && anyClaim {
			x.Unknown = 1
		}
		if anyClaim {
			x.Claimed, x.HasClaim = claimed.total(), true
		}
		dst = append(dst, x)
	}
	return dst
}

// armed reports whether an actor type is a non-state armed group (ACLED types 2-4).
func armed(t claims.ActorType) bool {
	return t == claims.RebelGroup || t == claims.PoliticalMilitia || t == claims.IdentityMilitia
}

// Point is one period of a series.
type Point struct {
	Period int    // the period's index (Period.Index)
	Label  string // the period's label
	Events int    // events in the period
	// Low, Best and High sum the credible estimates of the events that have one
	// (Known of them): the estimates of the statuses the Observer's Policy counts,
	// by default single_source, corroborated, confirmed and contested. They are
	// "credible" sums, not "confirmed" ones unless the policy counts confirmed
	// only. High is claims.Inf when one of them is unbounded. Unknown counts the
	// events whose figure for the measure is not known or not counted: they are
	// in Events, never in the sums.
	Low, Best, High int64
	Known, Unknown  int
	// Claimed sums the events' highest partisan claims (ClaimedEvents of them).
	Claimed       int64
	ClaimedEvents int
}

// Series is the points of one key, one per period from the key's first period (or
// the aggregation's, with FilledSeries) to the last period of the whole aggregation,
// zero where no event fell.
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
		p.Low = claims.AddCounts(p.Low, o.Est.Min)
		p.Best = claims.AddCounts(p.Best, o.Est.Best)
		p.High = claims.AddCounts(p.High, o.Est.Max)
		if o.Unknown > 0 {
			p.Unknown++ // partly known: the sums are floors for this event
		}
	case o.Reported:
		p.Unknown++
	}
	if o.HasClaim {
		p.ClaimedEvents++
		p.Claimed = claims.AddCounts(p.Claimed, o.Claimed)
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
			p.Low = claims.AddCounts(p.Low, q.Low)
			p.Best = claims.AddCounts(p.Best, q.Best)
			p.High = claims.AddCounts(p.High, q.High)
			p.Claimed = claims.AddCounts(p.Claimed, q.Claimed)
			p.ClaimedEvents += q.ClaimedEvents
		}
	}
}

// Series returns one series per key, sorted by key. Each starts at the key's own
// first period: a country with no event before March does not get January and
// February as zeros, which would read as quiet months. All series run to the last
// period that any observation fell in; between, a period with no event is zero (a
// quiet month is data). FilledSeries starts every series at the aggregation's first
// period instead.
func (a *Aggregator) Series() []Series { return a.series(false) }

// FilledSeries returns one series per key, sorted by key, each with a point for
// every period from the first to the last period that any observation fell in: the
// aligned form that stacked charts need.
func (a *Aggregator) FilledSeries() []Series { return a.series(true) }

func (a *Aggregator) series(fill bool) []Series {
	out := make([]Series, 0, len(a.names))
	for k, name := range a.names {
		s := Series{Key: name}
		if a.any {
			from := a.lo
			if !fill {
				from = a.firstUsed(k)
			}
			s.Points = make([]Point, 0, a.hi-from+1)
			for i := from; i <= a.hi; i++ {
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

// firstUsed returns key k's first period with an observation.
func (a *Aggregator) firstUsed(k int) int {
	c := &a.cells[k]
	for j, u := range c.used {
		if u {
			return c.base + j
		}
	}
	return a.lo
}

// Values returns one value per point: the events, or the Best sums when m is not
// Events. A period whose events all lack a counted credible figure (Known 0,
// Events above 0) has no Best sum: its value is NaN, not 0. A period with no event
// is 0.
func Values(s Series, m Measure) []float64 {
	v := make([]float64, len(s.Points))
	for i, p := range s.Points {
		switch {
		case m == Events:
			v[i] = float64(p.Events)
		case p.Known == 0 && p.Events > 0:
			v[i] = math.NaN()
		default:
			v[i] = float64(p.Best)
		}
	}
	return v
}

// Rolling returns the mean over each window of k values ending at i, with fewer
// values at the start, skipping NaN values (unknown periods) as pandas does:
// pandas' rolling(k, min_periods=1).mean() on a series with NaN. A window with no
// value left is NaN. With sum set it returns the sums instead of the means.
func Rolling(v []float64, k int, sum bool) []float64 {
	if k < 1 {
		panic("stats: rolling window < 1")
	}
	out := make([]float64, len(v))
	acc, n := 0.0, 0
	for i, x := range v {
		if !math.IsNaN(x) {
			acc += x
			n++
		}
		if i >= k && !math.IsNaN(v[i-k]) {
			acc -= v[i-k]
			n--
		}
		switch {
		case n == 0:
			out[i] = math.NaN()
		case sum:
			out[i] = acc
		default:
			out[i] = acc / float64(n)
		}
	}
	return out
}

// Cumulative returns the running sums of v, skipping NaN values as pandas' cumsum
// does: the sum carries over them, and their own place stays NaN.
func Cumulative(v []float64) []float64 {
	out := make([]float64, len(v))
	acc := 0.0
	for i, x := range v {
		if math.IsNaN(x) {
			out[i] = x
			continue
		}
		acc += x
		out[i] = acc
	}
	return out
}

// StatusCount is how many assessments of a period had each status.
type StatusCount struct {
	Period int
	Label  string
	// Counts is indexed by claims.Status, one entry per status of
	// claims.Statuses; Count reads it safely.
	Counts []int
}

// Count returns the number of assessments of status st, 0 for a status Counts does
// not hold.
func (c StatusCount) Count(st claims.Status) int {
	if int(st) < len(c.Counts) {
		return c.Counts[st]
	}
	return 0
}

// StatusCounter counts statuses per period, event by event; Statuses is its one-call
// form.
type StatusCounter struct {
	p       Period
	o       claims.Outcome
	all     bool
	counts  map[int][]int
	lo, hi  int
	present bool
}

// NewStatusCounter counts the statuses of the assessments of outcome o (of every
// outcome when all is set) over periods p.
func NewStatusCounter(p Period, o claims.Outcome, all bool) *StatusCounter {
	return &StatusCounter{p: p, o: o, all: all, counts: map[int][]int{}}
}

// nStatuses is the length of StatusCount.Counts: one more than the highest status.
func nStatuses() int {
	n := 0
	for _, st := range claims.Statuses() {
		n = max(n, int(st)+1)
	}
	return n
}

// Add counts one event's assessments. An assessment whose status is not one of
// claims.Statuses (a corrupt value) is not counted.
func (c *StatusCounter) Add(e *claims.Event, as []claims.Assessment) {
	idx := c.p.Index(e.Date)
	c.period(idx)
	for _, a := range as {
		if !c.all && a.Outcome != c.o {
			continue
		}
		if s := c.slot(idx); int(a.Status) < len(s) {
			s[a.Status]++
		}
	}
}

func (c *StatusCounter) period(idx int) {
	if !c.present {
		c.lo, c.hi, c.present = idx, idx, true
	}
	c.lo, c.hi = min(c.lo, idx), max(c.hi, idx)
}

func (c *StatusCounter) slot(idx int) []int {
	s := c.counts[idx]
	if s == nil {
		s = make([]int, nStatuses())
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
			if i < len(d) {
				d[i] += s[i]
			}
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
		sc := StatusCount{Period: i, Label: c.p.Label(i), Counts: make([]int, nStatuses())}
		if s := c.counts[i]; s != nil {
			copy(sc.Counts, s)
		}
		out = append(out, sc)
	}
	return out
}

// Statuses counts, per period from the first to the last, the statuses of the
// assessments of outcome o (every outcome when all is set) under policy pol, with
// empty periods present.
func Statuses(events []claims.Event, pol claims.Policy, p Period, o claims.Outcome, all bool) []StatusCount {
	c := NewStatusCounter(p, o, all)
	for i := range events {
		c.Add(&events[i], pol.Reconcile(&events[i]))
	}
	return c.Counts()
}
