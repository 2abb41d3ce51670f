package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/plot"
	"github.com/bilan-dev/bilan/stats"
)

// Chart is one chart of the report, in its files' forms, with its data.
type Chart struct {
	Name  string // file name without extension
	Title string
	SVG   []byte // the wide drawing, Arabic kept for the browser to shape
	PNG   []byte // the wide drawing at plot.DPI, its text shaped (plot.Shaper)
	CSV   []byte // the data the chart draws
}

// Report is a finished report.
type Report struct {
	HTML []byte
	// Charts are the report's charts, the per-event charts of claims among them
	// (named event-ID-OUTCOME-GROUP).
	Charts []Chart
	// Assessments is assessments.csv: one row per event × outcome × group.
	Assessments []byte
}

// WriteDir writes report.html, assessments.csv and, under charts/, each chart as
// PNG, SVG and CSV.
func (r *Report) WriteDir(dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "charts"), 0o755); err != nil {
		return err
	}
	for _, c := range r.Charts {
		for ext, b := range map[string][]byte{".svg": c.SVG, ".png": c.PNG, ".csv": c.CSV} {
			if b == nil {
				continue
			}
			if err := os.WriteFile(filepath.Join(dir, "charts", c.Name+ext), b, 0o644); err != nil {
				return err
			}
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "assessments.csv"), r.Assessments, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "report.html"), r.HTML, 0o644)
}

// renderGrid draws a grid of plots in a format at a size.
func renderGrid(grid [][]*gplot.Plot, format string, w, h vg.Length) ([]byte, error) {
	var buf bytes.Buffer
	if err := plot.WriteGrid(&buf, grid, format, w, h); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// inlineSVG returns an SVG file's <svg> element, for the page.
func inlineSVG(svg []byte) template.HTML {
	s := string(svg)
	if i := strings.Index(s, "<svg"); i > 0 {
		s = s[i:]
	}
	return template.HTML(s) // drawn by package plot: no user input unescaped
}

func csvBytes(rows [][]string) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.WriteAll(rows) // a bytes.Buffer does not fail
	return buf.Bytes()
}

