package report

import (
	"errors"
	"slices"
	"strconv"

	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/plot"
	"github.com/bilan-dev/bilan/stats"
)

// chart is one chart of the report, declared as data: what it needs, its title, why
// it may be left out, how it is drawn and the table of its data. Adding a chart is
// adding an entry to charts (and, if it needs one, a part to newPart).
type chart struct {
	name  string
	title string // in English; tr translates it
	// needs names the parts (newPart) the chart reads.
	needs []string
	// empty says why the chart is left out (in English), or "" to draw it.
	empty func(b *Builder) string
	// draw draws the chart for a width of cols columns of panels (small multiples
	// take fewer columns on a phone).
	draw func(b *Builder, m plot.Meta, cols int) ([][]*gplot.Plot, error)
	// table is the chart's data as CSV: a header, then rows.
	table func(b *Builder) [][]string
	// rows is how many rows of panels the chart has at cols columns.
	rows func(b *Builder, cols int) int
}

func one(p *gplot.Plot, err error) ([][]*gplot.Plot, error) {
	if err != nil {
		return nil, err
	}
	return [][]*gplot.Plot{{p}}, nil
}

// maxKeys is how many countries the by-country charts show: the most lethal.
const maxKeys = 9

// series returns a part's series, each from the aggregation's first period when
// filled (aligned, as a stack needs), else from its key's own first event (so that
// the periods before a country's first event are not drawn as quiet).
func (b *Builder) series(name string, filled bool) []stats.Series {
	if filled {
		return b.parts[name].(*series).agg.FilledSeries()
	}
	return b.parts[name].(*series).agg.Series()
}

func (b *Builder) total() stats.Series {
	s := stats.Series{Key: "all"}
	if t := b.series(partTotal, true); len(t) > 0 {
		s = t[0]
	}
	s.Key = b.word("all events")
	return s
}

func (b *Builder) byCountry(filled bool) []stats.Series {
	byKey := b.series(partByCountry, filled)
	sum := func(s stats.Series) int64 {
		var t int64
		for _, p := range s.Points {
			if plot.Known(p) {
				t = claims.AddCounts(t, p.Best)
			}
		}
		return t
	}
	slices.SortStableFunc(byKey, func(x, y stats.Series) int {
		sx, sy := sum(x), sum(y)
		switch {
		case sx > sy:
			return -1
		case sx < sy:
			return 1
		}
		return 0
	})
	if len(byKey) > maxKeys {
		byKey = byKey[:maxKeys]
	}
	return byKey
}

func (b *Builder) rates() []stats.SilenceRate {
	s := b.parts[partSilence].(*silence)
	if s.sides == 0 {
		return nil
	}
	return s.c.Rates()
}

func (b *Builder) cmps() []stats.Comparison { return b.parts[partCompare].(*comparisons).cmps }

// both counts the comparisons with a claim and a credible Best above zero: what the
// inflation charts rest on.
func (b *Builder) both() int {
	n := 0
	for _, c := range b.cmps() {
		if _, ok := c.Claimed.Point(claims.Conservative); ok && c.Confirmed.IsKnown() && c.Confirmed.Best > 0 {
			n++
		}
	}
	return n
}

func noEvents(b *Builder) string {
	if b.events == 0 {
		return "No event in the data."
	}
	return ""
}

func noBoth(b *Builder) string {
	if b.both() == 0 {
		return "No event has both a partisan claim and a credible figure yet."
	}
	return ""
}

func oneRow(*Builder, int) int { return 1 }

