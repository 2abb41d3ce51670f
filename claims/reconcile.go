package claims

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Policy is the rule that turns claims into confirmed figures. Its zero value is the
// default policy, described in the package documentation; its fields tighten or loosen
// it.
type Policy struct {
	// MinIndependent is how many independent sources must give overlapping figures
	// for the overlap to be confirmed. Zero means 2, Iraq Body Count's two-source
	// rule; 1 lets a single non-partisan source confirm its own figure.
	MinIndependent int
	// IgnoreAdmissions stops a side's admission of its own losses from confirming
	// them.
	IgnoreAdmissions bool
	// PartisanCorroborates lets a partisan claim count toward MinIndependent beside
	// non-partisan sources. A partisan claim never confirms alone.
	PartisanCorroborates bool
	// QualitativeConfirms lets independent qualitative figures ("heavy toll" from
	// two sources) confirm [1, Inf); by default they only corroborate.
	QualitativeConfirms bool
	// Count is the set of statuses whose estimates enter totals (the "credible"
	// columns of series, reports and trends). The zero set means
	// DefaultCounted: single_source, corroborated, confirmed and contested, every
	// status that carries a credible figure. Airwars' practice of publishing only
	// its Fair and Confirmed grades is Count: StatusSet{}.With(Corroborated,
	// Confirmed); Iraq Body Count's two-source rule is Count: StatusSet{}.With(Confirmed).
	Count StatusSet
}

func (p Policy) minIndependent() int {
	if p.MinIndependent <= 0 {
		return 2
	}
	return p.MinIndependent
}

// Counts reports whether estimates of status s enter totals under the policy.
func (p Policy) Counts(s Status) bool {
	if p.Count == 0 {
		return DefaultCounted.Has(s)
	}
	return p.Count.Has(s)
}

// Counted returns the set of statuses the policy counts (DefaultCounted when Count
// is zero).
func (p Policy) Counted() StatusSet {
	if p.Count == 0 {
		return DefaultCounted
	}
	return p.Count
}

// StatusSet is a set of statuses. Its zero value is empty; a Policy with a zero Count
// counts DefaultCounted.
type StatusSet uint16

// DefaultCounted is the statuses that carry a credible figure: single_source,
// corroborated, confirmed and contested.
var DefaultCounted = StatusSet(0).With(SingleSource, Corroborated, Confirmed, Contested)

// With returns the set with the statuses added.
func (s StatusSet) With(st ...Status) StatusSet {
	for _, x := range st {
		if int(x) < 16 {
			s |= 1 << x
		}
	}
	return s
}

// Has reports whether the set holds status st.
func (s StatusSet) Has(st Status) bool { return int(st) < 16 && s&(1<<st) != 0 }

// String lists the set's statuses, comma-separated, in the order of Statuses.
func (s StatusSet) String() string {
	var names []string
	for _, st := range Statuses() {
		if s.Has(st) {
			names = append(names, st.String())
		}
	}
	return strings.Join(names, ",")
}

// ParseStatusSet reads a comma-separated list of statuses ("confirmed,corroborated").
// Errors wrap ErrUnknownValue; an empty list is an error.
func ParseStatusSet(list string) (StatusSet, error) {
	var s StatusSet
	for _, f := range strings.Split(list, ",") {
		st, err := ParseStatus(strings.TrimSpace(f))
		if err != nil {
			return 0, err
		}
		s = s.With(st)
	}
	if s == 0 {
		return 0, fmt.Errorf("%w: empty status list", ErrUnknownValue)
	}
	return s, nil
}

