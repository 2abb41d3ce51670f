package report

import (
	"bytes"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	gplot "gonum.org/v1/plot"

	"github.com/bilan-dev/bilan/claims"
	bplot "github.com/bilan-dev/bilan/plot"
	"github.com/bilan-dev/bilan/stats"
)

// Chart is one chart of the report, in both forms.
type Chart struct {
	Name  string // file name without extension
	Title string
	SVG   []byte // Arabic kept, for the browser to shape
	PNG   []byte // Arabic romanised (plot.Latin)
}

// Report is a finished report.
type Report struct {
	HTML   []byte
	Charts []Chart
}

// WriteDir writes report.html and, under charts/, each chart as PNG and SVG.
func (r *Report) WriteDir(dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "charts"), 0o755); err != nil {
		return err
	}
	for _, c := range r.Charts {
		if err := os.WriteFile(filepath.Join(dir, "charts", c.Name+".svg"), c.SVG, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "charts", c.Name+".png"), c.PNG, 0o644); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(dir, "report.html"), r.HTML, 0o644)
}

// render draws a grid of plots in a format.
func render(grid [][]*gplot.Plot, format string) ([]byte, error) {
	var buf bytes.Buffer
	if err := bplot.WriteGrid(&buf, grid, format, 0, 0); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Build finishes the report.
func (b *Builder) Build() (*Report, error) {
	asOf := b.cfg.AsOf
	if asOf == 0 {
		asOf = b.latest
	}
	source := b.cfg.Source
	if source == "" {
		source = "bilan dataset"
	}
	v := view{Source: source, AsOf: asOf.String(), Period: b.period.String(), Events: b.events}

	total := b.total.Series()
	if len(total) > 0 {
		for _, p := range total[0].Points {
			v.Unknown += p.Unknown
			v.Low += p.Low
			v.Best += p.Best
			v.High = satAdd(v.High, p.High)
			v.Claimed += p.Claimed
			v.ClaimedEvents += p.ClaimedEvents
		}
	}
	v.HighText = num(v.High)
	infl := stats.Inflate(b.cmps, stats.InflationConfig{})
	inflPerp := stats.Inflate(b.cmps, stats.InflationConfig{By: stats.ByClaimedFrom})
	for _, set := range []struct {
		by   string
		rows []stats.Inflation
	}{{"claimant", infl}, {"perpetrator", inflPerp}} {
		for _, in := range set.rows {
			r := inflRow{By: set.by, Key: in.Key, Events: in.Events}
			if in.Events > 0 {
				r.Ratio = fmt.Sprintf("%.2f", in.Ratio)
			}
			if in.Events >= stats.MinIntervalEvents {
				r.CI = fmt.Sprintf("%.2f–%.2f", in.Low, in.High)
			}
			v.Inflation = append(v.Inflation, r)
		}
	}
	var rates []stats.SilenceRate
	if b.sides > 0 {
		rates = b.silence.Rates()
	}
	v.NoSides = b.sides == 0
	for _, r := range rates {
		row := silenceRow{Period: r.Label, Side: r.Side.String(), Events: r.Events, Silent: r.Silent, Rate: fmt.Sprintf("%.0f%%", 100*r.Rate), Spoke: r.Spoke}
		if r.Timed > 0 {
			row.Days = fmt.Sprintf("%.1f", r.MedianDays)
		}
		v.Silence = append(v.Silence, row)
	}
	v.Policy = policyText
	for _, e := range claims.VagueTable() {
		v.Vague = append(v.Vague, vagueRow{e.Concept, fmt.Sprint(e.Min), num(e.Max), e.Words})
	}
	b.eventRows(&v)
	b.periodRows(&v)

	// Charts.
	byKey := b.byKey.FilledSeries()
	slices.SortStableFunc(byKey, func(x, y stats.Series) int { return int(sumBest(y) - sumBest(x)) })
	if len(byKey) > 9 {
		byKey = byKey[:9]
	}
	comp := b.cmps
	both := 0
	for _, c := range comp {
		if _, ok := c.Claimed.Point(claims.Conservative); ok && c.Confirmed.IsKnown() && c.Confirmed.Best > 0 {
			both++
		}
	}
	// empty says why a chart is left out, or "" to draw it.
	empty := map[string]string{}
	if b.events == 0 {
		for _, n := range []string{"confirmed", "countries", "stacked", "new_areas", "statuses"} {
			empty[n] = "No event in the data."
		}
	}
	if both == 0 {
		empty["claimed_confirmed"] = "No event has both a partisan claim and a confirmed figure yet."
		empty["parity"] = empty["claimed_confirmed"]
	}
	switch {
	case b.sides == 0:
		empty["silence"] = "The data records no statement by a party to the conflict (a monitor's data, say), so silence cannot be measured."
	case len(rates) == 0:
		empty["silence"] = "No event involves a side."
	}
	specs := []struct {
		name, title string
		draw        func(m bplot.Meta) [][]*gplot.Plot
	}{
		{"confirmed", "Confirmed killed over time, with the highest partisan claims", func(m bplot.Meta) [][]*gplot.Plot {
			s := stats.Series{Key: "All events"}
			if len(total) > 0 {
				s = total[0]
				s.Key = "All events"
			}
			return [][]*gplot.Plot{{bplot.Confirmed(s, b.period, "killed", true, m)}}
		}},
		{"claimed_confirmed", "Claimed against confirmed, by claimant", func(m bplot.Meta) [][]*gplot.Plot {
			return [][]*gplot.Plot{{bplot.ClaimedConfirmed(comp, infl, stats.BySource, m)}}
		}},
		{"parity", "Claimed against confirmed, per event", func(m bplot.Meta) [][]*gplot.Plot {
			return [][]*gplot.Plot{{bplot.Parity(comp, m)}}
		}},
		{"silence", "Silence rate per side", func(m bplot.Meta) [][]*gplot.Plot {
			return [][]*gplot.Plot{{bplot.Silence(rates, b.period, m)}}
		}},
		{"countries", "Confirmed killed by country", func(m bplot.Meta) [][]*gplot.Plot {
			return bplot.SmallMultiples(byKey, b.period, "killed", 2, m)
		}},
		{"stacked", "Confirmed killed by country, stacked", func(m bplot.Meta) [][]*gplot.Plot {
			return [][]*gplot.Plot{{bplot.Stacked(byKey, b.period, "killed", m)}}
		}},
		{"new_areas", "Areas reached for the first time", func(m bplot.Meta) [][]*gplot.Plot {
			return [][]*gplot.Plot{{bplot.NewAreas(b.areas.Spread(), b.period, m)}}
		}},
		{"statuses", "Status of the figures", func(m bplot.Meta) [][]*gplot.Plot {
			return [][]*gplot.Plot{{bplot.Statuses(b.statuses.Counts(), b.period, m)}}
		}},
	}
	rep := &Report{}
	for _, sp := range specs {
		if why := empty[sp.name]; why != "" {
			v.Charts = append(v.Charts, chartView{Name: sp.name, Title: sp.title, Note: why})
			continue
		}
		svg, err := render(sp.draw(bplot.Meta{Source: source, AsOf: asOf}), "svg")
		if err != nil {
			return nil, err
		}
		png, err := render(sp.draw(bplot.Meta{Source: source, AsOf: asOf, Latin: true}), "png")
		if err != nil {
			return nil, err
		}
		rep.Charts = append(rep.Charts, Chart{Name: sp.name, Title: sp.title, SVG: svg, PNG: png})
		inline := string(svg)
		if i := strings.Index(inline, "<svg"); i > 0 {
			inline = inline[i:]
		}
		v.Charts = append(v.Charts, chartView{Name: sp.name, Title: sp.title, SVG: template.HTML(inline)})
	}
	var buf bytes.Buffer
	if err := page.Execute(&buf, v); err != nil {
		return nil, err
	}
	rep.HTML = buf.Bytes()
	return rep, nil
}

func sumBest(s stats.Series) int64 {
	var t int64
	for _, p := range s.Points {
		t += p.Best
	}
	return t
}

func satAdd(a, b int64) int64 {
	if a == claims.Inf || b == claims.Inf || a > claims.Inf-b {
		return claims.Inf
	}
	return a + b
}

func num(x int64) string {
	if x == claims.Inf {
		return "∞"
	}
	return fmt.Sprint(x)
}

// text is a piece of text with its direction: Arabic is set right to left.
type text struct {
	S   string
	RTL bool
}

func mkText(s string) text {
	return text{S: s, RTL: strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) })}
}