// Build finishes the report.
func (b *Builder) Build() (*Report, error) {
	l := b.cfg.Lang
	asOf := b.cfg.AsOf
	if asOf == 0 {
		asOf = b.latest
	}
	source := b.cfg.sourceName()
	v := view{Lang: l.String(), Dir: "ltr", Title: b.cfg.Title, Subtitle: b.cfg.Subtitle, Credit: b.cfg.Credit, Source: source}
	if l.RTL() {
		v.Dir = "rtl"
	}
	if v.Title == "" {
		v.Title = tr(l, "Casualty claims and credible figures")
	}
	v.Meta = tr(l, "Data as of %s; series by %s.", l.Date(asOf), l.Word(b.cfg.Period.String()))
	v.SourceLine = tr(l, "Source: %s. As of %s.", source, l.Date(asOf))
	b.headline(&v)

	// Inflation.
	cmps := b.cmps()
	for _, set := range []struct {
		by   string
		rows []stats.Inflation
	}{{"claimant", b.inflation(stats.BySource)}, {"perpetrator", b.inflation(stats.ByClaimedFrom)}} {
		for _, in := range set.rows {
			if in.Events == 0 {
				continue // no event to compare: the message below says so
			}
			r := inflRow{By: tr(l, set.by), Key: mkText(in.Key, ""), Events: l.Int(int64(in.Events)), Ratio: "—", CI: "—"}
			if in.Events > 0 {
				r.Ratio = l.Float(in.Ratio, 2)
			}
			if in.Events >= stats.MinIntervalEvents {
				r.CI = l.Float(in.Low, 2) + " – " + l.Float(in.High, 2)
			}
			v.Inflation = append(v.Inflation, r)
		}
	}
	switch {
	case b.head.partisan == 0 && len(cmps) == 0:
		v.InflEmpty = tr(l, "No partisan claim in the data.")
	default:
		v.InflEmpty = tr(l, "No event has both a partisan claim and a credible figure yet.")
	}

	v.InflIntro = tr(l, "The geometric mean, over events with both, of the claimed toll over the credible Best; the interval is a 95%% t interval on the logs, given from %s events.", l.Int(int64(stats.MinIntervalEvents)))

	// Silence.
	rates := b.rates()
	for _, r := range rates {
		row := silenceRow{Period: r.Label, Side: l.Word(r.Side.String()), Events: l.Int(int64(r.Events)), Silent: l.Int(int64(r.Silent)),
			Rate: l.Percent(r.Rate), Spoke: l.Int(int64(r.Spoke)), Days: "—"}
		if r.Timed > 0 {
			row.Days = l.Float(r.MedianDays, 1)
		}
		v.Silence = append(v.Silence, row)
	}
	if b.parts[partSilence].(*silence).sides == 0 {
		v.SilenceEmpty = tr(l, "The data records no statement by a party to the conflict (a monitor's data, say): silence cannot be measured.")
	} else {
		v.SilenceEmpty = tr(l, "No event involves a side.")
	}

	v.Policy = policy[l%3]
	for _, e := range claims.VagueTable() {
		concept := e.Concept
		if w, ok := vagueWords[concept]; ok && l != plot.English {
			concept = w[(l-1)%2]
		}
		concept = strings.ReplaceAll(concept, "_", " ")
		v.Vague = append(v.Vague, vagueRow{Concept: concept, Interval: "[" + l.Int(e.Min) + ", " + l.Int(e.Max) + "]", Words: e.Words})
	}

	rep := &Report{}
	m := plot.Meta{Source: source, AsOf: asOf, Lang: l}
	for _, c := range charts {
		cv := chartView{Name: c.name, Title: tr(l, c.title)}
		if why := c.empty(b); why != "" {
			cv.Note = tr(l, why)
			v.Charts = append(v.Charts, cv)
			continue
		}
		d, err := b.render(c, m, b.describe(c))
		if errNoData(err) {
			cv.Note = tr(l, "No event has a credible figure, so nothing can be drawn.")
			v.Charts = append(v.Charts, cv)
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("report: chart %s: %w", c.name, err)
		}
		rep.Charts = append(rep.Charts, Chart{Name: c.name, Title: cv.Title, SVG: d.wide, PNG: d.png, CSV: csvBytes(c.table(b))})
		cv.Wide, cv.Narrow = inlineSVG(d.wide), inlineSVG(d.narrow)
		cv.Links = template.HTML(fmt.Sprintf(template.HTMLEscapeString(tr(l, "Also as %s, %s, and its data as %s.")),
			link("charts/"+c.name+".png", "PNG"), link("charts/"+c.name+".svg", "SVG"), link("charts/"+c.name+".csv", "CSV")))
		v.Charts = append(v.Charts, cv)
	}
	if err := b.eventRows(&v, rep, m); err != nil {
		return nil, err
	}
	b.periodRows(&v)
	b.csv.Flush()
	rep.Assessments = append(csvBytes([][]string{assessmentsHeader}), b.rows.Bytes()...)
	v.AssessmentsLine = template.HTML(fmt.Sprintf(template.HTMLEscapeString(tr(l, "Every assessment (event × outcome × group) as %s.")), link("assessments.csv", "assessments.csv")))

	t, err := page.Clone()
	if err != nil {
		return nil, err
	}
	t.Funcs(template.FuncMap{"t": func(s string, args ...any) string { return tr(l, s, args...) }})
	var buf bytes.Buffer
	if err := t.Execute(&buf, v); err != nil {
		return nil, err
	}
	rep.HTML = buf.Bytes()
	return rep, nil
}

func link(href, label string) string {
	return `<a href="` + template.HTMLEscapeString(href) + `">` + template.HTMLEscapeString(label) + `</a>`
}

