package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"strings"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/claims/link"
)

func init() {
	helpFlags("link", declareLink)
	register(&command{
		name:  "link",
		usage: "[-window DAYS] [-km KM] [-json] [-merge OUT] CLAIMS MONITOR",
		help: `Proposes which monitor events the events of a claims dataset are.

link reads two datasets (native, ACLED, UCDP or ledger files) and proposes, for each
event of CLAIMS (a militant statement, a news report), the events of MONITOR it may
be: same country, dates within the window (widened by date precision), same admin1
or within -km when both have coordinates. Each candidate has a score in [0, 1], the
mean of a date, a place and an actors part, with the reasons. A match is
unambiguous when the best candidate scores at least 0.7 and 0.15 more than any
other; -merge writes MONITOR with the claims of those events added to their match,
and lists the events it did not merge for review. Nothing is merged silently.

With -json, one object per event of CLAIMS:
  {"event": "C1", "status": "match", "match": "MLI123", "candidates": [{"event":
   "MLI123", "score": 0.917, "days_apart": 1, "km": null, "reasons": [...]}]}
status is match, ambiguous or none; km is null without coordinates.`,
		run: runLink,
	})
}

type linkCandidate struct {
	Event     string   `json:"event"`
	Score     float64  `json:"score"`
	DaysApart int      `json:"days_apart"`
	Km        *float64 `json:"km"`
	Reasons   []string `json:"reasons"`
}

type linkProposal struct {
	Event      string          `json:"event"`
	Status     string          `json:"status"`
	Match      *string         `json:"match"`
	Candidates []linkCandidate `json:"candidates"`
}

// linkFlags are link's flags.
type linkFlags struct {
	read   *readFlagVals
	window *int
	km     *float64
	json   *bool
	merge  *string
}

func declareLink(fs *flag.FlagSet) linkFlags {
	return linkFlags{
		read:   declareRead(fs),
		window: fs.Int("window", link.DefaultOptions.Window, "days between the dates, widened by each event's date precision"),
		km:     fs.Float64("km", link.DefaultOptions.MaxKm, "greatest distance in km when both events have coordinates"),
		json:   fs.Bool("json", false, "one JSON object per event of CLAIMS instead of text"),
		merge:  fs.String("merge", "", "write to this file (.csv for the native CSV, else JSON) MONITOR with the claims of the unambiguous matches added"),
	}
}

func runLink(e *env, args []string) error {
	fs, lf, err := parseWith("link", e, args, declareLink)
	if err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return fmt.Errorf("%w: CLAIMS and MONITOR, got %d files", errUsage, fs.NArg())
	}
	o := link.Options{Window: *lf.window, MaxKm: *lf.km}
	if o.Window < 0 || o.MaxKm < 0 {
		return fmt.Errorf("%w: -window and -km are not negative", errUsage)
	}
	ro, err := lf.read.opts()
	if err != nil {
		return err
	}
	ins := inputs(fs.Args())
	cl, err := ro.load(e, ins[0])
	if err != nil {
		return err
	}
	monitor, err := ro.load(e, ins[1])
	if err != nil {
		return err
	}
	props := link.Link(cl, monitor, o)
	if *lf.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, p := range props {
			out := linkProposal{Event: p.Event, Status: p.Status(), Candidates: []linkCandidate{}}
			if p.Match != "" {
				m := p.Match
				out.Match = &m
			}
			for _, c := range p.Candidates {
				lc := linkCandidate{Event: c.Event, Score: c.Score, DaysApart: c.DaysApart, Reasons: c.Reasons}
				if !math.IsNaN(c.Km) {
					km := math.Round(c.Km*10) / 10
					lc.Km = &km
				}
				out.Candidates = append(out.Candidates, lc)
			}
			if err := enc.Encode(out); err != nil {
				return err
			}
		}
	} else {
		for _, p := range props {
			switch p.Status() {
			case "match":
				fmt.Fprintf(e.stdout, "%s: match %s\n", p.Event, p.Match)
			case "ambiguous":
				fmt.Fprintf(e.stdout, "%s: ambiguous, %d candidates\n", p.Event, len(p.Candidates))
			default:
				fmt.Fprintf(e.stdout, "%s: no candidate\n", p.Event)
			}
			for _, c := range p.Candidates {
				fmt.Fprintf(e.stdout, "  %s  %.3f  %s\n", c.Event, c.Score, strings.Join(c.Reasons, "; "))
			}
		}
	}
	out := *lf.merge
	if out == "" {
		return nil
	}
	merged, rest := link.Merge(cl, monitor, props)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if strings.HasSuffix(strings.ToLower(out), ".csv") {
		err = claims.WriteCSV(f, merged)
	} else {
		err = claims.WriteJSON(f, merged)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "%s: %d events of %s merged; %d left for review:", out, len(props)-len(rest), ins[0].name, len(rest))
	for _, p := range rest {
		fmt.Fprintf(e.stderr, " %s (%s)", p.Event, p.Status())
	}
	fmt.Fprintln(e.stderr)
	return nil
}