// Assessment is what reconciliation concludes about one outcome and group of one
// event.
type Assessment struct {
	EventID string
	Outcome Outcome
	Group   Group
	Status  Status
	// Estimate is the credible figure: its Min is Low, its Max High (Inf when a
	// credible source gave no upper bound), its Best the best estimate (HasBest is
	// always set on a known estimate). It is Unknown when no credible source gave a
	// figure: claimed_only, pending, and some contested assessments. Its
	// Qualifier is Qualitative when every credible figure was qualitative ("heavy
	// toll"): a number of the order of [1, Inf) was never stated. Read it through
	// Low, Best and High, which cannot be mistaken for numbers when there are none.
	Estimate Figure
	// Claimed is the highest partisan claim about another side's losses, and
	// ClaimedBy the source it originates from (after following citations); both
	// zero when no partisan claimed anything. Claimed is Unknown when the only
	// partisan claims gave no number.
	Claimed   Figure
	ClaimedBy Source
	// Basis lists the indexes, in the event's Claims, of the claims the estimate
	// rests on; when there is no estimate, of every claim considered.
	Basis []int
	// Independent counts the independent credible sources behind the estimate.
	Independent int
}

// Known reports whether the assessment has a credible estimate.
func (a *Assessment) Known() bool { return a.Estimate.IsKnown() }

// Low returns the estimate's lower bound, and false when there is no credible
// estimate.
func (a *Assessment) Low() (int64, bool) {
	if !a.Estimate.IsKnown() {
		return 0, false
	}
	return a.Estimate.Min, true
}

// Best returns the estimate's best value, and false when there is no credible
// estimate.
func (a *Assessment) Best() (int64, bool) {
	if !a.Estimate.IsKnown() {
		return 0, false
	}
	return a.Estimate.Best, true
}

// High returns the estimate's upper bound, and false when there is none: no credible
// estimate, or an unbounded one (see Unbounded). It never returns Inf.
func (a *Assessment) High() (int64, bool) {
	if !a.Estimate.Bounded() {
		return 0, false
	}
	return a.Estimate.Max, true
}

// Unbounded reports whether the assessment has a credible estimate with no upper
// bound ("at least 10", "heavy toll").
func (a *Assessment) Unbounded() bool { return a.Estimate.IsKnown() && a.Estimate.Max == Inf }

// BestPoint returns the single number a figure states, the one Reconcile takes into
// Best: the source's own best estimate (UCDP's best, the N of "about N"); an exact
// N; for a two-sided range the ACLED number of docs/quantities.md §6 (a range's lower end,
// a vague word's code: dozens 12). A one-sided figure ("at least 10", "more than
// 2,000", "up to 60") states a bound, not a point, and a qualitative one states
// neither: BestPoint reports false for them, as for Unknown. Upper and lower bounds
// are treated alike.
func BestPoint(f Figure) (int64, bool) {
	if !f.IsKnown() || f.Max == Inf || f.Qualifier == AtMost || f.Qualifier == Qualitative {
		return 0, false
	}
	if f.HasBest {
		return f.Best, true
	}
	return f.Min, true
}

// Reconcile applies the default Policy to an event. See Policy.Reconcile.
func Reconcile(e *Event) []Assessment { return Policy{}.Reconcile(e) }

// entry is one claim's statement about one outcome and group.
type entry struct {
	claim  int
	fig    Figure
	origin Source
	denial bool
}

// voices is what the claims of one event rest on, computed once per event.
type voices struct {
	origin []Source  // the source each claim's figure comes from, after Cites
	keys   [][]voice // the voices each claim rests on
	direct []bool    // the claim is a first-hand statement (no Cites, no Sources)
	both   bool      // both actors are armed groups
}

// voice is who speaks: a side, or a named source.
type voice struct {
	side Side
	name string
}

// voiceKey names who speaks through a source: a partisan source speaks for its side
// ("one side speaks once": the army and the ministry of defence are one voice), a
// non-partisan source for itself. When both actors are armed groups, each armed
// group's sources speak for themselves.
func (v *voices) voiceKey(s Source) voice {
	switch {
	case s.Side == SideState:
		return voice{side: SideState}
	case s.Side == SideArmedGroup && !v.both:
		return voice{side: SideArmedGroup}
	}
	return voice{name: s.Name}
}

