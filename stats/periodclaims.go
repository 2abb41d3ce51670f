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

// groupMatches reports whether an event's group is covered by a period claim's group.
// A security_forces figure pools state forces with auxiliaries (docs/quantities.md §4), so
// it covers soldiers, security forces and militia; every other group covers itself.
func groupMatches(claim, event claims.Group) bool {
	if claim == claims.SecurityForces {
		return event == claims.Soldiers || event == claims.SecurityForces || event == claims.Militia
	}
	return claim == event
}

// CheckPeriods compares each figure of each period claim in d with the events of d
// dated within the period, in one of its countries (any country when it names none).
func CheckPeriods(d *claims.Dataset) []PeriodCheck {
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
				for _, a := range claims.Reconcile(e) {
					if a.Outcome != f.Outcome || !groupMatches(f.Group, a.Group) {
						continue
					}
					matched = true
					if a.Estimate.IsKnown() {
						known = append(known, a.Estimate)
					} else {
						pc.Unknown++
					}
					if v, ok := a.Claimed.Point(claims.Conservative); ok {
						pc.EventClaims += int64(v)
					}
				}
				if matched {
					pc.Events++
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