func (b *Builder) eventRows(v *view) {
	list := slices.Clone(b.top)
	whole := b.events <= b.cfg.maxEvents()
	if whole {
		slices.SortFunc(list, func(x, y listed) int {
			if x.e.Date != y.e.Date {
				return int(x.e.Date) - int(y.e.Date)
			}
			return x.seq - y.seq
		})
	} else {
		slices.SortFunc(list, func(x, y listed) int {
			if lessListed(y, x) {
				return -1
			}
			if lessListed(x, y) {
				return 1
			}
			return 0
		})
	}
	v.EventsListed, v.EventsWhole = len(list), whole
	for _, l := range list {
		e := &l.e
		r := eventRow{ID: e.ID, Date: e.Date.String() + " (" + e.DatePrecision.String() + ")",
			Place: mkText(placeText(e.Place)), Actors: mkText(actorText(e.Perpetrator) + " → " + actorText(e.Target))}
		for i, c := range e.Claims {
			cr := claimRow{N: i + 1, Date: c.ReportedAt.String(), Source: mkText(c.Source.Name), Kind: c.Source.Kind.String(), Stance: c.Stance.String(), Wording: mkText(c.Wording)}
			var figs []string
			for _, f := range c.Figures {
				figs = append(figs, fmt.Sprintf("%s %s %s", f.Outcome, f.Group, f.Figure))
			}
			cr.Figures = strings.Join(figs, "; ")
			r.Claims = append(r.Claims, cr)
		}
		for _, a := range l.as {
			ar := assessRow{What: a.Outcome.String() + " " + a.Group.String(), Status: a.Status.String(), Claimed: "—"}
			if a.Estimate.IsKnown() {
				ar.Figure = fmt.Sprintf("%d – %d – %s", a.Estimate.Min, a.Estimate.Best, num(a.Estimate.Max))
			} else {
				ar.Figure = "no credible figure"
			}
			if a.ClaimedBy.Name != "" {
				ar.Claimed = a.Claimed.String() + " by " + a.ClaimedBy.Name
			}
			r.Assessments = append(r.Assessments, ar)
		}
		v.EventRows = append(v.EventRows, r)
	}
}