func newVoices(e *Event) *voices {
	v := &voices{
		origin: make([]Source, len(e.Claims)),
		keys:   make([][]voice, len(e.Claims)),
		direct: make([]bool, len(e.Claims)),
		both:   e.Perpetrator.Type.armed() && e.Target.Type.armed(),
	}
	for i := range e.Claims {
		v.origin[i] = origin(e, i)
	}
	for i, c := range e.Claims {
		v.direct[i] = c.Cites == nil && len(c.Sources) == 0
		if len(c.Sources) == 0 || c.Cites != nil {
			v.keys[i] = append(v.keys[i], v.voiceKey(v.origin[i]))
		}
		for _, name := range c.Sources {
			k := voice{name: name}
			if j := slices.IndexFunc(e.Claims, func(d Claim) bool { return d.Source.Name == name }); j >= 0 && j != i {
				k = v.voiceKey(v.origin[j])
			}
			if !slices.Contains(v.keys[i], k) {
				v.keys[i] = append(v.keys[i], k)
			}
		}
	}
	return v
}

// Reconcile turns an event's claims into one Assessment per outcome and group that
// any claim gives a figure for, in the order of Outcomes and Groups. An event whose
// claims give no figure at all (a claim of responsibility with no toll, silence)
// yields one pending assessment for killed, unknown group.
//
// The rule, with its sources, is in the package documentation.
func (p Policy) Reconcile(e *Event) []Assessment {
	v := newVoices(e)
	var keys []Count
	for _, c := range e.Claims {
		for _, f := range c.Figures {
			if !slices.ContainsFunc(keys, func(k Count) bool { return k.Outcome == f.Outcome && k.Group == f.Group }) {
				keys = append(keys, Count{Outcome: f.Outcome, Group: f.Group})
			}
		}
	}
	if len(keys) == 0 {
		a := Assessment{EventID: e.ID, Outcome: Killed, Group: UnknownGroup, Status: Pending}
		for i, c := range e.Claims {
			a.Basis = append(a.Basis, i)
			if c.Stance == Responsibility && a.ClaimedBy.Name == "" {
				a.ClaimedBy = v.origin[i]
			}
		}
		if p.deniedWithoutFigure(e, v, Killed, UnknownGroup) {
			a.Status = Contested
		}
		return []Assessment{a}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Outcome != keys[j].Outcome {
			return keys[i].Outcome < keys[j].Outcome
		}
		return groupRank(keys[i].Group) < groupRank(keys[j].Group)
	})
	out := make([]Assessment, 0, len(keys))
	for _, k := range keys {
		out = append(out, p.assess(e, v, k.Outcome, k.Group))
	}
	return out
}

// origin follows a claim's citations through the event's claims to the source the
// figure comes from. A cited source absent from the event is the origin itself.
func origin(e *Event, i int) Source {
	c := &e.Claims[i]
	src := c.Source
	for hops := 0; c.Cites != nil && hops <= len(e.Claims); hops++ {
		src = *c.Cites
		j := -1
		for k := range e.Claims {
			if k != i && e.Claims[k].Source.Name == src.Name && e.Claims[k].ReportedAt <= c.ReportedAt {
				j = k
			}
		}
		if j < 0 {
			break
		}
		src = e.Claims[j].Source
		c, i = &e.Claims[j], j
	}
	return src
}

// denies reports whether a figureless denial from claim i bears on group g: a side
// denying its own losses, or a non-partisan source denying the event. A side's
// denial about another side's losses or civilians denies responsibility, not the
// toll.
func (v *voices) denies(e *Event, i int, g Group) bool {
	s := v.origin[i]
	if !s.Partisan() {
		return true
	}
	return s.Side == g.Side() && !(s.Side == SideArmedGroup && v.both)
}