// headline fills the headline figures: the events; the killed summed over the
// counted statuses, called credible (or confirmed when only confirmed figures are
// counted), with the breakdown by status; the partisan claims; the events with no
// credible figure; the assessments left out by the statuses chosen.
func (b *Builder) headline(v *view) {
	l := b.cfg.Lang
	h := &b.head
	v.Headline = append(v.Headline, figureView{N: l.Int(int64(b.events)), Label: tr(l, "events")})
	what := "credible"
	if b.cfg.Statuses == claims.StatusSet(0).With(claims.Confirmed) {
		what = "confirmed"
	}
	killed := figureView{N: "—", Label: tr(l, "%s killed, Low – Best – High", tr(l, what))}
	if h.all.n > 0 {
		killed.N = l.Int(h.all.low) + " – " + l.Int(h.all.best) + " – " + l.Int(h.all.high)
	}
	var counted []string
	for _, s := range claims.Statuses() {
		if b.policy().Counts(s) {
			counted = append(counted, l.Word(s.String()))
		}
		t := h.byStatus[s%16]
		if t.n == 0 {
			continue
		}
		killed.Parts = append(killed.Parts, tr(l, "%s: %s (events: %s)", l.Word(s.String()), l.Int(t.low)+" – "+l.Int(t.best)+" – "+l.Int(t.high), l.Int(int64(t.n))))
	}
	if h.partial > 0 {
		killed.Parts = append(killed.Parts, tr(l, "events with some groups' figures unknown: %s (their sums are floors)", l.Int(int64(h.partial))))
	}
	v.Headline = append(v.Headline, killed)
	sep := ", "
	if l.RTL() {
		sep = "، "
	}
	if b.cfg.Statuses == 0 {
		v.Counted = tr(l, "The credible figures of every status are summed; assessments with none (claimed only, pending) are counted apart, never as zero.")
	} else {
		v.Counted = tr(l, "Summed over the assessments whose status is %s.", strings.Join(counted, sep))
	}
	if h.claimedEvents > 0 {
		v.Headline = append(v.Headline, figureView{N: l.Int(h.claimed), Label: tr(l, "killed claimed by the parties (events: %s)", l.Int(int64(h.claimedEvents)))})
	} else {
		v.Headline = append(v.Headline, figureView{N: "—", Label: tr(l, "no partisan claim in the data")})
	}
	noFigure := "events with no credible figure (not counted as zero)"
	if b.cfg.Statuses != 0 {
		noFigure = "events with no figure of the statuses counted (not counted as zero)"
	}
	v.Headline = append(v.Headline, figureView{N: l.Int(int64(h.unknown)), Label: tr(l, noFigure)})
	if h.left > 0 {
		v.Headline = append(v.Headline, figureView{N: l.Int(int64(h.left)), Label: tr(l, "killed figures left out by the statuses chosen (%s)", strings.Join(counted, sep))})
	}
}

// mkText marks a piece of the data's text with its direction: right to left when
// it holds Arabic letters. lang is its language when known.
func mkText(s, lang string) text {
	t := text{S: s, Dir: "ltr", Lang: lang}
	if strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) {
		t.Dir = "rtl"
		if t.Lang == "" {
			t.Lang = "ar"
		}
	}
	return t
}

