package report

import "html/template"

// view is what the page template shows; every string in it is already in the
// report's language.
type view struct {
	Lang, Dir                string
	Title, Subtitle, Credit  string
	Meta, Source, SourceLine string
	Headline                 []figureView
	Counted                  string
	Charts                   []chartView
	AssessmentsLine          template.HTML
	EventsIntro              string
	EventRows                []eventRow
	Periods                  []periodRow
	InflIntro                string
	Inflation                []inflRow
	InflEmpty                string
	Silence                  []silenceRow
	SilenceEmpty             string
	Policy                   []string
	Vague                    []vagueRow
}

// figureView is one headline figure: the number, what it is, and its breakdown.
type figureView struct {
	N, Label string
	Parts    []string
}

type chartView struct {
	Name, Title  string
	Wide, Narrow template.HTML // drawn by package plot, not user input
	Links        template.HTML
	Note         string // why the chart is left out, when it is
}

// text is a piece of the data's text with its direction and language: Arabic is set
// right to left, other scripts left to right, whatever the page's direction.
type text struct {
	S, Dir, Lang string
}

type eventRow struct {
	ID, Date      string
	Place, Actors text
	Notes         text
	Extra         []labelled
	Claims        []claimRow
	Assessments   []assessRow
	Charts        []template.HTML // drawn by package plot
}

type labelled struct {
	Label string
	Text  text
}

type claimRow struct {
	N, Date, Kind, Stance string
	Source, Wording, Note text
	Sources, Cites        text
	Figures               string
}

type assessRow struct {
	What, Status, Class, Figure, Claimed string
	Counted                              bool
	NotCounted                           string
}

type periodRow struct {
	ID, Span, Claim, Events string
	Area, By, Wording       text
}

type inflRow struct {
	By, Events, Ratio, CI string
	Key                   text
}

type silenceRow struct {
	Period, Side, Events, Silent, Rate, Spoke, Days string
}

type vagueRow struct {
	Concept, Interval string
	Words             []string
}

