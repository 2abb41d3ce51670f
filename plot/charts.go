package plot

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"sort"

	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/stats"
)

// x is the time-axis value of a period: the day it begins.
func x(p stats.Period, i int) float64 { return float64(p.Start(i)) }

func fill(c color.Color, alpha uint8) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), alpha}
}

// lines draws xy, decimated, as one line per chunk of points, overlapping by one so
// that the pieces join; the first piece serves as the legend's thumbnail.
type lines []*plotter.Line

// Plot implements plot.Plotter.
func (ls lines) Plot(c draw.Canvas, p *gplot.Plot) {
	for _, l := range ls {
		l.Plot(c, p)
	}
}

// DataRange implements plot.DataRanger.
func (ls lines) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for _, l := range ls {
		a, b, c, d := plotter.XYRange(l.XYs)
		xmin, xmax, ymin, ymax = min(xmin, a), max(xmax, b), min(ymin, c), max(ymax, d)
	}
	return
}

// Thumbnail implements plot.Thumbnailer.
func (ls lines) Thumbnail(c *draw.Canvas) {
	if len(ls) > 0 {
		ls[0].Thumbnail(c)
	}
}

func line(xy plotter.XYs, c color.Color, dashed bool) lines {
	xy = Decimate(xy)
	var ls lines
	for from := 0; from < len(xy) || from == 0; from += chunk {
		to := min(from+chunk+1, len(xy))
		l, err := plotter.NewLine(xy[from:to])
		if err != nil {
			panic(err) // NaN or Inf: the callers pass finite values
		}
		l.Color = c
		l.Width = vg.Points(1.5)
		if dashed {
			l.Dashes = []vg.Length{vg.Points(4), vg.Points(2)}
		}
		ls = append(ls, l)
		if to == len(xy) {
			break
		}
	}
	return ls
}

// band fills the area between lower and upper (the same xs), decimated, as one
// polygon per chunk of points.
func band(lower, upper plotter.XYs, c color.Color) []*plotter.Polygon {
	if len(lower) > MaxPoints {
		// Decimate both bounds on the same buckets: the band's floor and ceiling.
		buckets := MaxPoints / 2
		var lo, hi plotter.XYs
		for b := range buckets {
			from, to := b*len(lower)/buckets, (b+1)*len(lower)/buckets
			mn, mx := lower[from].Y, upper[from].Y
			for i := from; i < to; i++ {
				mn, mx = min(mn, lower[i].Y), max(mx, upper[i].Y)
			}
			lo = append(lo, plotter.XY{X: lower[from].X, Y: mn}, plotter.XY{X: lower[to-1].X, Y: mn})
			hi = append(hi, plotter.XY{X: upper[from].X, Y: mx}, plotter.XY{X: upper[to-1].X, Y: mx})
		}
		lower, upper = lo, hi
	}
	var polys []*plotter.Polygon
	for from := 0; from < len(lower)-1; from += chunk {
		to := min(from+chunk+1, len(lower))
		ring := append(plotter.XYs{}, lower[from:to]...)
		for i := to - 1; i >= from; i-- {
			ring = append(ring, upper[i])
		}
		poly, err := plotter.NewPolygon(ring)
		if err != nil {
			continue
		}
		poly.Color = c
		poly.LineStyle.Width = 0
		polys = append(polys, poly)
	}
	return polys
}

