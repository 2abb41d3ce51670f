package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"strconv"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/stats"
)

func init() {
	helpFlags("trends", declareTrends)
	register(&command{
		name:  "trends",
		usage: "-by KEY -period P [-rolling K] [-measure events|killed|wounded|captured|missing] [-status LIST] [-as-of DATE] [FILE]",
		help: `Writes claimed and confirmed series as CSV.

trends reconciles every event (claims.Reconcile's default policy), and sums by key and
period. It writes CSV to standard output with the columns

    key, period, events, low, best, high, claimed, rolling

one row per key and period, every period from the first to the last present (zero
when no event fell; a key's rows start at its own first event). events counts the
events; low, best and high sum the credible Low/Best/High of the measure: the
estimates whose status -status lists, by default single_source, corroborated,
confirmed and contested ("credible", not "confirmed": -status confirmed keeps
the confirmed ones only). Within an event, groups are totalled without adding a
pooled figure (security_forces, unknown) to one it may contain. high is "inf" when a
term is unbounded; the three are empty for -measure events, and when no event of
the row has a counted figure: an unknown figure is never summed as zero. claimed
sums the highest partisan claims (empty when none was made); with -by source_kind
the rows are what each kind of source said, partisan claims about another side in
claimed only. rolling is the mean of best (of events, for -measure events) over the
last K periods, fewer at the start, skipping periods whose best is empty (as pandas
skips NaN), empty without -rolling and where best is empty.
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
	policy  claims.Policy
	rolling int
	asOf    claims.Date
}

// trendsFlags are trends' flags.
type trendsFlags struct {
	by, period, measure, status, asOf *string
	rolling                           *int
	read                              *readFlagVals
}

func declareTrends(fs *flag.FlagSet) trendsFlags {
	return trendsFlags{
		by:      fs.String("by", "none", "split by: none, country, admin1, perpetrator, target, source_kind, outcome, group"),
		period:  fs.String("period", "month", "period: day, week, month, quarter, year"),
		rolling: fs.Int("rolling", 0, "also give the mean over the last K periods (0: none)"),
		measure: fs.String("measure", "killed", "what to sum: events, killed, wounded, captured, missing"),
		status:  fs.String("status", "", "statuses whose figures low, best and high sum, comma-separated (default: "+claims.DefaultCounted.String()+")"),
		asOf:    declareAsOf(fs),
		read:    declareRead(fs),
	}
}

func runTrends(e *env, args []string) error {
	fs, f, err := parseWith("trends", e, args, declareTrends)
	if err != nil {
		return err
	}
	var o trendOpts
	if o.by, err = stats.ParseKey(*f.by); err != nil {
		return fmt.Errorf("%w: -by: %v", errUsage, err)
	}
	if o.period, err = stats.ParsePeriod(*f.period); err != nil {
		return fmt.Errorf("%w: -period: %v", errUsage, err)
	}
	if o.measure, err = stats.ParseMeasure(*f.measure); err != nil {
		return fmt.Errorf("%w: -measure: %v", errUsage, err)
	}
	if v := *f.status; v != "" {
		if o.policy.Count, err = claims.ParseStatusSet(v); err != nil {
			return fmt.Errorf("%w: -status: %v", errUsage, err)
		}
	}
	if o.rolling = *f.rolling; o.rolling < 0 {
		return fmt.Errorf("%w: -rolling must be a whole number >= 0", errUsage)
	}
	if o.asOf, err = asOfValue(*f.asOf); err != nil {
		return err
	}
	in, ro, err := f.read.input(fs.Args())
	if err != nil {
		return err
	}
	agg, err := aggregate(e, in, ro, o)
	if err != nil {
		return err
	}
	return writeTrends(e, agg, o)
}

// aggregate sums the input's events into series with bilan.Trends.
func aggregate(e *env, in input, ro readOpts, o trendOpts) (*stats.Aggregator, error) {
	r, rep, err := ro.open(e, in)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	agg, err := bilan.Trends(r, bilan.TrendOptions{By: o.by, Period: o.period, Measure: o.measure, AsOf: o.asOf, Policy: o.policy})
	if err := rep.finish(r, err); err != nil {
		return nil, err
	}
	return agg, nil
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
