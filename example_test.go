package bilan_test

import (
	"fmt"
	"log"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/stats"
)

// Open reads any file bilan reads — here an ACLED export with a row whose
// fatalities are not a number — and says what it did with each record.
func ExampleOpen() {
	r, err := bilan.Open("claims/acled/testdata/badrows.csv", bilan.Options{
		Lenient: true,
		OnBad:   func(err error) { fmt.Println("skipped:", err) },
	})
	if err != nil {
		log.Fatal(err)
	}
	defer r.Close()
	d, err := r.Dataset()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Format(), len(d.Events), "events")
	fmt.Printf("%+v\n", r.Counts())
	// Output:
	// skipped: claims/acled/testdata/badrows.csv:2:4: field event_date: bad field: event_date "2024-02-30" is not a date (2023-02-16, 16 February 2023 or 16-Feb-23)
	// skipped: claims/acled/testdata/badrows.csv:3:274: field fatalities: bad field: fatalities "a dozen" is not a whole number
	// skipped: claims/acled/testdata/badrows.csv:5:134: field inter1: bad field: actor type "Aliens" is neither 0-8 nor an ACLED label
	// skipped: claims/acled/testdata/badrows.csv:6:210: field geo_precision: bad field: geo_precision "4" is not 1, 2 or 3
	// skipped: claims/acled/testdata/badrows.csv:7:194: field latitude: bad field: latitude "95.0"
	// skipped: claims/acled/testdata/badrows.csv:8:274: field fatalities: bad field: fatalities "-2" is not a whole number
	// skipped: claims/acled/testdata/badrows.csv:9:163: field country: bad field: empty country
	// ACLED 2 events
	// {Records:9 Events:2 Bad:7 Merged:0}
}

// Trends does what `bilan trends -by country -period quarter FILE` does: monthly
// or quarterly sums of each country's reconciled figures (here ACLED's own, a
// single source each).
func ExampleTrends() {
	r, err := bilan.Open("claims/acled/testdata/current.csv", bilan.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer r.Close()
	agg, err := bilan.Trends(r, bilan.TrendOptions{By: stats.ByCountry, Period: stats.Quarter, Measure: stats.Killed})
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range agg.Series() {
		for _, p := range s.Points {
			switch {
			case p.Events == 0:
			case p.Known == 0: // an unknown figure is never summed as zero
				fmt.Printf("%s %s: %d events, no credible figure\n", s.Key, p.Label, p.Events)
			default:
				fmt.Printf("%s %s: %d events, best %d\n", s.Key, p.Label, p.Events, p.Best)
			}
		}
	}
	// Output:
	// Burkina Faso 2025-Q3: 1 events, best 26
	// Mali 2024-Q1: 1 events, best 0
	// Mali 2025-Q3: 1 events, no credible figure
	// Niger 2025-Q2: 1 events, best 12
}

// The first program of the package documentation: reconcile every event of the
// Sahel dataset under the default policy. An estimate no credible source gave is
// "?" (unknown, not zero); "qualitative" is [1, inf): losses reported, not counted.
func ExampleSahel() {
	d := bilan.Sahel()
	for i := range d.Events {
		e := &d.Events[i]
		for _, a := range claims.Reconcile(e) {
			fmt.Println(e.ID, a.Outcome, a.Group, a.Status, a.Estimate)
		}
	}
	// Output:
	// sahel-2025-nimbougou killed soldiers corroborated qualitative
	// sahel-2025-bf-five-posts killed soldiers claimed_only ?
	// sahel-2025-timbuktu-ambush killed unknown pending ?
	// sahel-2025-mali-takeover killed unknown single_source qualitative
	// sahel-2025-fla-drone-convoy killed unknown pending ?
}
