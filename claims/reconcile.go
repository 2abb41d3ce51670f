package claims

import (
	"slices"
	"sort"
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
}

func (p Policy) minIndependent() int {
	if p.MinIndependent <= 0 {
		return 2
	}
	return p.MinIndependent
}

// Assessment is what reconciliation concludes about one outcome and group of one
// event.
type Assessment struct {
	EventID string
	Outcome Outcome
	Group   Group
	Status  Status
	// Estimate is the credible figure: Low = Estimate.Min, High = Estimate.Max
	// (Inf when a credible source gave no upper bound), Best = Estimate.Best
	// (HasBest is always set on a known estimate). It is Unknown when no credible
	// source gave a figure: claimed_only, pending, and some contested assessments.
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

// Low returns the estimate's lower bound; it is meaningful only when the estimate
// is known.
func (a *Assessment) Low() int64 { return a.Estimate.Min }

// High returns the estimate's upper bound, Inf when unbounded.
func (a *Assessment) High() int64 { return a.Estimate.Max }

// Best returns the estimate's best value.
func (a *Assessment) Best() int64 { return a.Estimate.Best }

// Reconcile applies the default Policy to an event. See Policy.Reconcile.
func Reconcile(e *Event) []Assessment { return Policy{}.Reconcile(e) }

// entry is one claim's statement about one outcome and group.
type entry struct {
	claim  int
	fig    Figure
	origin Source
	denial bool
}

// Reconcile turns an event's claims into one Assessment per outcome and group that
// any claim gives a figure for, in the order of the Outcome and Group constants. An
// event whose claims give no figure at all (a claim of responsibility with no toll,
// silence) yields one pending assessment for killed, unknown group.
//
// The rule, with its sources, is in the package documentation.
func (p Policy) Reconcile(e *Event) []Assessment {
	origins := make([]Source, len(e.Claims))
	for i := range e.Claims {
		origins[i] = origin(e, i)
	}
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
			if c.Stance == Denial {
				a.Status = Contested
			}
			if c.Stance == Responsibility && a.ClaimedBy.Name == "" {
				a.ClaimedBy = origins[i]
			}
		}
		return []Assessment{a}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Outcome != keys[j].Outcome {
			return keys[i].Outcome < keys[j].Outcome
		}
		return keys[i].Group < keys[j].Group
	})
	out := make([]Assessment, 0, len(keys))
	for _, k := range keys {
		out = append(out, p.assess(e, origins, k.Outcome, k.Group))
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

func (p Policy) assess(e *Event, origins []Source, o Outcome, g Group) Assessment {
	a := Assessment{EventID: e.ID, Outcome: o, Group: g}
	bothArmed := e.Perpetrator.Type.armed() && e.Target.Type.armed()
	own := func(s Source) bool {
		return s.Side != SideNone && s.Side == g.Side() && !(s.Side == SideArmedGroup && bothArmed)
	}

	// Each origin speaks once: its latest statement of its own, or failing that the
	// latest copy of it.
	var entries []entry
	denied := false
	for i, c := range e.Claims {
		if c.Stance == Denial && len(c.Figures) == 0 {
			denied = true
			a.Basis = append(a.Basis, i)
			continue
		}
		f, ok := c.Figure(o, g)
		if !ok {
			continue
		}
		en := entry{claim: i, fig: f, origin: origins[i], denial: c.Stance == Denial}
		if j := slices.IndexFunc(entries, func(x entry) bool { return x.origin.Name == en.origin.Name }); j >= 0 {
			// The origin's own statement outranks copies of it; otherwise the
			// later statement wins.
			prev := &e.Claims[entries[j].claim]
			direct, prevDirect := c.Cites == nil, prev.Cites == nil
			if direct && !prevDirect || direct == prevDirect && c.ReportedAt >= prev.ReportedAt {
				denied = denied || entries[j].denial
				entries[j] = en
			}
			continue
		}
		entries = append(entries, en)
	}

	var np, admissions, claimed, corroborating []entry
	var someLoss, zeroFrom []bool
	for _, en := range entries {
		denied = denied || en.denial
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
		if known {
			someLoss = append(someLoss, en.fig.Min > 0)
			// A "no losses" from a non-partisan source or from the side itself
			// contradicts any figure of losses.
			zeroFrom = append(zeroFrom, en.fig.Max == 0 && (!en.origin.Partisan() || own(en.origin)))
		}
	}
	credible := append(slices.Clip(np), admissions...)
	contested := denied || (slices.Contains(zeroFrom, true) && slices.Contains(someLoss, true))

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
	// value, the lowest such value when several sets tie (ACLED's conservative rule).
	clique, lo := maxOverlap(corroborating)
	overlapOK := len(clique) >= p.minIndependent() &&
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
		return a
	}
	a.Basis = a.Basis[:0]
	low, high := Inf, int64(0)
	for _, en := range credible {
		low = min(low, en.fig.Min)
		high = max(high, en.fig.Max)
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
		if v, ok := en.fig.Point(Stated); ok {
			pts = append(pts, int64(v))
		}
	}
	best := low
	if len(pts) > 0 {
		slices.Sort(pts)
		best = min(max(pts[(len(pts)-1)/2], low), high)
	}
	a.Estimate = span(low, high)
	a.Estimate.Best, a.Estimate.HasBest = best, true
	return a
}

// maxOverlap returns the largest subset of entries whose intervals share a value,
// choosing the lowest shared value when subsets tie, with the lower bound of their
// common interval. The maximum coverage of a set of intervals is reached at one of
// their lower ends (the maximum clique of an interval graph), so those are the only
// candidates; sources per event are few, so the quadratic scan is the simple choice.
func maxOverlap(es []entry) (clique []entry, lo int64) {
	if len(es) == 0 {
		return nil, 0
	}
	// The maximum coverage is reached at some interval's Min; take the lowest.
	bestN, bestAt := 0, int64(0)
	for _, a := range es {
		n := 0
		for _, b := range es {
			if b.fig.Min <= a.fig.Min && a.fig.Min <= b.fig.Max {
				n++
			}
		}
		if n > bestN || (n == bestN && a.fig.Min < bestAt) {
			bestN, bestAt = n, a.fig.Min
		}
	}
	for _, b := range es {
		if b.fig.Min <= bestAt && bestAt <= b.fig.Max {
			clique = append(clique, b)
			lo = max(lo, b.fig.Min)
		}
	}
	return clique, lo
}