// deniedWithoutFigure reports whether a figureless denial stands for (o, g): one that
// bears on g and that the same voice did not later supersede with a statement
// giving a figure for (o, g).
func (p Policy) deniedWithoutFigure(e *Event, v *voices, o Outcome, g Group) bool {
	for i, c := range e.Claims {
		if c.Stance != Denial || len(c.Figures) > 0 || !v.denies(e, i, g) {
			continue
		}
		superseded := false
		for j, d := range e.Claims {
			if j == i || d.ReportedAt < c.ReportedAt || (d.ReportedAt == c.ReportedAt && j < i) {
				continue
			}
			if f, ok := d.Figure(o, g); ok && f.IsKnown() && shareVoice(v, i, j) {
				superseded = true
				break
			}
		}
		if !superseded {
			return true
		}
	}
	return false
}

func shareVoice(v *voices, i, j int) bool {
	for _, k := range v.keys[i] {
		if slices.Contains(v.keys[j], k) {
			return true
		}
	}
	return false
}

// speakers reduces the entries for one outcome and group to one per independent
// voice. Entries whose voices intersect (a copy and its origin, two monitors coding
// the same report) form a component. In a component with first-hand statements,
// each voice's latest first-hand statement stands and the copies go; in one of
// copies only, the latest copy stands for them all. A later statement with no
// number never replaces an earlier number of the same voice.
func speakers(e *Event, v *voices, es []entry) []entry {
	n := len(es)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range es {
		for j := i + 1; j < n; j++ {
			if shareVoice(v, es[i].claim, es[j].claim) {
				parent[find(i)] = find(j)
			}
		}
	}
	later := func(a, b entry) bool { // a supersedes b
		if a.fig.IsKnown() != b.fig.IsKnown() {
			return a.fig.IsKnown()
		}
		ca, cb := &e.Claims[a.claim], &e.Claims[b.claim]
		return ca.ReportedAt > cb.ReportedAt || ca.ReportedAt == cb.ReportedAt && a.claim > b.claim
	}
	var out []entry
	for root := range es {
		if find(root) != root {
			continue
		}
		var direct, copies []entry
		for i, en := range es {
			if find(i) != root {
				continue
			}
			if v.direct[en.claim] {
				direct = append(direct, en)
			} else {
				copies = append(copies, en)
			}
		}
		if len(direct) == 0 {
			keep := copies[0]
			for _, en := range copies[1:] {
				if later(en, keep) {
					keep = en
				}
			}
			out = append(out, keep)
			continue
		}
		byVoice := map[voice]int{}
		for _, en := range direct {
			k := v.keys[en.claim][0]
			if at, ok := byVoice[k]; ok {
				if later(en, out[at]) {
					out[at] = en
				}
				continue
			}
			byVoice[k] = len(out)
			out = append(out, en)
		}
	}
	slices.SortFunc(out, func(a, b entry) int { return a.claim - b.claim })
	return out
}