// Confirmed charts a series over time: the confirmed Best as a line inside the
// Low-High band, and with claimed set the claimed series beside it. Where High is
// unbounded the band is drawn to the top of the chart.
func Confirmed(s stats.Series, p stats.Period, measure string, claimed bool, m Meta) *gplot.Plot {
	pl := newPlot(fmt.Sprintf("%s: %s, confirmed and claimed", m.Label(s.Key), measure), "Date ("+p.String()+")", measure+" per "+p.String(), m)
	pl.X.Tick.Marker = DateTicks{}
	// Period sums are drawn as steps across each period, so that a single
	// period still shows.
	var best, lows, highs, cl plotter.XYs
	step := func(xy plotter.XYs, i int, v float64) plotter.XYs {
		return append(xy, plotter.XY{X: x(p, i), Y: v}, plotter.XY{X: x(p, i+1), Y: v})
	}
	top := 0.0
	for _, pt := range s.Points {
		best = step(best, pt.Period, float64(pt.Best))
		lows = step(lows, pt.Period, float64(pt.Low))
		top = max(top, float64(pt.Best))
		if pt.High != claims.Inf {
			top = max(top, float64(pt.High))
		}
		if claimed {
			cl = step(cl, pt.Period, float64(pt.Claimed))
			top = max(top, float64(pt.Claimed))
		}
	}
	if top == 0 {
		top = 1
	}
	for _, pt := range s.Points {
		h := float64(pt.High)
		if pt.High == claims.Inf {
			h = top * 1.05
		}
		highs = step(highs, pt.Period, h)
	}
	if polys := band(lows, highs, fill(ConfirmedColor, 60)); len(polys) > 0 {
		for _, poly := range polys {
			pl.Add(poly)
		}
		pl.Legend.Add("confirmed Low-High", polys[0])
	}
	bl := line(best, ConfirmedColor, false)
	pl.Add(bl)
	pl.Legend.Add("confirmed Best", bl)
	if claimed {
		c := line(cl, ClaimedColor, true)
		pl.Add(c)
		pl.Legend.Add("highest partisan claims", c)
	}
	pl.Y.Min, pl.Y.Max = 0, top*1.05
	headroom(pl, 2+btoi(claimed))
	return pl
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ClaimedConfirmed charts, per claimant (or perpetrator), the claimed total beside
// the confirmed total over the events both exist for, with the inflation ratio and
// its interval under each pair.
func ClaimedConfirmed(cmps []stats.Comparison, infl []stats.Inflation, by stats.InflationBy, m Meta) *gplot.Plot {
	pl := newPlot("Claimed against confirmed", "", "killed (sum over events)", m)
	type tot struct{ claimed, confirmed float64 }
	sums := map[string]*tot{}
	for _, c := range cmps {
		v, ok := c.Claimed.Point(claims.Conservative)
		if !ok || !c.Confirmed.IsKnown() || c.Confirmed.Best == 0 {
			continue
		}
		k := c.ClaimedBy.Name
		if by == stats.ByClaimedFrom {
			k = c.Perpetrator
		}
		if sums[k] == nil {
			sums[k] = &tot{}
		}
		sums[k].claimed += v
		sums[k].confirmed += float64(c.Confirmed.Best)
	}
	var names []string
	var cv, fv plotter.Values
	top := 1.0
	for _, inf := range infl {
		t := sums[inf.Key]
		if t == nil || inf.Events == 0 {
			continue
		}
		ci := "no interval"
		if inf.Events >= stats.MinIntervalEvents {
			ci = fmt.Sprintf("[%.2f, %.2f]", inf.Low, inf.High)
		}
		names = append(names, fmt.Sprintf("%s\n×%.2f %s, n=%d", m.Label(inf.Key), inf.Ratio, ci, inf.Events))
		cv = append(cv, t.claimed)
		fv = append(fv, t.confirmed)
		top = max(top, t.claimed, t.confirmed)
	}
	if len(names) == 0 {
		pl.Title.Text += " (no event with both)"
		return pl
	}
	w := vg.Points(18)
	bc, _ := plotter.NewBarChart(cv, w)
	bc.Color, bc.LineStyle.Width, bc.Offset = ClaimedColor, 0, -w/2
	bf, _ := plotter.NewBarChart(fv, w)
	bf.Color, bf.LineStyle.Width, bf.Offset = ConfirmedColor, 0, w/2
	pl.Add(bc, bf)
	pl.Legend.Add("claimed", bc)
	pl.Legend.Add("confirmed Best", bf)
	pl.NominalX(names...)
	pl.Y.Min, pl.Y.Max = 0, top*1.05
	headroom(pl, 2)
	return pl
}

// Parity plots each event's highest partisan claim against its confirmed Best on log
// scales, coloured by the claimant's kind, with the line y = x: points above it are
// claims above the confirmed toll.
func Parity(cmps []stats.Comparison, m Meta) *gplot.Plot {
	pl := newPlot("Claimed against confirmed, per event", "confirmed Best (killed, log scale)", "highest partisan claim (killed, log scale)", m)
	pl.X.Scale, pl.Y.Scale = gplot.LogScale{}, gplot.LogScale{}
	pl.X.Tick.Marker, pl.Y.Tick.Marker = gplot.LogTicks{Prec: -1}, gplot.LogTicks{Prec: -1}
	byKind := map[claims.SourceKind]plotter.XYs{}
	lo, hi := math.Inf(1), 1.0
	for _, c := range cmps {
		v, ok := c.Claimed.Point(claims.Conservative)
		if !ok || v <= 0 || !c.Confirmed.IsKnown() || c.Confirmed.Best <= 0 {
			continue
		}
		b := float64(c.Confirmed.Best)
		byKind[c.ClaimedBy.Kind] = append(byKind[c.ClaimedBy.Kind], plotter.XY{X: b, Y: v})
		lo, hi = min(lo, b, v), max(hi, b, v)
	}
	if math.IsInf(lo, 1) {
		lo = 1
	}
	lo, hi = lo/1.5, hi*1.5
	diag := line(plotter.XYs{{X: lo, Y: lo}, {X: hi, Y: hi}}, Grey, true)
	pl.Add(diag)
	pl.Legend.Add("claimed = confirmed", diag)
	kinds := make([]claims.SourceKind, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
	for _, k := range kinds {
		sc, _ := plotter.NewScatter(byKind[k])
		sc.Color = SourceKindColor(k)
		sc.Shape = draw.CircleGlyph{}
		sc.Radius = vg.Points(3)
		pl.Add(sc)
		pl.Legend.Add(k.String(), sc)
	}
	pl.X.Min, pl.X.Max, pl.Y.Min, pl.Y.Max = lo, hi, lo, hi
	headroom(pl, 1+len(kinds))
	return pl
}

// Silence charts, per side, the share of events on which it had said nothing by each
// period's end.
func Silence(rates []stats.SilenceRate, p stats.Period, m Meta) *gplot.Plot {
	pl := newPlot("Silence: events without a statement by the side", "Date ("+p.String()+")", "share of the side's events (%)", m)
	pl.X.Tick.Marker = DateTicks{}
	bySide := map[claims.Side]plotter.XYs{}
	for _, r := range rates {
		mid := (x(p, r.Period) + x(p, r.Period+1)) / 2
		bySide[r.Side] = append(bySide[r.Side], plotter.XY{X: mid, Y: 100 * r.Rate})
	}
	n := 0
	for _, side := range []claims.Side{claims.SideState, claims.SideArmedGroup} {
		xy := bySide[side]
		if len(xy) == 0 {
			continue
		}
		c := Blue
		if side == claims.SideArmedGroup {
			c = Vermilion
		}
		l := line(xy, c, false)
		pts, _ := plotter.NewScatter(xy)
		pts.Color, pts.Shape = c, draw.CircleGlyph{}
		pl.Add(l, pts)
		pl.Legend.Add(side.String(), l, pts)
		n++
	}
	if len(rates) > 0 {
		pl.X.Min, pl.X.Max = x(p, rates[0].Period), x(p, rates[len(rates)-1].Period+1)
	}
	pl.Y.Min, pl.Y.Max = 0, 100
	headroom(pl, n)
	return pl
}

// SmallMultiples charts each series in its own panel, cols to a row, with shared
// axes: the same dates and the same y range in every panel.
func SmallMultiples(series []stats.Series, p stats.Period, measure string, cols int, m Meta) [][]*gplot.Plot {
	if cols < 1 {
		cols = 3
	}
	top := 1.0
	for _, s := range series {
		for _, pt := range s.Points {
			top = max(top, float64(pt.Best))
		}
	}
	var grid [][]*gplot.Plot
	for i, s := range series {
		if i%cols == 0 {
			grid = append(grid, make([]*gplot.Plot, cols))
		}
		pl := newPlot(m.Label(s.Key), "", measure, m)
		// Narrow panels: the caption line in small type.
		pl.X.Label.Text = m.Label(m.Caption())
		pl.X.Label.TextStyle.Font.Size = 7
		pl.X.Tick.Marker = DateTicks{}
		var xy plotter.XYs
		for _, pt := range s.Points {
			xy = append(xy, plotter.XY{X: x(p, pt.Period), Y: float64(pt.Best)}, plotter.XY{X: x(p, pt.Period+1), Y: float64(pt.Best)})
		}
		if len(xy) > 0 {
			pl.Add(line(xy, ConfirmedColor, false))
			pl.X.Min, pl.X.Max = xy[0].X, xy[len(xy)-1].X
		}
		pl.Y.Min, pl.Y.Max = 0, top*1.05
		grid[i/cols][i%cols] = pl
	}
	return grid
}

// Stacked charts the series as areas stacked on each other, the largest at the
// bottom, a colour per key.
func Stacked(series []stats.Series, p stats.Period, measure string, m Meta) *gplot.Plot {
	pl := newPlot(measure+" by key, stacked", "Date ("+p.String()+")", measure+" per "+p.String(), m)
	pl.X.Tick.Marker = DateTicks{}
	if len(series) == 0 {
		return pl
	}
	order := make([]int, len(series))
	total := make([]float64, len(series))
	for i, s := range series {
		order[i] = i
		for _, pt := range s.Points {
			total[i] += float64(pt.Best)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return total[order[a]] > total[order[b]] })
	n := len(series[0].Points)
	base := make([]float64, n)
	top := 1.0
	for k, i := range order {
		s := series[i]
		var lower, upper plotter.XYs
		for j, pt := range s.Points {
			x0, x1 := x(p, pt.Period), x(p, pt.Period+1)
			lower = append(lower, plotter.XY{X: x0, Y: base[j]}, plotter.XY{X: x1, Y: base[j]})
			base[j] += float64(pt.Best)
			upper = append(upper, plotter.XY{X: x0, Y: base[j]}, plotter.XY{X: x1, Y: base[j]})
			top = max(top, base[j])
		}
		polys := band(lower, upper, Palette[k%len(Palette)])
		for _, poly := range polys {
			pl.Add(poly)
		}
		if len(polys) > 0 {
			pl.Legend.Add(m.Label(s.Key), polys[0])
		}
	}
	if pts := series[0].Points; len(pts) > 0 {
		pl.X.Min, pl.X.Max = x(p, pts[0].Period), x(p, pts[len(pts)-1].Period+1)
	}
	pl.Y.Min, pl.Y.Max = 0, top*1.05
	headroom(pl, len(series))
	return pl
}

// bars makes a period axis of nominal labels, thinned so that at most about 12 are
// written.
func periodLabels(labels []string) []string {
	step := max(1, (len(labels)+11)/12)
	out := make([]string, len(labels))
	for i, l := range labels {
		if i%step == 0 {
			out[i] = l
		}
	}
	return out
}

// NewAreas charts the number of admin1 areas reached for the first time per period,
// naming them over the bars when there are few.
func NewAreas(spread []stats.Spread, p stats.Period, m Meta) *gplot.Plot {
	pl := newPlot("Areas with an event for the first time", p.String(), "new admin1 areas", m)
	if len(spread) == 0 {
		return pl
	}
	lo, hi := spread[0].Period, spread[len(spread)-1].Period
	vals := make(plotter.Values, hi-lo+1)
	labels := make([]string, hi-lo+1)
	for i := range labels {
		labels[i] = p.Label(lo + i)
	}
	var names plotter.XYLabels
	top := 1.0
	for _, s := range spread {
		vals[s.Period-lo] = float64(len(s.New))
		top = max(top, float64(len(s.New)))
	}
	bc, _ := plotter.NewBarChart(vals, vg.Points(14))
	bc.Color, bc.LineStyle.Width = Orange, 0
	pl.Add(bc)
	if len(spread) <= 6 {
		for _, s := range spread {
			n := len(s.New)
			txt := ""
			for i, a := range s.New {
				if i == 3 {
					txt += fmt.Sprintf(" +%d", n-3)
					break
				}
				if i > 0 {
					txt += ", "
				}
				txt += m.Label(a)
			}
			names.XYs = append(names.XYs, plotter.XY{X: float64(s.Period - lo), Y: float64(n)})
			names.Labels = append(names.Labels, txt)
		}
		if l, err := plotter.NewLabels(names); err == nil {
			pl.Add(l)
		}
	}
	pl.NominalX(periodLabels(labels)...)
	pl.Y.Min, pl.Y.Max = 0, top*1.3
	return pl
}

// Statuses charts, per period, how many assessments had each status, stacked.
func Statuses(counts []stats.StatusCount, p stats.Period, m Meta) *gplot.Plot {
	pl := newPlot("Status of the figures per period", p.String(), "assessments (event × outcome × group)", m)
	if len(counts) == 0 {
		return pl
	}
	labels := make([]string, len(counts))
	top := 1.0
	var prev *plotter.BarChart
	for _, st := range claims.Statuses() {
		vals := make(plotter.Values, len(counts))
		for i, c := range counts {
			vals[i] = float64(c.Counts[st])
			labels[i] = c.Label
		}
		bc, _ := plotter.NewBarChart(vals, vg.Points(14))
		bc.Color, bc.LineStyle.Width = StatusColor(st), 0
		if prev != nil {
			bc.StackOn(prev)
		}
		prev = bc
		pl.Add(bc)
		pl.Legend.Add(st.String(), bc)
	}
	for _, c := range counts {
		t := 0
		for _, n := range c.Counts {
			t += n
		}
		top = max(top, float64(t))
	}
	pl.NominalX(periodLabels(labels)...)
	pl.Y.Min, pl.Y.Max = 0, top*1.05
	headroom(pl, len(claims.Statuses()))
	return pl
}

// EstimateBar is one model's estimate with its interval, for Estimates.
type EstimateBar struct {
	Name      string
	Abundance float64
	Low, High float64 // the interval; High may be +Inf (beyond the search range)
	Profile   bool    // a profile-likelihood interval rather than a Wald one
}

// Estimates charts models' abundance estimates with their 95% intervals, one row per
// model, and the observed count as a vertical line: no estimate can fall below what
// the lists hold.
func Estimates(bars []EstimateBar, observed float64, m Meta) *gplot.Plot {
	pl := newPlot("Estimated total, per model (95% intervals)", "total killed (observed and unobserved)", "", m)
	top := observed
	for _, b := range bars {
		if !math.IsInf(b.High, 1) {
			top = max(top, b.High)
		}
		top = max(top, b.Abundance)
	}
	top *= 1.05
	var names []string
	var pts plotter.XYs
	for i, b := range bars {
		y := float64(len(bars) - 1 - i)
		hi := b.High
		if math.IsInf(hi, 1) || hi > top {
			hi = top
		}
		seg := line(plotter.XYs{{X: b.Low, Y: y}, {X: hi, Y: y}}, ConfirmedColor, false)
		pl.Add(seg)
		pts = append(pts, plotter.XY{X: b.Abundance, Y: y})
		names = append(names, m.Label(b.Name))
	}
	slices.Reverse(names)
	if len(pts) > 0 {
		sc, _ := plotter.NewScatter(pts)
		sc.Color, sc.Shape, sc.Radius = ConfirmedColor, draw.CircleGlyph{}, vg.Points(3.5)
		pl.Add(sc)
		pl.Legend.Add("estimate and 95% interval", sc)
	}
	obs := line(plotter.XYs{{X: observed, Y: -0.5}, {X: observed, Y: float64(len(bars)) - 0.5}}, Vermilion, true)
	pl.Add(obs)
	pl.Legend.Add(fmt.Sprintf("observed on the lists (%.0f)", observed), obs)
	pl.NominalY(names...)
	pl.X.Min, pl.X.Max = 0, top
	pl.Y.Min, pl.Y.Max = -0.5, float64(len(bars))-0.5
	pl.Legend.Left = false
	headroom(pl, 2)
	return pl
}
