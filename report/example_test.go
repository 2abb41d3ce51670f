package report_test

import (
	"bytes"
	"fmt"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/plot"
	"github.com/bilan-dev/bilan/report"
	"github.com/bilan-dev/bilan/stats"
)

// A French report of the seed dataset, by month, as the bilan command writes it
// with -lang fr: its charts and the header of assessments.csv.
func ExampleBuilder() {
	d := bilan.Sahel()
	b := report.NewBuilder(report.Config{Source: "Sahel", Period: report.DefaultPeriod, Lang: plot.French})
	for i := range d.Events {
		b.Add(&d.Events[i])
	}
	r, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range r.Charts {
		fmt.Println(c.Name)
	}
	header, _, _ := bytes.Cut(r.Assessments, []byte("\n"))
	fmt.Println(string(header))
	fmt.Println(report.DefaultPeriod == stats.Month)
	// Output:
	// confirmed
	// silence
	// countries
	// stacked
	// new_areas
	// statuses
	// event-sahel-2025-nimbougou-killed-soldiers
	// event_id,date,place,outcome,group,status,low,best,high,claimed,claimant,counted
	// true
}
