package link_test

import (
	"fmt"
	"time"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/claims/link"
)

// A group's claim, recorded as an event of its own, set against a monitor's events
// (made up for the example). The statement, reported on 22 July, dates its attack
// to the day before; the monitor's event at the same checkpoint on 22 July, with the
// same group named, is an unambiguous match and takes the claim. The event in Niger
// is not a candidate.
func ExampleLink() {
	day := claims.MakeDate(2025, time.July, 22)
	jnim := claims.Actor{Name: "JNIM: Group for Support of Islam and Muslims", Type: claims.RebelGroup}
	mali := claims.Actor{Name: "Military Forces of Mali (2021-)", Type: claims.StateForces}
	claimed := &claims.Dataset{Events: []claims.Event{{
		ID: "statement-1", Date: day.AddDays(-1), Perpetrator: jnim, Target: mali,
		Place: claims.Place{Country: "Mali", Admin1: "Sikasso", Locality: "Nimbougou", Precision: claims.GeoExact},
		Claims: []claims.Claim{{
			Source:     claims.Source{Name: "JNIM / az-Zallaqa", Kind: claims.MilitantStatement, Side: claims.SideArmedGroup},
			ReportedAt: day, Stance: claims.Responsibility,
			Figures: []claims.Count{{Outcome: claims.Killed, Group: claims.Soldiers, Figure: claims.N(15)}},
		}},
	}}}
	acled := claims.Source{Name: "ACLED", Kind: claims.Monitor}
	monitor := &claims.Dataset{Events: []claims.Event{
		{ID: "XMLI1", Date: day, Perpetrator: jnim, Target: mali,
			Place: claims.Place{Country: "Mali", Admin1: "Sikasso", Locality: "Nimbougou", Precision: claims.GeoExact},
			Claims: []claims.Claim{{Source: acled, ReportedAt: day,
				Figures: []claims.Count{{Outcome: claims.Killed, Group: claims.UnknownGroup, Figure: claims.N(12)}}}}},
		{ID: "XNER2", Date: day, Perpetrator: jnim,
			Place: claims.Place{Country: "Niger", Admin1: "Tillaberi", Precision: claims.GeoExact},
			Claims: []claims.Claim{{Source: acled, ReportedAt: day,
				Figures: []claims.Count{{Outcome: claims.Killed, Group: claims.UnknownGroup, Figure: claims.N(4)}}}}},
	}}

	props := link.Link(claimed, monitor, link.Options{})
	for _, p := range props {
		fmt.Println(p.Event, p.Status(), p.Match)
		for _, c := range p.Candidates {
			fmt.Printf("  %s score %.2f, %d day(s) apart\n", c.Event, c.Score, c.DaysApart)
		}
	}
	merged, left := link.Merge(claimed, monitor, props)
	for _, c := range merged.Event("XMLI1").Claims {
		fmt.Printf("XMLI1: %s says %s\n", c.Source.Name, c.Figures[0].Figure)
	}
	fmt.Println(len(left), "left for review")
	// Output:
	// statement-1 match XMLI1
	//   XMLI1 score 0.92, 1 day(s) apart
	// XMLI1: ACLED says 12
	// XMLI1: JNIM / az-Zallaqa says 15
	// 0 left for review
}