// charts are the report's charts, in the order the page shows them.
var charts = []chart{
	{
		name: "confirmed", title: "Credible killed over time, with the highest partisan claims",
		needs: []string{partTotal},
		empty: noEvents,
		draw: func(b *Builder, m plot.Meta, _ int) ([][]*gplot.Plot, error) {
			return one(plot.Confirmed(b.total(), b.cfg.Period, "killed", true, m))
		},
		table: func(b *Builder) [][]string { return seriesTable(b, []stats.Series{b.total()}) },
		rows:  oneRow,
	},
	{
		name: "claimed_confirmed", title: "Claimed against credible, by claimant",
		needs: []string{partCompare},
		empty: noBoth,
		draw: func(b *Builder, m plot.Meta, _ int) ([][]*gplot.Plot, error) {
			return one(plot.ClaimedConfirmed(b.cmps(), b.inflation(stats.BySource), stats.BySource, m))
		},
		table: comparisonTable,
		rows:  oneRow,
	},
	{
		name: "parity", title: "Claimed against credible, per event",
		needs: []string{partCompare},
		empty: noBoth,
		draw: func(b *Builder, m plot.Meta, _ int) ([][]*gplot.Plot, error) {
			return one(plot.Parity(b.cmps(), m))
		},
		table: comparisonTable,
		rows:  oneRow,
	},
	{
		name: "silence", title: "Silence rate per side",
		needs: []string{partSilence},
		empty: func(b *Builder) string {
			switch {
			case b.parts[partSilence].(*silence).sides == 0:
				return "The data records no statement by a party to the conflict (a monitor's data, say), so silence cannot be measured."
			case len(b.rates()) == 0:
				return "No event involves a side."
			}
			return ""
		},
		draw: func(b *Builder, m plot.Meta, _ int) ([][]*gplot.Plot, error) {
			return one(plot.Silence(b.rates(), b.cfg.Period, m))
		},
		table: func(b *Builder) [][]string {
			t := [][]string{{"period", "side", "events", "silent", "rate", "spoke", "median_days"}}
			for _, r := range b.rates() {
				days := ""
				if r.Spoke > 0 {
					days = strconv.FormatFloat(r.MedianDays, 'f', -1, 64)
				}
				t = append(t, []string{r.Label, r.Side.String(), strconv.Itoa(r.Events), strconv.Itoa(r.Silent), strconv.FormatFloat(r.Rate, 'f', 4, 64), strconv.Itoa(r.Spoke), days})
			}
			return t
		},
		rows: oneRow,
	},
	{
		name: "countries", title: "Credible killed by country",
		needs: []string{partByCountry},
		empty: noEvents,
		draw: func(b *Builder, m plot.Meta, cols int) ([][]*gplot.Plot, error) {
			m.Width /= vg.Length(cols)
			return plot.SmallMultiples(b.byCountry(false), b.cfg.Period, "killed", cols, m)
		},
		table: func(b *Builder) [][]string { return seriesTable(b, b.byCountry(false)) },
		rows: func(b *Builder, cols int) int {
			return (len(b.byCountry(false)) + cols - 1) / cols
		},
	},
	{
		name: "stacked", title: "Credible killed by country, stacked",
		needs: []string{partByCountry},
		empty: noEvents,
		draw: func(b *Builder, m plot.Meta, _ int) ([][]*gplot.Plot, error) {
			return one(plot.Stacked(b.byCountry(true), b.cfg.Period, "killed", "country", m))
		},
		table: func(b *Builder) [][]string { return seriesTable(b, b.byCountry(true)) },
		rows:  oneRow,
	},
	{
		name: "new_areas", title: "Areas reached for the first time",
		needs: []string{partAreas},
		empty: noEvents,
		draw: func(b *Builder, m plot.Meta, _ int) ([][]*gplot.Plot, error) {
			a := b.parts[partAreas].(*areas)
			return one(plot.NewAreas(a.t.Spread(), b.cfg.Period, a.first, m))
		},
		table: func(b *Builder) [][]string {
			a := b.parts[partAreas].(*areas)
			t := [][]string{{"period", "area", "data_first_period"}}
			for _, s := range a.t.Spread() {
				for _, n := range s.New {
					t = append(t, []string{s.Label, n, strconv.FormatBool(s.Period == a.first)})
				}
			}
			return t
		},
		rows: oneRow,
	},
	{
		name: "statuses", title: "Status of the figures",
		needs: []string{partStatuses},
		empty: noEvents,
		draw: func(b *Builder, m plot.Meta, _ int) ([][]*gplot.Plot, error) {
			return one(plot.Statuses(b.parts[partStatuses].(*statuses).c.Counts(), b.cfg.Period, m))
		},
		table: func(b *Builder) [][]string {
			h := []string{"period"}
			for _, s := range claims.Statuses() {
				h = append(h, s.String())
			}
			t := [][]string{h}
			for _, c := range b.parts[partStatuses].(*statuses).c.Counts() {
				r := []string{c.Label}
				for _, s := range claims.Statuses() {
					r = append(r, strconv.Itoa(c.Count(s)))
				}
				t = append(t, r)
			}
			return t
		},
		rows: oneRow,
	},
}

