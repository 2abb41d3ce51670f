package stats

import (
	"slices"

	"github.com/bilan-dev/bilan/claims"
)

// PeriodCheck sets a period claim's figure beside what the events of the data add up
// to over the same period, area, outcome and group.
type PeriodCheck struct {
	ID        string
	Outcome   claims.Outcome
	Group     claims.Group
	Claimed   claims.Figure // the period claim's figure
	ClaimedBy claims.Source
	// Events counts the matching events; Confirmed sums their known estimates (an
	// interval, Best summed) and Unknown counts those without a credible figure.
	Events    int
	Confirmed claims.Figure
	Unknown   int
	// EventClaims sums the matching events' own highest partisan claims, at their
	// conservative points.
	EventClaims int64
}

// groupMatches reports whether an event's group is covered by a period claim's
// group: the same group, or one the claim's group may contain by the group hierarchy
// (GroupTotal): a security_forces figure pools soldiers, militia and foreign forces
// with police and gendarmes (docs/quantities.md §4), and an unknown-group figure
// ("people") may count anyone.
func groupMatches(claim, event claims.Group) bool {
	for g, ok := event, true; ok; g, ok = groupParent(g) {
		if g == claim {
			return true
		}
	}
	return false
}

// CheckPeriods compares each figure of each period claim in d with the events of d
// dated within the period, in one of its countries (any country when it names none),
// reconciled under policy pol; only the statuses pol counts enter Confirmed. Within
// one event, the matching groups' estimates are totalled by the group hierarchy
// (GroupTotal), never adding a pooled figure to its parts.
func CheckPeriods(d *claims.Dataset, pol claims.Policy) []PeriodCheck {
	var out []PeriodCheck
	for _, p := range d.Periods {
		for _, f := range p.Claim.Figures {
			pc := PeriodCheck{ID: p.ID, Outcome: f.Outcome, Group: f.Group, Claimed: f.Figure, ClaimedBy: p.Claim.Source}
			var known []claims.Figure
			for i := range d.Events {
				e := &d.Events[i]
				if e.Date < p.From || e.Date > p.To {
					continue
				}
				if len(p.Area.Countries) > 0 && !slices.Contains(p.Area.Countries, e.Place.Country) {
					continue
				}
				matched := false
				var evKnown byGroup
				var evClaims pointsByGroup
				anyClaim := false
				for _, a := range pol.Reconcile(e) {
					if a.Outcome != f.Outcome || !groupMatches(f.Group, a.Group) {
						continue
					}
					matched = true
					if !(a.Estimate.IsKnown() && pol.Counts(a.Status) && evKnown.set(a.Group, a.Estimate)) {
						pc.Unknown++
					}
					if v, ok := a.Claimed.Point(claims.Conservative); ok {
						anyClaim = evClaims.set(a.Group, int64(v)) || anyClaim
					}
				}
				if matched {
					pc.Events++
				}
				if evKnown.any {
					known = append(known, evKnown.total())
				}
				if anyClaim {
					pc.EventClaims += evClaims.total()
				}
			}
			if len(known) > 0 {
				pc.Confirmed = sumEstimates(known)
			}
			out = append(out, pc)
		}
	}
	return out
}
