package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strconv"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/claims/acled"
	"github.com/bilan-dev/bilan/stats"
)

func init() {
	flagSets["trends"] = func(fs *flag.FlagSet) {
		fs.String("by", "none", "split by: none, country, admin1, perpetrator, target, source_kind, outcome, group")
		fs.String("period", "month", "period: day, week, month, quarter, year")
		fs.Int("rolling", 0, "also give the mean over the last K periods (0: none)")
		fs.String("measure", "killed", "what to sum: events, killed, wounded, captured, missing")
		declareAsOf(fs)
		declareRead(fs)
	}
	register(&command{
		name:  "trends",
		usage: "-by KEY -period P [-rolling K] [-measure events|killed|wounded|captured|missing] [-as-of DATE] [FILE]",
		help: `Writes claimed and confirmed series as CSV.

trends reconciles every event (claims.Reconcile's default policy), and sums by key and
period. It writes CSV to standard output with the columns

    key, period, events, low, best, high, claimed, rolling

one row per key and period, every period from the first to the last present (zero
when no event fell). events counts the events; low, best and high sum the confirmed
Low/Best/High of the measure (high is "inf" when a term is unbounded; the three are
empty for -measure events, and when no event of the row has a credible figure: an
unknown figure is never summed as zero); claimed sums the highest partisan claims
(empty when none was made); rolling is the mean of best (of events, for -measure
events) over the last K periods, fewer at the start, empty without -rolling and
where best is empty.
Periods are labelled 2025-07-22, 2025-W30, 2025-07, 2025-Q3, 2025. The number of
events whose figure is unknown is written to standard error.

It reads ACLED, UCDP and native files. An ACLED file is read on all cores without
building events, with the same result.`,
		run: runTrends,
	})
}

type trendOpts struct {
	by      stats.Key
	period  stats.Period
	measure stats.Measure
	rolling int
	asOf    claims.Date
}

func runTrends(e *env, args []string) error {
	fs, err := parse("trends", e, args)
	if err != nil {
		return err
	}
	var o trendOpts
	if o.by, err = stats.ParseKey(fs.Lookup("by").Value.String()); err != nil {
		return fmt.Errorf("%w: -by: %v", errUsage, err)
	}
	if o.period, err = stats.ParsePeriod(fs.Lookup("period").Value.String()); err != nil {
		return fmt.Errorf("%w: -period: %v", errUsage, err)
	}
	if o.measure, err = stats.ParseMeasure(fs.Lookup("measure").Value.String()); err != nil {
		return fmt.Errorf("%w: -measure: %v", errUsage, err)
	}
	if o.rolling, err = strconv.Atoi(fs.Lookup("rolling").Value.String()); err != nil || o.rolling < 0 {
		return fmt.Errorf("%w: -rolling must be a whole number >= 0", errUsage)
	}
	if o.asOf, err = asOfFlag(fs); err != nil {
		return err
	}
	in, err := one(fs.Args())
	if err != nil {
		return err
	}
	ro := readFlags(fs)
	agg, err := aggregate(e, in, ro, o)
	if err != nil {
		return err
	}
	return writeTrends(e, agg, o)
}

// aggregate sums the input's events into series.
func aggregate(e *env, in input, ro readOpts, o trendOpts) (*stats.Aggregator, error) {
	br, done, err := in.open(e)
	if err != nil {
		return nil, explain(e, in, err)
	}
	defer done()
	format, err := sniff(br, ro.from)
	if err != nil {
		return nil, err
	}
	if format == formatACLED && fastACLED(o) {
		return aggregateACLED(e, in, br, ro, o)
	}
	return aggregateEvents(e, in, br, format, ro, o)
}

// aggregateEvents sums the events of any input, reconciling each.
func aggregateEvents(e *env, in input, br io.Reader, format string, ro readOpts, o trendOpts) (*stats.Aggregator, error) {
	agg := stats.NewAggregator(o.period)
	var obs []stats.Observation
	add := func(ev *claims.Event) {
		as := claims.Reconcile(ev)
		obs = stats.Observe(obs[:0], ev, as, o.by, o.measure)
		for _, ob := range obs {
			agg.Add(ob)
		}
	}
	if format == formatNative {
		d, err := claims.Read(br, in.name)
		if err := explain(e, in, err); err != nil {
			return nil, err
		}
		if o.asOf != 0 {
			d = d.AsOf(o.asOf)
		}
		for i := range d.Events {
			add(&d.Events[i])
		}
		return agg, nil
	}
	bad := 0
	for ev, err := range ro.imported(e, in, br, format) {
		if err != nil {
			bad++
			if bad <= maxMessages {
				fmt.Fprintln(e.stderr, err)
			}
			continue
		}
		if o.asOf != 0 {
			var ok bool
			if ev, ok = ev.AsOf(o.asOf); !ok {
				continue
			}
		}
		add(&ev)
	}
	if err := badRows(e, in, ro, bad); err != nil {
		return nil, err
	}
	return agg, nil
}