// seriesTable is the CSV of series: per key and period the events, the credible
// sums (empty where no event had a credible figure; "inf" for an unbounded High)
// and the claims (empty where no party claimed).
func seriesTable(b *Builder, ss []stats.Series) [][]string {
	t := [][]string{{"key", "period", "events", "known", "unknown", "low", "best", "high", "claimed", "claimed_events"}}
	for _, s := range ss {
		for _, p := range s.Points {
			r := []string{s.Key, p.Label, strconv.Itoa(p.Events), strconv.Itoa(p.Known), strconv.Itoa(p.Unknown), "", "", "", "", strconv.Itoa(p.ClaimedEvents)}
			if plot.Known(p) {
				r[5], r[6], r[7] = csvNum(p.Low), csvNum(p.Best), csvNum(p.High)
			}
			if p.ClaimedEvents > 0 {
				r[8] = csvNum(p.Claimed)
			}
			t = append(t, r)
		}
	}
	return t
}

// comparisonTable is the CSV of the claims beside the credible figures.
func comparisonTable(b *Builder) [][]string {
	t := [][]string{{"event_id", "date", "claimant", "claimant_kind", "perpetrator", "outcome", "group", "status", "claimed", "low", "best", "high"}}
	for _, c := range b.cmps() {
		r := []string{c.EventID, c.Date.String(), c.ClaimedBy.Name, c.ClaimedBy.Kind.String(), c.Perpetrator, c.Outcome.String(), c.Group.String(), c.Status.String(), "", "", "", ""}
		if p, ok := c.Claimed.Point(claims.Conservative); ok {
			r[8] = strconv.FormatFloat(p, 'f', -1, 64)
		}
		if c.Confirmed.IsKnown() {
			r[9], r[10], r[11] = csvNum(c.Confirmed.Min), csvNum(c.Confirmed.Best), csvNum(c.Confirmed.Max)
		}
		t = append(t, r)
	}
	return t
}

func (b *Builder) inflation(by stats.InflationBy) []stats.Inflation {
	return stats.Inflate(b.cmps(), stats.InflationConfig{By: by})
}

// The sizes charts are drawn at: wide for screens from 720 CSS pixels and for the
// PNG files, narrow for phones. Narrow charts are 288 points wide so that, shown
// at least 336 CSS pixels wide (a 360-pixel screen less the page's margins), their
// 10-point type is at least 11 CSS pixels.
var (
	wideW, wideH     = 8 * vg.Inch, 4.5 * vg.Inch
	narrowW, narrowH = 4 * vg.Inch, 4.6 * vg.Inch
	panelH           = 2.4 * vg.Inch
)

// drawn is a chart drawn in its three forms.
type drawn struct {
	wide, narrow, png []byte
}

// render draws a chart wide and narrow as SVG and wide as PNG (text shaped by
// plot.Shaper, so that Arabic reads joined and right to left).
func (b *Builder) render(c chart, m plot.Meta, desc string) (drawn, error) {
	var d drawn
	title := tr(b.cfg.Lang, c.title)
	for _, f := range []struct {
		out    *[]byte
		format string
		w, h   vg.Length
		cols   int
		shape  bool
	}{
		{&d.wide, "svg", wideW, wideH, 2, false},
		{&d.narrow, "svg", narrowW, narrowH, 1, false},
		{&d.png, "png", wideW, wideH, 2, true},
	} {
		mm := m
		mm.Width, mm.Shape = f.w, f.shape
		grid, err := c.draw(b, mm, f.cols)
		if err != nil {
			return d, err
		}
		h := f.h
		if rows := c.rows(b, f.cols); rows > 1 || c.name == "countries" {
			h = panelH * vg.Length(rows)
		}
		if len(grid) == 1 && len(grid[0]) == 1 {
			h += plot.LegendHeight(grid[0][0])
		}
		out, err := renderGrid(grid, f.format, f.w, h)
		if err != nil {
			return d, err
		}
		if f.format == "svg" {
			out = plot.Describe(out, title, desc)
		}
		*f.out = out
	}
	return d, nil
}

// errNoData reports whether err says a chart had nothing to draw.
func errNoData(err error) bool { return errors.Is(err, plot.ErrNoData) }

// describe is a chart's text alternative: what it shows and where its data is.
func (b *Builder) describe(c chart) string {
	return tr(b.cfg.Lang, "%s, chart of %s", b.cfg.sourceName(), tr(b.cfg.Lang, c.title)) + ". " + tr(b.cfg.Lang, "Read the chart's data in the CSV file beside it.")
}

func (c Config) sourceName() string {
	if c.Source == "" {
		return "bilan dataset"
	}
	return c.Source
}

// word is a page word in the report's language.
func (b *Builder) word(s string) string {
	switch s {
	case "all events":
		return [...]string{"All events", "Tous les événements", "جميع الأحداث"}[b.cfg.Lang%3]
	}
	return tr(b.cfg.Lang, s)
}