// css lays the page out from 360 to 1440 CSS pixels without horizontal scrolling:
// tables scroll inside their own box, charts come in a wide and a narrow drawing
// chosen by the viewport's width, and cells of right-to-left text are aligned
// right whatever the page's direction.
const css = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; margin: 0 auto; max-width: 64rem; color: #111; line-height: 1.45; padding: 0 12px 2em; overflow-wrap: break-word; }
html[dir="rtl"] body { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", Arial, sans-serif; }
h1 { font-size: 1.6em; margin: 0.8em 0 0.2em; line-height: 1.2; }
h2 { font-size: 1.25em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
h3 { font-size: 1.05em; margin-bottom: 0.3em; }
.subtitle { font-size: 1.1em; color: #333; margin: 0.2em 0; }
.meta { color: #555; }
.headline { display: flex; flex-wrap: wrap; gap: 0.8em; }
.figure { border: 1px solid #ddd; padding: 0.6em 0.8em; flex: 1 1 14em; min-width: 0; }
.figure .n { font-size: 1.5em; font-weight: bold; }
.figure ul { margin: 0.3em 0 0; padding-inline-start: 1.1em; font-size: 0.92em; color: #333; }
.scroll { overflow-x: auto; max-width: 100%; margin: 0.6em 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
th, td { border: 1px solid #ddd; padding: 0.25em 0.5em; text-align: start; vertical-align: top; overflow-wrap: break-word; }
table.many { min-width: 40rem; } /* many columns: scroll in their box rather than break words */
th { background: #f4f4f4; }
html[dir="rtl"] th, html[dir="rtl"] td, html[dir] [dir="rtl"], html[dir] td[dir="rtl"] { text-align: right; }
html[dir] td[dir="ltr"], html[dir] [dir="ltr"] { text-align: left; }
figure { margin: 1em 0; }
figure svg { width: 100%; height: auto; display: block; }
svg { direction: ltr; } /* package plot places each text from its left end */
svg text { unicode-bidi: plaintext; } /* each label orders its runs by its own first letter */
figcaption { color: #555; font-size: 0.9em; }
@media (max-width: 719.98px) { .wide { display: none; } }
@media (min-width: 720px) { .narrow { display: none; } }
.claims-chart svg { width: 100%; max-width: 34rem; height: auto; display: block; }
[lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", Arial, sans-serif; }
.event { margin: 1.2em 0; border-inline-start: 3px solid #0072B2; padding-inline-start: 0.8em; }
.notes { font-size: 0.95em; color: #333; }
.status-confirmed { color: #0072B2; } .status-contested { color: #A0527D; } .status-claimed_only { color: #B04A00; }
.not-counted { color: #777; font-style: italic; }
footer { margin-top: 2em; }
`

// page is the report's template; "t" translates a page word (set per report).
var page = template.Must(template.New("report").Funcs(template.FuncMap{"t": func(s string, _ ...any) string { return s }}).Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}" dir="{{.Dir}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>` + css + `</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
{{if .Subtitle}}<p class="subtitle">{{.Subtitle}}</p>
{{end}}<p class="meta">{{.Meta}} {{t "Made with bilan."}}</p>
</header>

<section id="headline">
<h2>{{t "Headline figures"}}</h2>
<div class="headline">
{{range .Headline}}<div class="figure"><div class="n">{{.N}}</div>{{.Label}}{{if .Parts}}<ul>{{range .Parts}}<li>{{.}}</li>{{end}}</ul>{{end}}</div>
{{end}}</div>
<p class="meta">{{.Counted}}</p>
</section>

<section id="charts">
<h2>{{t "Charts"}}</h2>
{{range .Charts}}{{if .Note}}<p id="chart-{{.Name}}" class="meta">{{t "%s: no chart. %s" .Title .Note}}</p>
{{else}}<figure id="chart-{{.Name}}">
<div class="wide">{{.Wide}}</div>
<div class="narrow">{{.Narrow}}</div>
<figcaption>{{.Title}}. {{.Links}}</figcaption>
</figure>
{{end}}{{end}}</section>

<section id="events">
<h2>{{t "Events and their claims"}}</h2>
<p>{{.EventsIntro}} {{.AssessmentsLine}}</p>
{{range .EventRows}}<div class="event" id="event-{{.ID}}">
<h3>{{.ID}}, {{.Date}}</h3>
<p><span dir="{{.Place.Dir}}"{{if .Place.Lang}} lang="{{.Place.Lang}}"{{end}}>{{.Place.S}}</span>. <span dir="{{.Actors.Dir}}"{{if .Actors.Lang}} lang="{{.Actors.Lang}}"{{end}}>{{.Actors.S}}</span></p>
{{if .Notes.S}}<p class="notes"><strong>{{t "Notes"}}:</strong> <span dir="{{.Notes.Dir}}"{{if .Notes.Lang}} lang="{{.Notes.Lang}}"{{end}}>{{.Notes.S}}</span></p>
{{end}}{{range .Extra}}<p class="notes"><strong>{{.Label}}:</strong> <span dir="{{.Text.Dir}}"{{if .Text.Lang}} lang="{{.Text.Lang}}"{{end}}>{{.Text.S}}</span></p>
{{end}}<div class="scroll"><table class="many">
<tr><th>{{t "#"}}</th><th>{{t "reported"}}</th><th>{{t "source"}}</th><th>{{t "kind"}}</th><th>{{t "stance"}}</th><th>{{t "figures"}}</th><th>{{t "wording"}}</th><th>{{t "Sources"}}</th></tr>
{{range .Claims}}<tr><td>{{.N}}</td><td>{{.Date}}</td><td dir="{{.Source.Dir}}"{{if .Source.Lang}} lang="{{.Source.Lang}}"{{end}}>{{.Source.S}}{{if .Cites.S}} ({{t "cites"}} <span dir="{{.Cites.Dir}}"{{if .Cites.Lang}} lang="{{.Cites.Lang}}"{{end}}>{{.Cites.S}}</span>){{end}}</td><td>{{.Kind}}</td><td>{{.Stance}}</td><td>{{.Figures}}</td><td dir="{{.Wording.Dir}}"{{if .Wording.Lang}} lang="{{.Wording.Lang}}"{{end}}>{{.Wording.S}}{{if .Note.S}} <span class="notes" dir="{{.Note.Dir}}"{{if .Note.Lang}} lang="{{.Note.Lang}}"{{end}}>({{.Note.S}})</span>{{end}}</td><td dir="{{.Sources.Dir}}"{{if .Sources.Lang}} lang="{{.Sources.Lang}}"{{end}}>{{.Sources.S}}</td></tr>
{{end}}</table></div>
<div class="scroll"><table>
<tr><th>{{t "outcome and group"}}</th><th>{{t "status"}}</th><th>{{t "Low – Best – High"}}</th><th>{{t "highest partisan claim"}}</th></tr>
{{range .Assessments}}<tr{{if not .Counted}} class="not-counted"{{end}}><td>{{.What}}</td><td class="status-{{.Class}}">{{.Status}}{{if .NotCounted}} ({{.NotCounted}}){{end}}</td><td>{{.Figure}}</td><td>{{.Claimed}}</td></tr>
{{end}}</table></div>
{{range .Charts}}<div class="claims-chart">{{.}}</div>
{{end}}</div>
{{end}}{{if .Periods}}<h3>{{t "Claims about periods"}}</h3>
<div class="scroll"><table class="many">
<tr><th>{{t "claim"}}</th><th>{{t "period"}}</th><th>{{t "area"}}</th><th>{{t "figure"}}</th><th>{{t "by"}}</th><th>{{t "the events of the data"}}</th><th>{{t "wording"}}</th></tr>
{{range .Periods}}<tr><td>{{.ID}}</td><td>{{.Span}}</td><td dir="{{.Area.Dir}}"{{if .Area.Lang}} lang="{{.Area.Lang}}"{{end}}>{{.Area.S}}</td><td>{{.Claim}}</td><td dir="{{.By.Dir}}"{{if .By.Lang}} lang="{{.By.Lang}}"{{end}}>{{.By.S}}</td><td>{{.Events}}</td><td dir="{{.Wording.Dir}}"{{if .Wording.Lang}} lang="{{.Wording.Lang}}"{{end}}>{{.Wording.S}}</td></tr>
{{end}}</table></div>
{{end}}</section>

<section id="inflation">
<h2>{{t "Claim inflation"}}</h2>
<p>{{.InflIntro}}</p>
{{if .Inflation}}<div class="scroll"><table>
<tr><th>{{t "by"}}</th><th>{{t "who"}}</th><th>{{t "events"}}</th><th>{{t "claimed / credible"}}</th><th>{{t "95% interval"}}</th></tr>
{{range .Inflation}}<tr><td>{{.By}}</td><td dir="{{.Key.Dir}}"{{if .Key.Lang}} lang="{{.Key.Lang}}"{{end}}>{{.Key.S}}</td><td>{{.Events}}</td><td>{{.Ratio}}</td><td>{{.CI}}</td></tr>
{{end}}</table></div>{{else}}<p>{{.InflEmpty}}</p>{{end}}
</section>

<section id="silence">
<h2>{{t "Silence"}}</h2>
<p>{{t "Per period and side, the events involving the side on which it had made no statement by the period's end."}}</p>
{{if .Silence}}<div class="scroll"><table class="many">
<tr><th>{{t "period"}}</th><th>{{t "side"}}</th><th>{{t "events"}}</th><th>{{t "silent"}}</th><th>{{t "rate"}}</th><th>{{t "spoke at all"}}</th><th>{{t "median days to first statement"}}</th></tr>
{{range .Silence}}<tr><td>{{.Period}}</td><td>{{.Side}}</td><td>{{.Events}}</td><td>{{.Silent}}</td><td>{{.Rate}}</td><td>{{.Spoke}}</td><td>{{.Days}}</td></tr>
{{end}}</table></div>{{else}}<p>{{.SilenceEmpty}}</p>{{end}}
</section>

<section id="method">
<h2>{{t "Method"}}</h2>
<h3>{{t "From claims to credible figures"}}</h3>
<ul>
{{range .Policy}}<li>{{.}}</li>
{{end}}</ul>
<h3>{{t "Vague words"}}</h3>
<p>{{t "A figure is an interval. Vague words take ACLED's conservative code as their floor and stop before the next order of magnitude:"}}</p>
<div class="scroll"><table>
<tr><th>{{t "concept"}}</th><th>{{t "interval"}}</th><th>{{t "words"}}</th></tr>
{{range .Vague}}<tr><td>{{.Concept}}</td><td>{{.Interval}}</td><td>{{range $i, $w := .Words}}{{if $i}}, {{end}}<span lang="mul" dir="auto">{{$w}}</span>{{end}}</td></tr>
{{end}}</table></div>
</section>

<footer id="source">
<h2>{{t "Data"}}</h2>
<p>{{.SourceLine}}</p>
{{if .Credit}}<p>{{t "Credit: %s" .Credit}}</p>
{{end}}</footer>
</body>
</html>
`))
