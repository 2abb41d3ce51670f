package report

import "html/template"

// view is what the page template shows.
type view struct {
	Source, AsOf, Period string
	Events, Unknown      int
	Low, Best, High      int64
	HighText             string
	Claimed              int64
	ClaimedEvents        int
	Charts               []chartView
	EventRows            []eventRow
	EventsListed         int
	EventsWhole          bool
	Periods              []periodRow
	Inflation            []inflRow
	Silence              []silenceRow
	NoSides              bool
	Policy               []string
	Vague                []vagueRow
}

type chartView struct {
	Name, Title string
	SVG         template.HTML // drawn by package plot, not user input
	Note        string        // why the chart is left out, when it is
}

type eventRow struct {
	ID, Date      string
	Place, Actors text
	Claims        []claimRow
	Assessments   []assessRow
}

type claimRow struct {
	N                  int
	Date, Kind, Stance string
	Source, Wording    text
	Figures            string
}

type assessRow struct{ What, Status, Figure, Claimed string }

type periodRow struct {
	ID, Span, Claim, Events string
	Area, By, Wording       text
}

type inflRow struct {
	By, Key, Ratio, CI string
	Events             int
}

type silenceRow struct {
	Period, Side, Rate, Days string
	Events, Silent, Spoke    int
}

type vagueRow struct {
	Concept, Min, Max string
	Words             []string
}

// policyText is the reconciliation policy in words, as claims' package
// documentation states it.
var policyText = []string{
	"Every statement is kept as its own claim: the militant group's, local and security sources', the army's communiqué or its silence, media reports. Silence is recorded as a claim dated the day it was observed.",
	"Citations are followed to their origin: a report that cites the group's statement counts as the group's statement, not as a second source. Each origin counts once, with its latest statement.",
	"A partisan claim about another side's losses never confirms a figure on its own: a militant claim of soldiers killed, an army's terrorists neutralised.",
	"A side's admission of its own losses confirms its figure as a floor.",
	"Two or more independent non-partisan sources whose figures overlap confirm the overlap (Iraq Body Count's two-source rule); figures are intervals, so \"dozens\" and 15 agree.",
	"Status: contested (a denial, or a \"no losses\" against losses); confirmed; corroborated (sources agree there were losses, not on the number); single source; claimed only; pending (nothing but silence so far).",
	"Low follows ACLED's rule, the lowest credible figure; High is the highest credible figure, unbounded when a credible source gave none; Best is the median of the credible sources' stated figures. An unknown figure is never counted as zero: it is counted apart.",
}