// fastACLED reports whether an ACLED file can be aggregated from its rows alone:
// each row is one event with one monitor claim, whose reconciled estimate is its
// fatalities figure (single source) on the unknown group.
func fastACLED(o trendOpts) bool {
	switch o.by {
	case stats.ByNone, stats.ByCountry, stats.ByAdmin1, stats.ByPerpetrator, stats.ByTarget:
		return o.measure == stats.Events || o.measure == stats.Killed
	}
	return false
}

// aggregateACLED sums an ACLED file's rows on every core. It gives what the event
// path gives (TestTrendsFastPath holds it to that): an event per row, Est the
// fatalities figure with Best its value, unknown when the cell is empty.
func aggregateACLED(e *env, in input, br io.Reader, ro readOpts, o trendOpts) (*stats.Aggregator, error) {
	workers := runtime.GOMAXPROCS(0)
	aggs := make([]*stats.Aggregator, workers)
	scratch := make([][]byte, workers)
	bads := make([]int, workers)
	for w := range aggs {
		aggs[w] = stats.NewAggregator(o.period)
	}
	var msgs = make(chan error, maxMessages)
	r := acled.NewReader(br)
	r.Name = in.name
	err := r.Each(workers, func(w int, row *acled.Row) error {
		d, f, err := row.Values()
		if err != nil {
			bads[w]++
			select {
			case msgs <- err:
			default:
			}
			return nil
		}
		if o.asOf != 0 && d > o.asOf {
			return nil
		}
		var kb []byte
		switch o.by {
		case stats.ByCountry:
			kb = row.Bytes(acled.Country)
		case stats.ByAdmin1:
			kb = append(append(append(scratch[w][:0], row.Bytes(acled.Country)...), " / "...), row.Bytes(acled.Admin1)...)
			scratch[w] = kb
		case stats.ByPerpetrator:
			kb = row.Bytes(acled.Actor1)
		case stats.ByTarget:
			kb = row.Bytes(acled.Actor2)
		default:
			kb = []byte("all")
		}
		ob := stats.Observation{Date: d, Reported: o.measure == stats.Killed}
		if o.measure == stats.Killed && f.IsKnown() {
			ob.Est = f
			ob.Est.Best, ob.Est.HasBest = f.Min, true
		}
		aggs[w].AddBytes(kb, ob)
		return nil
	})
	close(msgs)
	for m := range msgs {
		fmt.Fprintln(e.stderr, m)
	}
	if err != nil {
		return nil, explain(e, in, err)
	}
	bad := 0
	for _, b := range bads {
		bad += b
	}
	if err := badRows(e, in, ro, bad); err != nil {
		return nil, err
	}
	for _, a := range aggs[1:] {
		aggs[0].Merge(a)
	}
	return aggs[0], nil
}

func writeTrends(e *env, agg *stats.Aggregator, o trendOpts) error {
	w := csv.NewWriter(e.stdout)
	if err := w.Write([]string{"key", "period", "events", "low", "best", "high", "claimed", "rolling"}); err != nil {
		return err
	}
	unknown := 0
	num := func(x int64) string {
		if x == claims.Inf {
			return "inf"
		}
		return strconv.FormatInt(x, 10)
	}
	row := make([]string, 8)
	for _, s := range agg.Series() {
		var roll []float64
		if o.rolling > 0 {
			roll = stats.Rolling(stats.Values(s, o.measure), o.rolling, false)
		}
		for i, p := range s.Points {
			unknown += p.Unknown
			clear(row)
			row[0], row[1], row[2] = s.Key, p.Label, strconv.Itoa(p.Events)
			if o.measure != stats.Events && (p.Known > 0 || p.Events == 0) {
				row[3], row[4], row[5] = num(p.Low), num(p.Best), num(p.High)
			}
			if o.measure != stats.Events && p.ClaimedEvents > 0 {
				row[6] = num(p.Claimed)
			}
			if roll != nil && (o.measure == stats.Events || row[4] != "") {
				row[7] = strconv.FormatFloat(roll[i], 'f', -1, 64)
			}
			if err := w.Write(row); err != nil {
				return err
			}
		}
	}
	w.Flush()
	if unknown > 0 {
		fmt.Fprintf(e.stderr, "trends: %d events had no credible %s figure: counted in events, not in low/best/high\n", unknown, o.measure)
	}
	return w.Error()
}