func (b *Builder) eventRows(v *view, rep *Report, m plot.Meta) error {
	l := b.cfg.Lang
	list := slices.Clone(b.top)
	whole := b.events <= b.cfg.maxEvents()
	if whole {
		slices.SortFunc(list, func(x, y listed) int {
			if x.e.Date != y.e.Date {
				return int(x.e.Date) - int(y.e.Date)
			}
			return x.seq - y.seq
		})
		v.EventsIntro = tr(l, "All events (%s), by date.", l.Int(int64(len(list))))
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
		v.EventsIntro = tr(l, "The %s most lethal of %s events, by credible Best, then by claimed.", l.Int(int64(len(list))), l.Int(int64(b.events)))
	}
	chartsLeft := b.cfg.claimCharts()
	for _, it := range list {
		e := &it.e
		r := eventRow{ID: e.ID, Date: l.Date(e.Date) + " (" + l.Word(e.DatePrecision.String()) + ")",
			Place: mkText(PlaceText(e.Place), ""), Actors: mkText(ActorText(e.Perpetrator, l)+" → "+ActorText(e.Target, l), ""),
			Notes: mkText(e.Summary, "")}
		for _, k := range extraShown {
			if s := e.Extra[k]; s != "" {
				r.Extra = append(r.Extra, labelled{Label: extraLabels[k][l%3], Text: mkText(s, "")})
			}
		}
		for i, c := range e.Claims {
			cr := claimRow{N: l.Int(int64(i + 1)), Date: l.Date(c.ReportedAt), Source: mkText(c.Source.Name, ""), Kind: l.Word(c.Source.Kind.String()),
				Stance: l.Word(c.Stance.String()), Wording: mkText(c.Wording, c.Language), Note: mkText(c.Note, ""),
				Sources: mkText(strings.Join(c.Sources, "; "), "")}
			if c.Cites != nil {
				cr.Cites = mkText(c.Cites.Name, "")
			}
			var figs []string
			for _, f := range c.Figures {
				figs = append(figs, l.Word(f.Group.String())+" "+l.Word(f.Outcome.String())+": "+figureText(f.Figure, l))
			}
			cr.Figures = strings.Join(figs, "; ")
			r.Claims = append(r.Claims, cr)
		}
		for _, a := range it.as {
			ok := b.policy().Counts(a.Status)
			ar := assessRow{What: l.Word(a.Group.String()) + " " + l.Word(a.Outcome.String()), Status: l.Word(a.Status.String()), Class: a.Status.String(), Claimed: "—", Counted: ok}
			if !ok {
				ar.NotCounted = tr(l, "not counted")
			}
			if a.Estimate.IsKnown() {
				ar.Figure = l.Int(a.Estimate.Min) + " – " + l.Int(a.Estimate.Best) + " – " + l.Int(a.Estimate.Max)
			} else {
				ar.Figure = tr(l, "no credible figure")
			}
			if a.ClaimedBy.Name != "" {
				ar.Claimed = tr(l, "%s by %s", figureText(a.Claimed, l), a.ClaimedBy.Name)
			}
			r.Assessments = append(r.Assessments, ar)
			if chartsLeft > 0 && plot.EventClaimRows(e, a) >= 2 {
				svg, c, err := b.claimsChart(e, a, m)
				if err != nil {
					return err
				}
				r.Charts = append(r.Charts, svg)
				rep.Charts = append(rep.Charts, c)
			}
		}
		if len(r.Charts) > 0 {
			chartsLeft--
		}
		v.EventRows = append(v.EventRows, r)
	}
	return nil
}

// claimsChart draws what each source said about one assessment of an event: inline
// SVG for the page (narrow, which reads at every width) and the chart's files.
func (b *Builder) claimsChart(e *claims.Event, a claims.Assessment, m plot.Meta) (template.HTML, Chart, error) {
	l := b.cfg.Lang
	name := fileName("event-" + e.ID + "-" + a.Outcome.String() + "-" + a.Group.String())
	rows := plot.EventClaimRows(e, a)
	h := plot.EventClaimsHeight(rows)
	title := tr(l, "What each source said") + ": " + e.ID
	desc := tr(l, "%s, chart of %s", b.cfg.sourceName(), title)
	var svg, wide, png []byte
	for _, f := range []struct {
		out    *[]byte
		format string
		w      vg.Length
		shape  bool
	}{{&svg, "svg", narrowW, false}, {&wide, "svg", wideW, false}, {&png, "png", wideW, true}} {
		mm := m
		mm.Width, mm.Shape = f.w, f.shape
		p, err := plot.EventClaims(e, a, mm)
		if err != nil {
			return "", Chart{}, fmt.Errorf("report: event %s: %w", e.ID, err)
		}
		out, err := renderGrid([][]*gplot.Plot{{p}}, f.format, f.w, h+plot.LegendHeight(p))
		if err != nil {
			return "", Chart{}, err
		}
		*f.out = out
	}
	svg = plot.Describe(svg, title, desc)
	wide = plot.Describe(wide, title, desc)
	t := [][]string{{"claim", "source", "kind", "stance", "low", "high", "best"}}
	for i, c := range e.Claims {
		f, ok := c.Figure(a.Outcome, a.Group)
		row := []string{fmt.Sprint(i + 1), c.Source.Name, c.Source.Kind.String(), c.Stance.String(), "", "", ""}
		if ok && f.IsKnown() {
			row[4], row[5] = csvNum(f.Min), csvNum(f.Max)
			if p, ok := f.Point(claims.Stated); ok {
				row[6] = fmt.Sprint(p)
			}
		}
		t = append(t, row)
	}
	if a.Estimate.IsKnown() {
		t = append(t, []string{"reconciled", "", "", a.Status.String(), csvNum(a.Estimate.Min), csvNum(a.Estimate.Max), csvNum(a.Estimate.Best)})
	}
	return inlineSVG(svg), Chart{Name: name, Title: title, SVG: wide, PNG: png, CSV: csvBytes(t)}, nil
}