func (b *Builder) periodRows(v *view) {
	if len(b.periods) == 0 {
		return
	}
	var checks []stats.PeriodCheck
	if b.events <= b.cfg.maxEvents() {
		d := &claims.Dataset{Periods: b.periods}
		for _, l := range b.top {
			d.Events = append(d.Events, l.e)
		}
		checks = stats.CheckPeriods(d, claims.Policy{})
	}
	for _, p := range b.periods {
		for _, f := range p.Claim.Figures {
			r := periodRow{ID: p.ID, Span: p.From.String() + " – " + p.To.String(), Area: mkText(strings.Join(p.Area.Countries, ", ")),
				Claim: fmt.Sprintf("%s %s %s", f.Outcome, f.Group, f.Figure), By: mkText(p.Claim.Source.Name), Wording: mkText(p.Claim.Wording), Events: "—"}
			for _, c := range checks {
				if c.ID == p.ID && c.Outcome == f.Outcome && c.Group == f.Group {
					r.Events = fmt.Sprintf("%d events", c.Events)
					if c.Confirmed.IsKnown() {
						r.Events += fmt.Sprintf(", confirmed %d – %d – %s", c.Confirmed.Min, c.Confirmed.Best, num(c.Confirmed.Max))
					}
				}
			}
			v.Periods = append(v.Periods, r)
		}
	}
}

func placeText(p claims.Place) string {
	var parts []string
	for _, s := range []string{p.Locality, p.Admin1, p.Country} {
		if s != "" && !slices.Contains(parts, s) {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

func actorText(a claims.Actor) string {
	if a.Name == "" {
		return "(not named)"
	}
	if len(a.Associated) > 0 {
		return a.Name + " with " + strings.Join(a.Associated, ", ")
	}
	return a.Name
}
