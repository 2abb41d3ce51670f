package main

import (
	"flag"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/report"
)

func init() {
	flagSets["report"] = func(fs *flag.FlagSet) {
		fs.String("o", "bilan-report", "directory to write report.html and charts/ into")
		declareAsOf(fs)
		declareRead(fs)
	}
	register(&command{
		name:  "report",
		usage: "[-o DIR] [-as-of DATE] [FILE]",
		help: `Writes a self-contained HTML report and its charts.

report reconciles every event and writes DIR/report.html — headline figures, charts
(inline SVG), the events with their claims and statuses, claim inflation, silence,
the method in words, the data source and as-of date; no script and nothing fetched
from the network — and each chart as DIR/charts/NAME.png and .svg. Arabic text is
set right to left; in the PNG charts it is romanised. With no FILE it reports on the
embedded Sahel dataset. Progress goes to standard error for long inputs.`,
		run: runReport,
	})
}

func runReport(e *env, args []string) error {
	fs, err := parse("report", e, args)
	if err != nil {
		return err
	}
	asOf, err := asOfFlag(fs)
	if err != nil {
		return err
	}
	in, err := one(fs.Args())
	if err != nil {
		return err
	}
	dir := fs.Lookup("o").Value.String()
	cfg := report.Config{Source: in.name, AsOf: asOf}
	if in.path == "" {
		cfg.Source = "bilan Sahel seed dataset (" + bilan.SahelName + ")"
	}
	start := time.Now()
	ro, err := readFlags(fs)
	if err != nil {
		return err
	}
	b, err := buildReport(e, in, ro, cfg)
	if err != nil {
		return err
	}
	rep, err := b.Build()
	if err != nil {
		return err
	}
	if err := rep.WriteDir(dir); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "report: %d events in %.1fs; wrote %s and %d charts\n",
		b.Events(), time.Since(start).Seconds(), filepath.Join(dir, "report.html"), len(rep.Charts))
	return nil
}

// progressEvery is how many events pass between two progress lines.
const progressEvery = 200000

func buildReport(e *env, in input, ro readOpts, cfg report.Config) (*report.Builder, error) {
	r, rep, err := ro.open(e, in)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var builders []*report.Builder
	var n atomic.Int64
	err = r.Each(0, func(workers int) func(int, *claims.Event) {
		builders = make([]*report.Builder, workers)
		for w := range builders {
			builders[w] = report.NewBuilder(cfg)
		}
		n.Store(0)
		return func(w int, ev *claims.Event) {
			if cfg.AsOf != 0 {
				var ok bool
				if *ev, ok = ev.AsOf(cfg.AsOf); !ok {
					return
				}
			}
			builders[w].Add(ev)
			if k := n.Add(1); k%progressEvery == 0 {
				fmt.Fprintf(e.stderr, "report: %d events\n", k)
			}
		}
	})
	if err := rep.finish(r, err); err != nil {
		return nil, err
	}
	for _, b := range builders[1:] {
		builders[0].Merge(b)
	}
	for _, p := range r.Periods() {
		builders[0].AddPeriod(p)
	}
	return builders[0], nil
}