// fileName keeps letters, digits, '-' and '_' of s, so that an event's ID makes a
// safe file name.
func fileName(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, s)
}

// figureText writes a figure for a reader: its stated text (claims.Figure's
// String) with the language's digits.
func figureText(f claims.Figure, l plot.Lang) string {
	switch {
	case !f.IsKnown():
		return "—"
	case f.Min == f.Max:
		return l.Int(f.Min)
	case f.Max == claims.Inf:
		return "≥ " + l.Int(f.Min)
	}
	s := l.Int(f.Min) + "–" + l.Int(f.Max)
	if f.Word != "" {
		s = f.Word + " [" + s + "]"
	}
	return s
}

func (b *Builder) periodRows(v *view) {
	l := b.cfg.Lang
	if len(b.periods) == 0 {
		return
	}
	var checks []stats.PeriodCheck
	if b.events <= b.cfg.maxEvents() {
		d := &claims.Dataset{Periods: b.periods}
		for _, it := range b.top {
			d.Events = append(d.Events, it.e)
		}
		checks = stats.CheckPeriods(d, b.policy())
	}
	for _, p := range b.periods {
		for _, f := range p.Claim.Figures {
			r := periodRow{ID: p.ID, Span: l.Date(p.From) + " – " + l.Date(p.To), Area: mkText(strings.Join(p.Area.Countries, ", "), ""),
				Claim: l.Word(f.Group.String()) + " " + l.Word(f.Outcome.String()) + ": " + figureText(f.Figure, l), By: mkText(p.Claim.Source.Name, ""),
				Wording: mkText(p.Claim.Wording, p.Claim.Language), Events: "—"}
			for _, c := range checks {
				if c.ID == p.ID && c.Outcome == f.Outcome && c.Group == f.Group {
					r.Events = tr(l, "events: %s", l.Int(int64(c.Events)))
					if c.Confirmed.IsKnown() {
						r.Events += ", " + tr(l, "credible %s", l.Int(c.Confirmed.Min)+" – "+l.Int(c.Confirmed.Best)+" – "+l.Int(c.Confirmed.Max))
					}
				}
			}
			v.Periods = append(v.Periods, r)
		}
	}
}

// PlaceText writes a place as a reader reads it: locality, admin2, admin1 and
// country, each once, from the most precise. The bilan command's summary can write
// its places with it, adding the precision.
func PlaceText(p claims.Place) string {
	var parts []string
	for _, s := range []string{p.Locality, p.Admin2, p.Admin1, p.Country} {
		if s != "" && !slices.Contains(parts, s) {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// ActorText writes an actor as a reader reads it, in l: its name, with its
// associated actors; "(not named)" when it has no name. The bilan command's summary
// can write its actors with it (plot.English), adding the actor's type.
func ActorText(a claims.Actor, l plot.Lang) string {
	if a.Name == "" {
		return tr(l, "(not named)")
	}
	if len(a.Associated) > 0 {
		return tr(l, "%s with %s", a.Name, strings.Join(a.Associated, ", "))
	}
	return a.Name
}
