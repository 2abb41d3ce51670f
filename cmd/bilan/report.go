package main

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/plot"
	"github.com/bilan-dev/bilan/report"
	"github.com/bilan-dev/bilan/stats"
)

func init() {
	helpFlags("report", declareReport)
	register(&command{
		name:  "report",
		usage: "[-o DIR] [-title T] [-subtitle S] [-credit C] [-lang en|fr|ar] [-period P] [-status LIST] [-source NAME] [-events N] [-claim-charts N] [-as-of DATE] [FILE]",
		help: `Writes a self-contained HTML report and its charts.

report reconciles every event and writes DIR/report.html — headline figures, charts
(inline SVG), the events with their claims, statuses and a chart of what each source
said, claim inflation, silence, the method in words, the data source and as-of date;
no script and nothing fetched from the network — DIR/assessments.csv (one row per
event × outcome × group), and each chart as DIR/charts/NAME.png (at 2×), .svg and
.csv (the series it draws). -lang sets every word, date and number of the page and
charts; Arabic text is set right to left, in the page and in the charts (the PNG
charts shape it themselves, in DejaVu Sans). With no FILE it reports on the
embedded Sahel dataset. Progress goes to standard error for long inputs.`,
		run: runReport,
	})
}

// reportFlags are report's flags.
type reportFlags struct {
	o, title, subtitle, credit, lang, period, status, source, asOf *string
	events, claimCharts                                            *int
	read                                                           *readFlagVals
}

func declareReport(fs *flag.FlagSet) reportFlags {
	return reportFlags{
		o:           fs.String("o", "bilan-report", "directory to write report.html, assessments.csv and charts/ into"),
		title:       fs.String("title", "", "the report's title (default \"Casualty claims and credible figures\", in the report's language)"),
		subtitle:    fs.String("subtitle", "", "a line under the title"),
		credit:      fs.String("credit", "", "the byline in the footer"),
		lang:        fs.String("lang", "en", "the report's language: en, fr or ar (Arabic sets the page right to left)"),
		period:      fs.String("period", report.DefaultPeriod.String(), "period of the series: day, week, month, quarter or year"),
		status:      fs.String("status", "", "comma-separated statuses whose figures the headline and series sum (default "+claims.DefaultCounted.String()+"): "+statusNames()),
		source:      fs.String("source", "", "the data's name in captions and the footer (default the file's name)"),
		events:      fs.Int("events", 200, "how many events the events section lists, the most lethal first"),
		claimCharts: fs.Int("claim-charts", 20, "how many listed events get the chart of what each source said (0: none)"),
		asOf:        declareAsOf(fs),
		read:        declareRead(fs),
	}
}

func runReport(e *env, args []string) error {
	fs, f, err := parseWith("report", e, args, declareReport)
	if err != nil {
		return err
	}
	asOf, err := asOfValue(*f.asOf)
	if err != nil {
		return err
	}
	in, err := one(fs.Args())
	if err != nil {
		return err
	}
	dir := *f.o
	cfg, err := reportConfig(f)
	if err != nil {
		return err
	}
	cfg.AsOf = asOf
	if cfg.Source == "" {
		cfg.Source = filepath.Base(in.name)
		if in.path == "" {
			cfg.Source = "bilan Sahel seed dataset (" + bilan.SahelName + ")"
		}
	}
	start := time.Now()
	ro, err := f.read.opts()
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

// reportConfig reads the report's flags.
func reportConfig(f reportFlags) (report.Config, error) {
	cfg := report.Config{Title: *f.title, Subtitle: *f.subtitle, Credit: *f.credit, Source: *f.source}
	var err error
	if cfg.Lang, err = plot.ParseLang(*f.lang); err != nil {
		return cfg, fmt.Errorf("%w: -lang: %v", errUsage, err)
	}
	if cfg.Period, err = stats.ParsePeriod(*f.period); err != nil {
		return cfg, fmt.Errorf("%w: -period: %v", errUsage, err)
	}
	for _, n := range []struct {
		name string
		min  int
		v    int
		dst  *int
	}{{"events", 1, *f.events, &cfg.MaxEvents}, {"claim-charts", 0, *f.claimCharts, &cfg.ClaimCharts}} {
		if n.v < n.min {
			return cfg, fmt.Errorf("%w: -%s: %d is not a whole number ≥ %d", errUsage, n.name, n.v, n.min)
		}
		*n.dst = n.v
	}
	if cfg.ClaimCharts == 0 {
		cfg.ClaimCharts = -1 // Config's 0 is the default, 20
	}
	if list := *f.status; list != "" {
		if cfg.Statuses, err = claims.ParseStatusSet(list); err != nil {
			return cfg, fmt.Errorf("%w: -status: %v", errUsage, err)
		}
	}
	return cfg, nil
}

func statusNames() string {
	var names []string
	for _, s := range claims.Statuses() {
		names = append(names, s.String())
	}
	return strings.Join(names, ", ")
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
