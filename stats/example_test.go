package stats_test

import (
	"fmt"
	"time"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/stats"
)

// A monthly series of killed by country on the Sahel dataset: unknown figures are
// counted apart, and an unbounded High stays unbounded.
func ExampleAggregator() {
	d := bilan.Sahel()
	agg := stats.NewAggregator(stats.Month)
	var obs []stats.Observation
	for i := range d.Events {
		e := &d.Events[i]
		obs = stats.Observe(obs[:0], e, claims.Reconcile(e), stats.ByCountry, stats.Killed)
		for _, o := range obs {
			agg.Add(o)
		}
	}
	for _, s := range agg.Series() {
		for _, p := range s.Points {
			credible, claimed := "no credible figure", "none"
			if p.Known > 0 {
				high := fmt.Sprint(p.High)
				if p.High == claims.Inf {
					high = "inf"
				}
				credible = fmt.Sprintf("low %d best %d high %s", p.Low, p.Best, high)
			}
			if p.ClaimedEvents > 0 {
				claimed = fmt.Sprint(p.Claimed)
			}
			fmt.Printf("%s %s: %d events, %s, %d unknown, claimed %s\n",
				s.Key, p.Label, p.Events, credible, p.Unknown, claimed)
		}
	}
	// Output:
	// Burkina Faso 2025-07: 1 events, no credible figure, 1 unknown, claimed 26
	// Mali 2025-07: 4 events, low 2 best 2 high inf, 2 unknown, claimed none
}

// The ratio of a group's claims to the credible figures, with its t interval. The
// Sahel dataset has no event with both a claim and a credible figure yet, so this
// example builds three; with so few, the interval is wide and contains 1.
func ExampleInflate() {
	day := claims.MakeDate(2025, time.June, 1)
	jnim := claims.Source{Name: "JNIM", Kind: claims.MilitantStatement, Side: claims.SideArmedGroup}
	afp := claims.Source{Name: "AFP", Kind: claims.MediaReport}
	rfi := claims.Source{Name: "RFI", Kind: claims.MediaReport}
	soldiers := func(f claims.Figure) []claims.Count {
		return []claims.Count{{Outcome: claims.Killed, Group: claims.Soldiers, Figure: f}}
	}
	var events []claims.Event
	for i, c := range []struct{ claimed, confirmed int64 }{{26, 12}, {40, 10}, {15, 15}} {
		events = append(events, claims.Event{
			ID: fmt.Sprint("e", i), Date: day, Place: claims.Place{Country: "Burkina Faso"},
			Perpetrator: claims.Actor{Name: "JNIM", Type: claims.RebelGroup},
			Claims: []claims.Claim{
				{Source: jnim, ReportedAt: day, Stance: claims.Responsibility, Figures: soldiers(claims.N(c.claimed))},
				{Source: afp, ReportedAt: day, Figures: soldiers(claims.N(c.confirmed))},
				{Source: rfi, ReportedAt: day, Figures: soldiers(claims.N(c.confirmed))},
			},
		})
	}
	for _, inf := range stats.Inflate(stats.Compare(events, claims.Policy{}, claims.Killed), stats.InflationConfig{}) {
		fmt.Printf("%s: claims %.2f times the credible toll (95%% CI %.2f-%.2f), %d events, cannot tell: %v\n",
			inf.Key, inf.Ratio, inf.Low, inf.High, inf.Events, inf.CannotTell)
	}
	// Output:
	// JNIM: claims 2.05 times the credible toll (95% CI 0.37-11.54), 3 events, cannot tell: true
}

// How often each side had said nothing, month by month, on the Sahel dataset.
func ExampleSilence() {
	for _, r := range stats.Silence(bilan.Sahel().Events, stats.Month) {
		fmt.Printf("%s %s: silent on %d of %d events (%.0f%%)\n", r.Label, r.Side, r.Silent, r.Events, 100*r.Rate)
	}
	// Output:
	// 2025-07 state: silent on 4 of 4 events (100%)
	// 2025-07 armed_group: silent on 2 of 4 events (50%)
}

// Totals across groups never add a figure to one that may contain it: the army's
// "10 soldiers" and local sources' "15 security forces" (soldiers and VDP pooled)
// total at least 15 and at most 25, not 25.
func ExampleGroupTotal() {
	soldiers, pooled := claims.N(10), claims.N(15)
	soldiers.Best, soldiers.HasBest = 10, true
	pooled.Best, pooled.HasBest = 15, true
	t := stats.GroupTotal(map[claims.Group]claims.Figure{claims.Soldiers: soldiers, claims.SecurityForces: pooled})
	fmt.Printf("low %d, best %d, high %d\n", t.Min, t.Best, t.Max)
	// Output:
	// low 15, best 15, high 25
}

// Which statuses enter the credible sums is the caller's choice: Iraq Body Count's
// two-source rule keeps only confirmed figures. The single-source heavy toll of the
// Mali takeover and Nimbougou's corroborated one are then not summed (unknown, not 0).
func ExampleObserver() {
	d := bilan.Sahel()
	ibc := claims.Policy{Count: claims.StatusSet(0).With(claims.Confirmed)}
	for _, pol := range []claims.Policy{{}, ibc} {
		agg := stats.NewAggregator(stats.Month)
		ob := stats.Observer{Key: stats.ByCountry, Measure: stats.Killed, Policy: pol}
		for i := range d.Events {
			e := &d.Events[i]
			for _, o := range ob.Observe(nil, e, pol.Reconcile(e)) {
				agg.Add(o)
			}
		}
		for _, s := range agg.Series() {
			if s.Key == "Mali" {
				p := s.Points[0]
				low := "no low: nothing counted"
				if p.Known > 0 {
					low = fmt.Sprint("low ", p.Low)
				}
				fmt.Printf("%s: %d events, %d with a counted figure, %s\n", pol.Counted(), p.Events, p.Known, low)
			}
		}
	}
	// Output:
	// single_source,corroborated,confirmed,contested: 4 events, 2 with a counted figure, low 2
	// confirmed: 4 events, 0 with a counted figure, no low: nothing counted
}
