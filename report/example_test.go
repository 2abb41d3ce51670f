package report_test

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/report"
)

// The report on the embedded Sahel dataset, built event by event and written to a
// temporary directory: report.html and, under charts/, each chart as PNG and SVG.
// The example prints what was written, not the bytes, which change with gonum/plot.
func ExampleBuilder() {
	d := bilan.Sahel()
	b := report.NewBuilder(report.Config{Source: "bilan Sahel seed dataset", Seed: 1})
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
	// report.html: one page, no script: true
	// inline charts: true
	// Arabic set right to left: true
	// 6 charts, each as PNG and SVG:
	//   confirmed true
	//   silence true
	//   countries true
	//   stacked true
	//   new_areas true
	//   statuses true
}