func (p Policy) assess(e *Event, v *voices, o Outcome, g Group) Assessment {
	a := Assessment{EventID: e.ID, Outcome: o, Group: g}
	own := func(s Source) bool {
		return s.Side != SideNone && s.Side == g.Side() && !(s.Side == SideArmedGroup && v.both)
	}

	var all []entry
	for i, c := range e.Claims {
		if f, ok := c.Figure(o, g); ok {
			all = append(all, entry{claim: i, fig: f, origin: v.origin[i], denial: c.Stance == Denial})
		}
	}
	entries := speakers(e, v, all)
	denied := p.deniedWithoutFigure(e, v, o, g)
	if denied {
		for i, c := range e.Claims {
			if c.Stance == Denial && len(c.Figures) == 0 && v.denies(e, i, g) {
				a.Basis = append(a.Basis, i)
			}
		}
	}

	var np, admissions, claimed, corroborating []entry
	var someLoss, zeroFrom bool
	for _, en := range entries {
		known := en.fig.IsKnown()
		switch {
		case !en.origin.Partisan():
			if known {
				np = append(np, en)
				corroborating = append(corroborating, en)
			}
		case own(en.origin):
			if known && en.fig.Min > 0 && !p.IgnoreAdmissions {
				admissions = append(admissions, en)
			}
		default:
			claimed = append(claimed, en)
			if known && p.PartisanCorroborates {
				corroborating = append(corroborating, en)
			}
		}
		// A denial with a figure, a "no losses" from a non-partisan source or from
		// the side itself, contradicts a figure of losses; a side's word on another
		// side's losses does not.
		credibleVoice := !en.origin.Partisan() || own(en.origin)
		if en.denial && credibleVoice {
			denied = true
		}
		if known {
			someLoss = someLoss || en.fig.Min > 0
			zeroFrom = zeroFrom || (en.fig.Max == 0 && credibleVoice)
		}
	}
	credible := append(slices.Clip(np), admissions...)
	contested := denied || (zeroFrom && someLoss)

	// Claimed: the highest partisan claim about another side's losses.
	for _, en := range claimed {
		switch {
		case a.ClaimedBy.Name == "":
			a.Claimed, a.ClaimedBy = en.fig, en.origin
		case en.fig.IsKnown() && (!a.Claimed.IsKnown() || en.fig.Min > a.Claimed.Min ||
			(en.fig.Min == a.Claimed.Min && en.fig.Max > a.Claimed.Max)):
			a.Claimed, a.ClaimedBy = en.fig, en.origin
		}
	}

	// Confirmation by overlap: the largest set of independent figures sharing a
	// value. Two different sets of that size (two sources against two) are a
	// disagreement, not a confirmation of either.
	clique, lo, tie := maxOverlap(corroborating)
	overlapOK := !tie && len(clique) >= p.minIndependent() &&
		slices.ContainsFunc(clique, func(en entry) bool { return !en.origin.Partisan() }) &&
		(p.QualitativeConfirms || slices.ContainsFunc(clique, func(en entry) bool { return en.fig.Qualifier != Qualitative }))
	losses := 0
	for _, en := range credible {
		if en.fig.Min > 0 {
			losses++
		}
	}
	switch {
	case contested:
		a.Status = Contested
	case overlapOK || len(admissions) > 0:
		a.Status = Confirmed
	case losses >= 2:
		a.Status = Corroborated
	case len(np) >= 1:
		a.Status = SingleSource
	case slices.ContainsFunc(claimed, func(en entry) bool { return en.fig.IsKnown() }):
		a.Status = ClaimedOnly
	default:
		a.Status = Pending
	}

	if len(credible) == 0 {
		for _, en := range entries {
			a.Basis = append(a.Basis, en.claim)
		}
		slices.Sort(a.Basis)
		a.Basis = slices.Compact(a.Basis)
		return a
	}
	a.Basis = a.Basis[:0]
	low, high := Inf, int64(0)
	qualitative := true
	for _, en := range credible {
		low = min(low, en.fig.Min)
		high = max(high, en.fig.Max)
		qualitative = qualitative && en.fig.Qualifier == Qualitative
		a.Basis = append(a.Basis, en.claim)
	}
	slices.Sort(a.Basis)
	a.Independent = len(credible)
	if a.Status == Confirmed {
		floor := int64(0)
		if overlapOK {
			floor = lo
		}
		for _, en := range admissions {
			floor = max(floor, en.fig.Min)
		}
		low = floor
		high = max(high, low)
	}
	var pts []int64
	for _, en := range credible {
		if v, ok := BestPoint(en.fig); ok {
			pts = append(pts, v)
		}
	}
	best := low
	if len(pts) > 0 {
		best = min(max(median(pts), low), high)
	}
	a.Estimate = span(low, high)
	if qualitative && low == 1 && high == Inf {
		a.Estimate = Heavy()
	}
	a.Estimate.Best, a.Estimate.HasBest = best, true
	return a
}

