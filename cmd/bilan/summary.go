package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/bilan-dev/bilan/claims"
)

func init() {
	helpFlags("summary", declareSummary)
	register(&command{
		name:  "summary",
		usage: "[-as-of DATE] [-json] [-from FORMAT] [-lenient] [FILE]",
		help: `Lists each event with its claims and its reconciled figures.

summary prints, per event, its date, place and actors, each claim (source, kind,
date, stance, figures, original wording), and per outcome and group the reconciled
Low/Best/High with its status under the default policy of package claims. Period
claims follow. With -as-of, only claims reported by that date count. With -json the
same is one JSON object; every figure (a claim's, the highest claim, a period's
incidents) has the one JSON form the native format uses — {"qualifier", "min",
"max", "best", "word"}, max null when unbounded, {"qualifier": "unknown"} with no
numbers when no figure was given (claims.Figure's MarshalJSON) — and Low/Best/High
are numbers, high null when unbounded, all three null when there is no credible
figure.`,
		run: runSummary,
	})
}

// summaryFlags are summary's flags.
type summaryFlags struct {
	asOf *string
	json *bool
	read *readFlagVals
}

func declareSummary(fs *flag.FlagSet) summaryFlags {
	return summaryFlags{
		asOf: declareAsOf(fs),
		json: fs.Bool("json", false, "write one JSON object instead of text"),
		read: declareRead(fs),
	}
}

func runSummary(e *env, args []string) error {
	fs, f, err := parseWith("summary", e, args, declareSummary)
	if err != nil {
		return err
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
	} else {
		asOf = d.Latest()
	}
	s := summarise(d, asOf, in.name)
	if *f.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(s)
	}
	return s.writeText(e.stdout)
}

// asOfValue reads the -as-of flag's value; "" is no date.
func asOfValue(v string) (claims.Date, error) {
	if v == "" {
		return 0, nil
	}
	d, err := claims.ParseDate(v)
	if err != nil {
		return 0, fmt.Errorf("%w: -as-of: %v", errUsage, err)
	}
	return d, nil
}

// The JSON form of a summary.
type summary struct {
	Source  string          `json:"source"`
	AsOf    claims.Date     `json:"as_of"`
	Events  []eventSummary  `json:"events"`
	Periods []periodSummary `json:"periods"`
}

type eventSummary struct {
	ID            string              `json:"id"`
	Date          claims.Date         `json:"date"`
	End           claims.Date         `json:"end,omitempty"`
	DatePrecision string              `json:"date_precision"`
	Place         claims.Place        `json:"place"`
	Perpetrator   claims.Actor        `json:"perpetrator"`
	Target        claims.Actor        `json:"target"`
	EventType     string              `json:"event_type,omitempty"`
	SubEventType  string              `json:"sub_event_type,omitempty"`
	Claims        []claimSummary      `json:"claims"`
	Assessments   []assessmentSummary `json:"assessments"`
}

type claimSummary struct {
	Source     string         `json:"source"`
	Kind       string         `json:"kind"`
	Side       string         `json:"side"`
	ReportedAt claims.Date    `json:"reported_at"`
	Stance     string         `json:"stance"`
	Cites      string         `json:"cites,omitempty"`
	Figures    []claims.Count `json:"figures"`
	Wording    string         `json:"wording,omitempty"`
	Language   string         `json:"language,omitempty"`
}

type assessmentSummary struct {
	Outcome   string         `json:"outcome"`
	Group     string         `json:"group"`
	Status    string         `json:"status"`
	Low       *int64         `json:"low"`
	Best      *int64         `json:"best"`
	High      *int64         `json:"high"`
	Claimed   *claims.Figure `json:"claimed,omitempty"`
	ClaimedBy string         `json:"claimed_by,omitempty"`
	Basis     []int          `json:"basis"`
}

type periodSummary struct {
	ID        string        `json:"id"`
	From      claims.Date   `json:"from"`
	To        claims.Date   `json:"to"`
	Countries []string      `json:"countries"`
	Area      string        `json:"area,omitempty"`
	Incidents claims.Figure `json:"incidents"`
	Claim     claimSummary  `json:"claim"`
}

func summariseClaim(c *claims.Claim) claimSummary {
	s := claimSummary{
		Source: c.Source.Name, Kind: c.Source.Kind.String(), Side: c.Source.Side.String(),
		ReportedAt: c.ReportedAt, Stance: c.Stance.String(), Wording: c.Wording, Language: c.Language,
		Figures: []claims.Count{},
	}
	if c.Cites != nil {
		s.Cites = c.Cites.Name
	}
	s.Figures = append(s.Figures, c.Figures...)
	return s
}

