package plot_test

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/plot"
	"github.com/bilan-dev/bilan/stats"
)

// A chart of credible figures of killed by month, with the partisan claims beside it, written
// as SVG. The observations are made up for the example: three months of one
// country, one with a floor and no ceiling, which the chart draws as a column open
// upward, never as a bounded figure.
func ExampleConfirmed() {
	agg := stats.NewAggregator(stats.Month)
	for _, o := range []struct {
		day     claims.Date
		est     claims.Figure
		claimed int64
	}{
		{claims.MakeDate(2025, time.May, 4), claims.N(12), 26},
		{claims.MakeDate(2025, time.June, 9), claims.AtLeastN(5), 40},
		{claims.MakeDate(2025, time.July, 22), claims.Between(10, 15), 0},
	} {
		agg.Add(stats.Observation{Date: o.day, Key: "Mali", Est: o.est, Claimed: o.claimed, HasClaim: o.claimed > 0, Reported: true})
	}
	series := agg.Series()[0]
	meta := plot.Meta{Source: "example data", AsOf: claims.MakeDate(2025, time.July, 31)}
	p, err := plot.Confirmed(series, stats.Month, "killed", true, meta)
	if err != nil {
		log.Fatal(err)
	}

	dir, err := os.MkdirTemp("", "bilan-plot")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "mali.svg")
	if err := plot.Save(p, path, 0, 0); err != nil {
		log.Fatal(err)
	}
	svg, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("title:", p.Title.Text)
	fmt.Println("y axis:", p.Y.Label.Text)
	fmt.Println("caption:", meta.Caption())
	for _, pt := range series.Points {
		high := fmt.Sprint(pt.High)
		if pt.High == claims.Inf {
			high = "inf"
		}
		claimed := "no claim"
		if pt.ClaimedEvents > 0 {
			claimed = fmt.Sprint("claimed ", pt.Claimed)
		}
		fmt.Printf("%s: low %d, high %s, %s\n", pt.Label, pt.Low, high, claimed)
	}
	fmt.Println("an SVG document:", bytes.Contains(svg, []byte("<svg")))
	// Output:
	// title: Mali: killed, credible figures and partisan claims
	// y axis: killed per month
	// caption: Source: example data; as of 31 Jul 2025
	// 2025-05: low 12, high 12, claimed 26
	// 2025-06: low 5, high inf, claimed 40
	// 2025-07: low 10, high 15, no claim
	// an SVG document: true
}

// Latin is the romanisation of Arabic labels for a PNG or PDF chart drawn without
// shaping (Meta.Latin): digits become ASCII and diacritics are dropped.
func ExampleLatin() {
	fmt.Println(plot.Latin("JNIM / الزلاقة"))
	fmt.Println(plot.Latin("مقتل ٢٦ جنديًا"))
	// Output:
	// JNIM / alzlaqa
	// mqtl 26 jndya
}