var page = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bilan report: {{.Source}}, as of {{.AsOf}}</title>
<style>
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; margin: 2em auto; max-width: 62em; color: #111; line-height: 1.4; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
.meta { color: #555; }
.headline { display: flex; flex-wrap: wrap; gap: 1em; }
.figure { border: 1px solid #ddd; padding: 0.6em 1em; min-width: 10em; }
.figure .n { font-size: 1.6em; font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0; font-size: 0.92em; }
th, td { border: 1px solid #ddd; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
figure { margin: 1em 0; }
figure svg { width: 100%; height: auto; }
figcaption { color: #555; font-size: 0.9em; }
[dir="rtl"] { font-family: "Noto Naskh Arabic", "DejaVu Sans", Arial, sans-serif; }
.event { margin: 1em 0; border-left: 3px solid #0072B2; padding-left: 0.8em; }
.status-confirmed { color: #0072B2; } .status-contested { color: #CC79A7; } .status-claimed_only { color: #D55E00; }
</style>
</head>
<body>
<header>
<h1>Casualty claims: {{.Source}}</h1>
<p class="meta">Data as of {{.AsOf}}; series by {{.Period}}. Made with bilan.</p>
</header>

<section id="headline">
<h2>Headline figures</h2>
<div class="headline">
<div class="figure"><div class="n">{{.Events}}</div>event{{if ne .Events 1}}s{{end}}</div>
<div class="figure"><div class="n">{{.Low}} – {{.Best}} – {{.HighText}}</div>confirmed killed, Low – Best – High</div>
<div class="figure"><div class="n">{{.Claimed}}</div>killed claimed by the parties, on {{.ClaimedEvents}} event{{if ne .ClaimedEvents 1}}s{{end}}</div>
<div class="figure"><div class="n">{{.Unknown}}</div>event{{if ne .Unknown 1}}s{{end}} with no credible figure (not counted as zero)</div>
</div>
</section>

<section id="charts">
<h2>Charts</h2>
{{range .Charts}}{{if .Note}}<p id="chart-{{.Name}}" class="meta">{{.Title}}: no chart. {{.Note}}</p>
{{else}}<figure id="chart-{{.Name}}">
{{.SVG}}
<figcaption>{{.Title}}. Also as <a href="charts/{{.Name}}.png">PNG</a> and <a href="charts/{{.Name}}.svg">SVG</a>.</figcaption>
</figure>
{{end}}{{end}}</section>

<section id="events">
<h2>Events and their claims</h2>
<p>{{if .EventsWhole}}All {{.EventsListed}} events, by date.{{else}}The {{.EventsListed}} most lethal of {{.Events}} events, by confirmed Best, then by claimed.{{end}}</p>
{{range .EventRows}}<div class="event">
<h3>{{.ID}}, {{.Date}}</h3>
<p><span{{if .Place.RTL}} dir="rtl" lang="ar"{{end}}>{{.Place.S}}</span>. <span{{if .Actors.RTL}} dir="rtl" lang="ar"{{end}}>{{.Actors.S}}</span></p>
<table>
<tr><th>#</th><th>reported</th><th>source</th><th>kind</th><th>stance</th><th>figures</th><th>wording</th></tr>
{{range .Claims}}<tr><td>{{.N}}</td><td>{{.Date}}</td><td{{if .Source.RTL}} dir="rtl" lang="ar"{{end}}>{{.Source.S}}</td><td>{{.Kind}}</td><td>{{.Stance}}</td><td>{{.Figures}}</td><td{{if .Wording.RTL}} dir="rtl" lang="ar"{{end}}>{{.Wording.S}}</td></tr>
{{end}}</table>
<table>
<tr><th>outcome and group</th><th>status</th><th>Low – Best – High</th><th>highest partisan claim</th></tr>
{{range .Assessments}}<tr><td>{{.What}}</td><td class="status-{{.Status}}">{{.Status}}</td><td>{{.Figure}}</td><td>{{.Claimed}}</td></tr>
{{end}}</table>
</div>
{{end}}{{if .Periods}}<h3>Claims about periods</h3>
<table>
<tr><th>claim</th><th>period</th><th>area</th><th>figure</th><th>by</th><th>the events of the data</th><th>wording</th></tr>
{{range .Periods}}<tr><td>{{.ID}}</td><td>{{.Span}}</td><td>{{.Area.S}}</td><td>{{.Claim}}</td><td>{{.By.S}}</td><td>{{.Events}}</td><td{{if .Wording.RTL}} dir="rtl" lang="ar"{{end}}>{{.Wording.S}}</td></tr>
{{end}}</table>
{{end}}</section>

<section id="inflation">
<h2>Claim inflation</h2>
<p>The geometric mean, over events with both, of the claimed toll over the confirmed Best; the interval is a 95% percentile bootstrap over events.</p>
{{if .Inflation}}<table>
<tr><th>by</th><th>who</th><th>events</th><th>claimed / confirmed</th><th>95% interval</th></tr>
{{range .Inflation}}<tr><td>{{.By}}</td><td>{{.Key}}</td><td>{{.Events}}</td><td>{{if .Ratio}}{{.Ratio}}{{else}}—{{end}}</td><td>{{if .CI}}{{.CI}}{{else}}—{{end}}</td></tr>
{{end}}</table>{{else}}<p>No partisan claim in the data.</p>{{end}}
</section>

<section id="silence">
<h2>Silence</h2>
<p>Per period and side, the events involving the side on which it had made no statement by the period's end.</p>
{{if .Silence}}<table>
<tr><th>period</th><th>side</th><th>events</th><th>silent</th><th>rate</th><th>spoke at all</th><th>median days to first statement</th></tr>
{{range .Silence}}<tr><td>{{.Period}}</td><td>{{.Side}}</td><td>{{.Events}}</td><td>{{.Silent}}</td><td>{{.Rate}}</td><td>{{.Spoke}}</td><td>{{if .Days}}{{.Days}}{{else}}—{{end}}</td></tr>
{{end}}</table>{{else if .NoSides}}<p>The data records no statement by a party to the conflict (a monitor's data, say): silence cannot be measured.</p>{{else}}<p>No event involves a side.</p>{{end}}
</section>

<section id="method">
<h2>Method</h2>
<h3>From claims to confirmed figures</h3>
<ul>
{{range .Policy}}<li>{{.}}</li>
{{end}}</ul>
<h3>Vague words</h3>
<p>A figure is an interval. Vague words take ACLED's conservative code as their floor and stop before the next order of magnitude:</p>
<table>
<tr><th>concept</th><th>interval</th><th>words</th></tr>
{{range .Vague}}<tr><td>{{.Concept}}</td><td>[{{.Min}}, {{.Max}}]</td><td>{{range $i, $w := .Words}}{{if $i}}, {{end}}<span lang="mul">{{$w}}</span>{{end}}</td></tr>
{{end}}</table>
</section>

<footer id="source">
<h2>Data</h2>
<p>Source: {{.Source}}. As of {{.AsOf}}.</p>
</footer>
</body>
</html>
`))