// median returns the median of whole numbers: the middle one, or the mean of the two
// middle ones rounded down (by at most half a person, in ACLED's conservative
// direction).
func median(x []int64) int64 {
	slices.Sort(x)
	n := len(x)
	if n%2 == 1 {
		return x[n/2]
	}
	a, b := x[n/2-1], x[n/2]
	return a + (b-a)/2
}

// maxOverlap returns the largest subset of entries whose intervals share a value,
// with the lower bound of their common interval, and tie set when a different
// subset of the same size shares another value (the sources split into camps of
// equal size). The maximum coverage of a set of intervals is reached at one of
// their lower ends (the maximum clique of an interval graph), so those are the only
// candidates; sources per event are few, so the quadratic scan is the simple choice.
func maxOverlap(es []entry) (clique []entry, lo int64, tie bool) {
	if len(es) == 0 {
		return nil, 0, false
	}
	cover := func(at int64) []int {
		var in []int
		for i, b := range es {
			if b.fig.Min <= at && at <= b.fig.Max {
				in = append(in, i)
			}
		}
		return in
	}
	var best []int
	bestAt := int64(0)
	for _, a := range es {
		in := cover(a.fig.Min)
		if len(in) > len(best) || (len(in) == len(best) && a.fig.Min < bestAt) {
			best, bestAt = in, a.fig.Min
		}
	}
	for _, a := range es {
		if in := cover(a.fig.Min); len(in) == len(best) && !slices.Equal(in, best) {
			tie = true
		}
	}
	for _, i := range best {
		clique = append(clique, es[i])
		lo = max(lo, es[i].fig.Min)
	}
	return clique, lo, tie
}

// Rules states the policy in force, one sentence per rule, in the order of the
// package documentation: the text a report's method section prints, generated
// from the policy rather than copied by hand.
func (p Policy) Rules() []string {
	n := p.minIndependent()
	rules := []string{
		"Citations are followed to their origin (a report citing a source, a monitor's record citing its sources): copies do not count twice. Each voice counts once, with its latest statement; a side (the army and its ministry) speaks once.",
	}
	if p.PartisanCorroborates {
		rules = append(rules, "A partisan claim about another side's losses or civilians never confirms alone; beside a non-partisan source it counts toward the sources needed to confirm.")
	} else {
		rules = append(rules, "A partisan claim about another side's losses or civilians never confirms, nor counts toward confirmation.")
	}
	if p.IgnoreAdmissions {
		rules = append(rules, "A side's admission of its own losses does not confirm them (admissions are ignored).")
	} else {
		rules = append(rules, "A side's admission of its own losses confirms its figure as a floor.")
	}
	switch n {
	case 1:
		rules = append(rules, "One non-partisan source confirms its own figure.")
	case 2:
		rules = append(rules, "Two independent non-partisan sources whose figures overlap confirm the overlap (Iraq Body Count's two-source rule); camps of equal size that disagree confirm nothing.")
	default:
		rules = append(rules, fmt.Sprintf("%d or more independent non-partisan sources whose figures overlap confirm the overlap; camps of equal size that disagree confirm nothing.", n))
	}
	if p.QualitativeConfirms {
		rules = append(rules, "Qualitative tolls (\"heavy toll\") from independent sources confirm that there were losses, [1, ∞).")
	} else {
		rules = append(rules, "Qualitative tolls (\"heavy toll\") corroborate losses but never confirm a number.")
	}
	rules = append(rules,
		"A denial contests only what it denies: a side's own losses, or the event when the denial comes from a non-partisan source; a denial of responsibility leaves the toll as it is.",
		"Low is the lowest credible figure (ACLED's conservative rule); High the highest (Iraq Body Count's maximum), unbounded when a credible source gave no upper bound; Best the median of the numbers the credible sources state (UCDP's most likely figure), or Low where they state only bounds.",
		"Totals sum the estimates of the statuses "+p.Counted().String()+".",
	)
	return rules
}