func summarise(d *claims.Dataset, asOf claims.Date, source string) *summary {
	s := &summary{Source: source, AsOf: asOf, Events: []eventSummary{}, Periods: []periodSummary{}}
	for i := range d.Events {
		ev := &d.Events[i]
		es := eventSummary{
			ID: ev.ID, Date: ev.Date, End: ev.End, DatePrecision: ev.DatePrecision.String(),
			Place: ev.Place, Perpetrator: ev.Perpetrator, Target: ev.Target,
			EventType: ev.Type, SubEventType: ev.SubType,
			Claims: []claimSummary{}, Assessments: []assessmentSummary{},
		}
		for j := range ev.Claims {
			es.Claims = append(es.Claims, summariseClaim(&ev.Claims[j]))
		}
		for _, a := range claims.Reconcile(ev) {
			as := assessmentSummary{Outcome: a.Outcome.String(), Group: a.Group.String(), Status: a.Status.String()}
			if a.Estimate.IsKnown() {
				lo, _ := a.Low()
				best, _ := a.Best()
				as.Low, as.Best = &lo, &best
				if hi, ok := a.High(); ok {
					as.High = &hi
				}
			}
			if a.ClaimedBy.Name != "" {
				claimed := a.Claimed
				as.Claimed, as.ClaimedBy = &claimed, a.ClaimedBy.Name
			}
			for _, b := range a.Basis {
				as.Basis = append(as.Basis, b+1)
			}
			es.Assessments = append(es.Assessments, as)
		}
		s.Events = append(s.Events, es)
	}
	for i := range d.Periods {
		p := &d.Periods[i]
		s.Periods = append(s.Periods, periodSummary{
			ID: p.ID, From: p.From, To: p.To, Countries: p.Area.Countries, Area: p.Area.Description,
			Incidents: p.Incidents, Claim: summariseClaim(&p.Claim),
		})
	}
	return s
}

func place(p claims.Place) string {
	var parts []string
	for _, s := range []string{p.Locality, p.Admin2, p.Admin1, p.Country} {
		if s != "" && (len(parts) == 0 || parts[len(parts)-1] != s) {
			parts = append(parts, s)
		}
	}
	if p.Precision == claims.GeoUnstated {
		return strings.Join(parts, ", ") // no precision stated: none shown
	}
	return strings.Join(parts, ", ") + " (" + p.Precision.String() + ")"
}

func actor(a claims.Actor) string {
	if a.Name == "" {
		return "(not named)"
	}
	s := a.Name
	if len(a.Associated) > 0 {
		s += " with " + strings.Join(a.Associated, ", ")
	}
	if a.Type != claims.ActorUnspecified {
		s += " [" + a.Type.String() + "]"
	}
	return s
}

func num(p *int64) string {
	if p == nil {
		return "inf"
	}
	return strconv.FormatInt(*p, 10)
}

func (c *claimSummary) writeText(w io.Writer, n int) {
	who := c.Kind
	if c.Side != "none" {
		who += ", " + c.Side
	}
	fmt.Fprintf(w, "  %d. %s  %s (%s)  %s", n, c.ReportedAt, c.Source, who, c.Stance)
	if c.Cites != "" {
		fmt.Fprintf(w, ", citing %s", c.Cites)
	}
	for _, f := range c.Figures {
		fmt.Fprintf(w, "  %s %s %s", f.Outcome, f.Group, f.Figure)
	}
	fmt.Fprintln(w)
	if c.Wording != "" {
		fmt.Fprintf(w, "     [%s] %s\n", c.Language, c.Wording)
	}
}

func (s *summary) writeText(w io.Writer) error {
	if s.AsOf == 0 { // an empty dataset: no claim, so no date
		fmt.Fprintf(w, "%s: %d events, %d period claims\n", s.Source, len(s.Events), len(s.Periods))
	} else {
		fmt.Fprintf(w, "%s, as of %s: %d events, %d period claims\n", s.Source, s.AsOf, len(s.Events), len(s.Periods))
	}
	for _, ev := range s.Events {
		fmt.Fprintf(w, "\n%s  %s (%s)  %s\n", ev.ID, ev.Date, ev.DatePrecision, place(ev.Place))
		fmt.Fprintf(w, "  %s -> %s\n", actor(ev.Perpetrator), actor(ev.Target))
		if ev.EventType != "" {
			fmt.Fprintf(w, "  %s / %s\n", ev.EventType, ev.SubEventType)
		}
		fmt.Fprintln(w, " claims:")
		for i := range ev.Claims {
			ev.Claims[i].writeText(w, i+1)
		}
		fmt.Fprintln(w, " reconciled:")
		for _, a := range ev.Assessments {
			fmt.Fprintf(w, "  %s %s: %s", a.Outcome, a.Group, a.Status)
			if a.Low != nil {
				fmt.Fprintf(w, ", low %d best %d high %s", *a.Low, *a.Best, num(a.High))
			} else {
				fmt.Fprint(w, ", no credible figure")
			}
			if a.ClaimedBy != "" {
				fmt.Fprintf(w, "; claimed %s by %s", a.Claimed, a.ClaimedBy)
			}
			basis := make([]string, len(a.Basis))
			for i, b := range a.Basis {
				basis[i] = strconv.Itoa(b)
			}
			fmt.Fprintf(w, " (claims %s)\n", strings.Join(basis, ", "))
		}
	}
	if len(s.Periods) > 0 {
		fmt.Fprintln(w, "\nperiod claims:")
	}
	for _, p := range s.Periods {
		area := strings.Join(p.Countries, ", ")
		if p.Area != "" {
			area = p.Area + ": " + area
		}
		fmt.Fprintf(w, "\n%s  %s to %s  %s, incidents %s\n", p.ID, p.From, p.To, area, p.Incidents)
		p.Claim.writeText(w, 1)
	}
	return nil
}
