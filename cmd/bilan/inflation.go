package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/stats"
)

func init() {
	helpFlags("inflation", declareInflation)
	register(&command{
		name:  "inflation",
		usage: "[-by claimant|perpetrator] [-json] [-as-of DATE] [FILE]",
		help: `Writes how far partisan claims exceed the credible figures.

inflation reconciles every event (claims.Reconcile's default policy) and, per claimant
(or perpetrator), sets each event's highest partisan claim of people killed beside
its credible figure. An event counts only when the claim states a number and the
credible figure is a bounded number above zero; the others are left out and
counted by reason:

    qualitative     the credible figure is a toll with no number ("heavy toll")
    unbounded       the credible figure has no upper bound ("at least 10")
    zero            the credible figure may be 0, or the claim's point is 0
    no_credible     no credible figure (claimed only, pending, denied)
    claim_unstated  the claim gives no number
    not_counted     the figure's status is not counted by the policy

Claim and credible figure are each taken at the point they state (a range or vague
word at ACLED's number, "at least" and "up to" at their lower end). The ratio is the
geometric mean over events of claim/credible; the 95% interval is the Student t
interval on the log ratios, given from 3 events (its coverage, simulated, is 0.945
to 0.955 at 5, 10 and 30 events). "cannot tell" is yes when there is no interval, the
interval contains 1, or the figures' own ranges allow a ratio of 1.

The table has one row per claimant: events used, ratio, 95% low and high, whether
the data cannot tell (and why), and the events left out by reason, with their IDs. -json writes

    {"groups":[{"key":..,"events":n,"ratio":x,"ci_low":x,"ci_high":x,
                "excluded":{"qualitative":n,"unbounded":n,"zero":n,"no_credible":n,
                            "claim_unstated":n,"not_counted":n}}]}

with null where there is no value.`,
		run: runInflation,
	})
}

// inflationJSON is one group of the -json output; the field names are fixed by
// issue 11.
type inflationJSON struct {
	Key      string         `json:"key"`
	Events   int            `json:"events"`
	Ratio    *float64       `json:"ratio"`
	CILow    *float64       `json:"ci_low"`
	CIHigh   *float64       `json:"ci_high"`
	Excluded map[string]int `json:"excluded"`
}

// inflationFlags are inflation's flags.
type inflationFlags struct {
	by, asOf *string
	json     *bool
	read     *readFlagVals
}

func declareInflation(fs *flag.FlagSet) inflationFlags {
	return inflationFlags{
		by:   fs.String("by", "claimant", "group ratios by: claimant (the source, after citations) or perpetrator"),
		json: fs.Bool("json", false, "write JSON instead of a table"),
		asOf: declareAsOf(fs),
		read: declareRead(fs),
	}
}

func runInflation(e *env, args []string) error {
	fs, f, err := parseWith("inflation", e, args, declareInflation)
	if err != nil {
		return err
	}
	var cfg stats.InflationConfig
	switch *f.by {
	case "claimant":
		cfg.By = stats.BySource
	case "perpetrator":
		cfg.By = stats.ByClaimedFrom
	default:
		return fmt.Errorf("%w: -by must be claimant or perpetrator", errUsage)
	}
	asOf, err := asOfValue(*f.asOf)
	if err != nil {
		return err
	}
	in, ro, err := f.read.input(fs.Args())
	if err != nil {
		return err
	}
	d, err := ro.load(e, in)
	if err != nil {
		return err
	}
	if asOf != 0 {
		d = d.AsOf(asOf)
	}
	infl := stats.Inflate(stats.Compare(d.Events, claims.Policy{}, claims.Killed), cfg)
	if *f.json {
		return writeInflationJSON(e.stdout, infl)
	}
	return writeInflationText(e.stdout, infl, *f.by)
}

// exclusions lists an Inflation's left-out events by reason, in a fixed order.
func exclusions(x *stats.Exclusions) []struct {
	reason string
	ids    []string
} {
	return []struct {
		reason string
		ids    []string
	}{
		{"qualitative", x.Qualitative}, {"unbounded", x.Unbounded}, {"zero", x.Zero},
		{"no_credible", x.NoCredible}, {"claim_unstated", x.ClaimUnstated}, {"not_counted", x.NotCounted},
	}
}

func inflFinite(x float64) *float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return nil
	}
	return &x
}

func writeInflationJSON(w io.Writer, infl []stats.Inflation) error {
	out := struct {
		Groups []inflationJSON `json:"groups"`
	}{Groups: []inflationJSON{}}
	for _, in := range infl {
		g := inflationJSON{Key: in.Key, Events: in.Events, Ratio: inflFinite(in.Ratio), CILow: inflFinite(in.Low), CIHigh: inflFinite(in.High), Excluded: map[string]int{}}
		for _, x := range exclusions(&in.Excluded) {
			g.Excluded[x.reason] = len(x.ids)
		}
		out.Groups = append(out.Groups, g)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func writeInflationText(w io.Writer, infl []stats.Inflation, by string) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\tevents\tratio\t95%% low\t95%% high\tcannot tell\tleft out\n", by)
	num := func(x float64) string {
		if p := inflFinite(x); p != nil {
			return fmt.Sprintf("%.2f", *p)
		}
		return "—"
	}
	for _, in := range infl {
		var left []string
		for _, x := range exclusions(&in.Excluded) {
			if len(x.ids) > 0 {
				left = append(left, fmt.Sprintf("%s %d (%s)", x.reason, len(x.ids), strings.Join(x.ids, ", ")))
			}
		}
		if len(left) == 0 {
			left = []string{"none"}
		}
		tell := "no"
		if in.CannotTell {
			tell = "yes: " + in.Reason()
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%s\n", in.Key, in.Events, num(in.Ratio), num(in.Low), num(in.High), tell, strings.Join(left, "; "))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\nratio: geometric mean of claim/credible over the events used; 95%% interval: Student t on the logs, none below %d events; — : no value.\n", stats.MinIntervalEvents)
	return err
}
