package report_test

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

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

// The report on the embedded Sahel dataset, built event by event and written to a
// temporary directory: report.html, assessments.csv and, under charts/, each chart
// as PNG and SVG.
// The example prints what was written, not the bytes, which change with gonum/plot.
func ExampleReport_WriteDir() {
	d := bilan.Sahel()
	b := report.NewBuilder(report.Config{Source: "bilan Sahel seed dataset", Period: report.DefaultPeriod})
	for i := range d.Events {
		b.Add(&d.Events[i])
	}
	for _, p := range d.Periods {
		b.AddPeriod(p)
	}
	r, err := b.Build()
	if err != nil {
		log.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "bilan-report")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	if err := r.WriteDir(dir); err != nil {
		log.Fatal(err)
	}

	fmt.Println(b.Events(), "events")
	entries, err := os.ReadDir(dir)
	if err != nil {
		log.Fatal(err)
	}
	var names []string
	for _, e := range entries { // ReadDir sorts by name
		names = append(names, e.Name())
	}
	fmt.Println(strings.Join(names, " "))
	html, err := os.ReadFile(filepath.Join(dir, "report.html"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("report.html: one page, no script:", bytes.Count(html, []byte("<html")) == 1 && !bytes.Contains(html, []byte("<script")))
	fmt.Println("inline charts:", bytes.Count(html, []byte("<svg")) >= len(r.Charts))
	fmt.Println("Arabic set right to left:", bytes.Contains(html, []byte(`dir="rtl"`)))
	fmt.Println(len(r.Charts), "charts, each as PNG and SVG:")
	for _, c := range r.Charts {
		_, errPNG := os.Stat(filepath.Join(dir, "charts", c.Name+".png"))
		_, errSVG := os.Stat(filepath.Join(dir, "charts", c.Name+".svg"))
		fmt.Printf("  %s %v\n", c.Name, errPNG == nil && errSVG == nil)
	}
	// Output:
	// 5 events
	// assessments.csv charts report.html
	// report.html: one page, no script: true
	// inline charts: true
	// Arabic set right to left: true
	// 7 charts, each as PNG and SVG:
	//   confirmed true
	//   silence true
	//   countries true
	//   stacked true
	//   new_areas true
	//   statuses true
	//   event-sahel-2025-nimbougou-killed-soldiers true
}
