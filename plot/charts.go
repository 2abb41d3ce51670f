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

// lines draws xy, decimated, as one line per run of finite points, each run in
// chunks that overlap by one so that the pieces join; the first piece serves as the
// legend's thumbnail.
type lines struct {
	ls []*plotter.Line
	// thumb is the legend's thumbnail when the line has no point.
	thumb draw.LineStyle
}

// Plot implements plot.Plotter.
func (ls *lines) Plot(c draw.Canvas, p *gplot.Plot) {
	for _, l := range ls.ls {
		l.Plot(c, p)
	}
}

// DataRange implements plot.DataRanger.
func (ls *lines) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for _, l := range ls.ls {
		a, b, c, d := plotter.XYRange(l.XYs)
		xmin, xmax, ymin, ymax = min(xmin, a), max(xmax, b), min(ymin, c), max(ymax, d)
	}
	return
}

// Thumbnail implements plot.Thumbnailer.
func (ls *lines) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(ls.thumb, c.Min.X, y, c.Max.X, y)
}

// line draws xy as a line broken at every NaN: a gap, never a zero.
func line(xy plotter.XYs, c color.Color, dashed bool) (*lines, error) {
	st := draw.LineStyle{Color: c, Width: vg.Points(1.5)}
	if dashed {
		st.Dashes = []vg.Length{vg.Points(4), vg.Points(2)}
	}
	out := &lines{thumb: st}
	for _, run := range runs(xy) {
		run = Decimate(run)
		for from := 0; from < len(run); from += chunk {
			to := min(from+chunk+1, len(run))
			l, err := plotter.NewLine(run[from:to])
			if err != nil {
				return nil, fmt.Errorf("plot: line: %w", err)
			}
			l.LineStyle = st
			out.ls = append(out.ls, l)
			if to == len(run) {
				break
			}
		}
	}
	return out, nil
}

// band fills the area between lower and upper (the same xs), broken where either is
// NaN, decimated, as one polygon per chunk of points.
func band(lower, upper plotter.XYs, c color.Color) ([]*plotter.Polygon, error) {
	var polys []*plotter.Polygon
	from := -1
	flush := func(to int) error {
		ps, err := bandRun(lower[from:to], upper[from:to], c)
		polys = append(polys, ps...)
		return err
	}
	for i := range lower {
		ok := !math.IsNaN(lower[i].Y) && !math.IsNaN(upper[i].Y)
		switch {
		case ok && from < 0:
			from = i
		case !ok && from >= 0:
			if err := flush(i); err != nil {
				return nil, err
			}
			from = -1
		}
	}
	if from >= 0 {
		if err := flush(len(lower)); err != nil {
			return nil, err
		}
	}
	return polys, nil
}

func bandRun(lower, upper plotter.XYs, c color.Color) ([]*plotter.Polygon, error) {
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
			return nil, fmt.Errorf("plot: band: %w", err)
		}
		poly.Color = c
		poly.LineStyle.Width = 0
		polys = append(polys, poly)
	}
	return polys, nil
}

// Known reports whether a point's figure is known: some of its events have a
// credible figure, or it has no event at all (nothing happened that the data
// records, which is zero). A point whose events all lack a credible figure is not
// known: charts leave it out, hatched, and never draw it at zero. This is the rule
// the trends command's CSV follows for its empty cells.
func Known(pt stats.Point) bool { return pt.Known > 0 || pt.Events == 0 }

// step appends the horizontal step of one period at v (a gap when v is NaN).
func step(xy plotter.XYs, p stats.Period, i int, v float64) plotter.XYs {
	return append(xy, plotter.XY{X: x(p, i), Y: v}, plotter.XY{X: x(p, i+1), Y: v})
}

// confirmed is what Confirmed draws: the steps of Best, Low, High and the claims
// (NaN where not drawn), the hatched spans of unknown periods, the open columns of
// unbounded ones, the highest value drawn, and whether any period has a claim.
type confirmed struct {
	best, lows, highs, claimed plotter.XYs
	unknown                    *hatch
	open                       *open
	top                        float64
	anyClaim                   bool
}

func confirmedData(s stats.Series, p stats.Period, claimed bool) confirmed {
	d := confirmed{unknown: newHatch(Grey), open: &open{color: ConfirmedColor}}
	for _, pt := range s.Points {
		i := pt.Period
		switch {
		case !Known(pt):
			d.best, d.lows, d.highs = step(d.best, p, i, gap), step(d.lows, p, i, gap), step(d.highs, p, i, gap)
			d.unknown.add(x(p, i), x(p, i+1))
		case pt.High == claims.Inf:
			d.best = step(d.best, p, i, float64(pt.Best))
			d.lows, d.highs = step(d.lows, p, i, gap), step(d.highs, p, i, gap)
			d.open.spans = append(d.open.spans, [3]float64{x(p, i), x(p, i+1), float64(pt.Low)})
			d.top = max(d.top, float64(pt.Best))
		default:
			d.best = step(d.best, p, i, float64(pt.Best))
			d.lows, d.highs = step(d.lows, p, i, float64(pt.Low)), step(d.highs, p, i, float64(pt.High))
			d.top = max(d.top, float64(pt.High))
		}
		if claimed {
			v := gap
			if pt.ClaimedEvents > 0 {
				v, d.anyClaim = float64(pt.Claimed), true
				d.top = max(d.top, v)
			}
			d.claimed = step(d.claimed, p, i, v)
		}
	}
	return d
}

// Confirmed charts a series over time: the credible Best as a line inside the
// Low-High band, and with claimed set the highest partisan claims beside it, drawn
// only where a party made a claim. A period whose events have no credible figure is
// a gap, hatched; a period whose High is unbounded is a column open upward (a fill
// fading to the top and a triangle) from its Low.
func Confirmed(s stats.Series, p stats.Period, measure string, claimed bool, m Meta) (*gplot.Plot, error) {
	per := m.W(p.String())
	pl := newPlot(m.T("%s: %s, credible figures and partisan claims", s.Key, m.W(measure)), m.T("Date (%s)", per), m.T("%s per %s", m.W(measure), per), m)
	pl.X.Tick.Marker = DateTicks{Lang: m.Lang, Latin: m.Latin}
	pl.Y.Tick.Marker = CountTicks{Lang: m.Lang, Latin: m.Latin}
	d := confirmedData(s, p, claimed)
	best, lows, highs, cl, unknown, opens, top, anyClaim := d.best, d.lows, d.highs, d.claimed, d.unknown, d.open, d.top, d.anyClaim
	if top == 0 {
		top = 1
	}
	polys, err := band(lows, highs, fill(ConfirmedColor, 60))
	if err != nil {
		return nil, err
	}
	for _, poly := range polys {
		pl.Add(poly)
	}
	if len(polys) > 0 {
		pl.Legend.Add(m.leg(m.T("credible Low–High")), polys[0])
	}
	if len(opens.spans) > 0 {
		pl.Add(opens)
		pl.Legend.Add(m.leg(m.T("no upper bound: open upward (▲) from its Low")), opens)
		if len(opens.spans) <= 8 {
			var lbl plotter.XYLabels
			for _, sp := range opens.spans {
				lbl.XYs = append(lbl.XYs, plotter.XY{X: sp[0], Y: sp[2]})
				lbl.Labels = append(lbl.Labels, "≥ "+m.num(int64(sp[2])))
			}
			ls, err := plotter.NewLabels(lbl)
			if err != nil {
				return nil, fmt.Errorf("plot: labels: %w", err)
			}
			for i := range ls.TextStyle {
				ls.TextStyle[i].Font.Size = MinFont
				ls.TextStyle[i].Color = ConfirmedColor
				m.style(&ls.TextStyle[i])
			}
			ls.Offset = vg.Point{X: vg.Points(2), Y: vg.Points(2)}
			pl.Add(ls)
		}
	}
	if len(unknown.spans) > 0 {
		pl.Add(unknown)
		pl.Legend.Add(m.leg(m.T("no credible figure (hatched, not zero)")), unknown)
	}
	bl, err := line(best, ConfirmedColor, false)
	if err != nil {
		return nil, err
	}
	pl.Add(bl)
	pl.Legend.Add(m.leg(m.T("credible Best")), bl)
	if claimed {
		c, err := line(cl, ClaimedColor, true)
		if err != nil {
			return nil, err
		}
		if anyClaim {
			pl.Add(c)
			pl.Legend.Add(m.leg(m.T("highest partisan claims")), c)
		} else {
			pl.Legend.Add(m.leg(m.T("highest partisan claims: none in the data")))
		}
	}
	if len(s.Points) > 0 {
		pl.X.Min, pl.X.Max = x(p, s.Points[0].Period), x(p, s.Points[len(s.Points)-1].Period+1)
	}
	pl.Y.Min, pl.Y.Max = 0, top*1.08
	legendAbove(pl)
	return pl, nil
}

// ClaimedConfirmed charts, per claimant (or perpetrator), the claimed total beside
// the credible total over the events both exist for, with the inflation ratio and
// its interval under each pair.
func ClaimedConfirmed(cmps []stats.Comparison, infl []stats.Inflation, by stats.InflationBy, m Meta) (*gplot.Plot, error) {
	pl := newPlot(m.T("Claimed against credible, by claimant"), "", m.T("%s (sum over events)", m.W("killed")), m)
	pl.Y.Tick.Marker = CountTicks{Lang: m.Lang, Latin: m.Latin}
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
	l := m.lang()
	for _, inf := range infl {
		t := sums[inf.Key]
		if t == nil || inf.Events == 0 {
			continue
		}
		ci := m.T("no interval")
		if inf.Events >= stats.MinIntervalEvents {
			ci = "[" + l.Float(inf.Low, 2) + ", " + l.Float(inf.High, 2) + "]"
		}
		names = append(names, m.Label(fmt.Sprintf("%s\n×%s %s, n=%s", inf.Key, l.Float(inf.Ratio, 2), ci, l.Int(int64(inf.Events)))))
		cv = append(cv, t.claimed)
		fv = append(fv, t.confirmed)
		top = max(top, t.claimed, t.confirmed)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("plot: claimed against credible: %w", ErrNoData)
	}
	w := vg.Points(18)
	bc, err := plotter.NewBarChart(cv, w)
	if err != nil {
		return nil, fmt.Errorf("plot: bars: %w", err)
	}
	bc.Color, bc.LineStyle.Width, bc.Offset = ClaimedColor, 0, -w/2
	bf, err := plotter.NewBarChart(fv, w)
	if err != nil {
		return nil, fmt.Errorf("plot: bars: %w", err)
	}
	bf.Color, bf.LineStyle.Width, bf.Offset = ConfirmedColor, 0, w/2
	pl.Add(bc, bf)
	pl.Legend.Add(m.leg(m.T("claimed")), bc)
	pl.Legend.Add(m.leg(m.T("credible Best")), bf)
	pl.NominalX(names...)
	pl.Y.Min, pl.Y.Max = 0, top*1.05
	legendAbove(pl)
	return pl, nil
}

// Parity plots each event's highest partisan claim against its credible figure on
// log scales, coloured by the claimant's kind, with the line y = x: points above it
// are claims above the credible toll. Where the credible figure is an interval
// ("dozens" is [12, 99]) it is drawn as a line across the interval, open to the
// right when unbounded, with a point at its Best.
func Parity(cmps []stats.Comparison, m Meta) (*gplot.Plot, error) {
	meas := m.W("killed")
	pl := newPlot(m.T("Claimed against credible, per event"), m.T("credible figure (%s, log scale)", meas), m.T("highest partisan claim\n(%s, log scale)", meas), m)
	pl.X.Scale, pl.Y.Scale = gplot.LogScale{}, gplot.LogScale{}
	pl.X.Tick.Marker, pl.Y.Tick.Marker = logTicks{m}, logTicks{m}
	type pt struct {
		best, lo, hi, v float64
	}
	byKind := map[claims.SourceKind][]pt{}
	lo, hi := math.Inf(1), 1.0
	for _, c := range cmps {
		v, ok := c.Claimed.Point(claims.Conservative)
		if !ok || v <= 0 || !c.Confirmed.IsKnown() || c.Confirmed.Best <= 0 {
			continue
		}
		q := pt{best: float64(c.Confirmed.Best), lo: float64(max(c.Confirmed.Min, 1)), hi: float64(c.Confirmed.Max), v: v}
		if c.Confirmed.Max == claims.Inf {
			q.hi = math.Inf(1)
		}
		byKind[c.ClaimedBy.Kind] = append(byKind[c.ClaimedBy.Kind], q)
		lo, hi = min(lo, q.lo, v), max(hi, q.best, v)
		if !math.IsInf(q.hi, 1) {
			hi = max(hi, q.hi)
		}
	}
	if math.IsInf(lo, 1) {
		return nil, fmt.Errorf("plot: parity: %w", ErrNoData)
	}
	lo, hi = lo/1.5, hi*1.5
	diag, err := line(plotter.XYs{{X: lo, Y: lo}, {X: hi, Y: hi}}, Grey, true)
	if err != nil {
		return nil, err
	}
	pl.Add(diag)
	pl.Legend.Add(m.leg(m.T("claimed = credible")), diag)
	kinds := make([]claims.SourceKind, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	intervals := false
	for _, k := range kinds {
		col := SourceKindColor(k)
		var xy plotter.XYs
		for _, q := range byKind[k] {
			xy = append(xy, plotter.XY{X: q.best, Y: q.v})
			if q.lo == q.hi {
				continue
			}
			intervals = true
			right := min(q.hi, hi)
			seg, err := line(plotter.XYs{{X: q.lo, Y: q.v}, {X: right, Y: q.v}}, col, false)
			if err != nil {
				return nil, err
			}
			pl.Add(seg)
			if math.IsInf(q.hi, 1) {
				arrow, err := plotter.NewScatter(plotter.XYs{{X: right, Y: q.v}})
				if err != nil {
					return nil, fmt.Errorf("plot: scatter: %w", err)
				}
				arrow.GlyphStyle = draw.GlyphStyle{Color: col, Radius: vg.Points(4), Shape: triangle{}}
				pl.Add(arrow)
			}
		}
		sc, err := plotter.NewScatter(xy)
		if err != nil {
			return nil, fmt.Errorf("plot: scatter: %w", err)
		}
		sc.Color = col
		sc.Shape = draw.CircleGlyph{}
		sc.Radius = vg.Points(3)
		pl.Add(sc)
		pl.Legend.Add(m.leg(m.W(k.String())), sc)
	}
	if intervals {
		pl.Legend.Add(m.leg(m.T("a line: the credible figure is an interval")))
	}
	pl.X.Min, pl.X.Max, pl.Y.Min, pl.Y.Max = lo, hi, lo, hi
	legendAbove(pl)
	return pl, nil
}

// logTicks are gonum's log ticks, labelled with the language's separators.
type logTicks struct{ m Meta }

// Ticks implements plot.Ticker.
func (t logTicks) Ticks(min, max float64) []gplot.Tick {
	ts := gplot.LogTicks{Prec: -1}.Ticks(min, max)
	for i := range ts {
		if ts[i].Label != "" {
			ts[i].Label = t.m.num(int64(math.Round(ts[i].Value)))
		}
	}
	return ts
}

// Silence charts, per side, the share of events on which it had said nothing by each
// period's end. The share axis stops at 100%.
func Silence(rates []stats.SilenceRate, p stats.Period, m Meta) (*gplot.Plot, error) {
	pl := newPlot(m.T("Silence: events without a statement by the side"), m.T("Date (%s)", m.W(p.String())), m.T("share of the side's events (%)"), m)
	pl.X.Tick.Marker = DateTicks{Lang: m.Lang, Latin: m.Latin}
	pl.Y.Tick.Marker = PercentTicks{Lang: m.Lang, Latin: m.Latin}
	bySide := map[claims.Side]plotter.XYs{}
	for _, r := range rates {
		mid := (x(p, r.Period) + x(p, r.Period+1)) / 2
		bySide[r.Side] = append(bySide[r.Side], plotter.XY{X: mid, Y: 100 * r.Rate})
	}
	for _, side := range []claims.Side{claims.SideState, claims.SideArmedGroup} {
		xy := bySide[side]
		if len(xy) == 0 {
			continue
		}
		c := Blue
		if side == claims.SideArmedGroup {
			c = Vermilion
		}
		l, err := line(xy, c, false)
		if err != nil {
			return nil, err
		}
		pts, err := plotter.NewScatter(xy)
		if err != nil {
			return nil, fmt.Errorf("plot: scatter: %w", err)
		}
		pts.Color, pts.Shape = c, draw.CircleGlyph{}
		pl.Add(l, pts)
		pl.Legend.Add(m.leg(m.W(side.String())), l, pts)
	}
	if len(rates) > 0 {
		pl.X.Min, pl.X.Max = x(p, rates[0].Period), x(p, rates[len(rates)-1].Period+1)
	}
	pl.Y.Min, pl.Y.Max = 0, 100
	legendAbove(pl)
	return pl, nil
}

// SmallMultiples charts each series in its own panel, cols to a row, with shared
// axes: the same dates and the same y range in every panel. A period whose events
// have no credible figure is a hatched gap.
func SmallMultiples(series []stats.Series, p stats.Period, measure string, cols int, m Meta) ([][]*gplot.Plot, error) {
	if cols < 1 {
		cols = 3
	}
	top := 1.0
	lo, hi := math.MaxInt, math.MinInt
	for _, s := range series {
		for _, pt := range s.Points {
			if Known(pt) {
				top = max(top, float64(pt.Best))
			}
			lo, hi = min(lo, pt.Period), max(hi, pt.Period)
		}
	}
	var grid [][]*gplot.Plot
	for i, s := range series {
		if i%cols == 0 {
			grid = append(grid, make([]*gplot.Plot, cols))
		}
		pl := newPlot(s.Key, "", m.W(measure), m)
		// Narrow panels: the caption and the hatching's meaning in one line.
		pl.X.Label.Text = m.wrap(m.Label(m.Caption()+"; "+m.T("hatched: no credible figure")), MinFont, 0)
		pl.X.Label.TextStyle.Font.Size = MinFont
		pl.Title.TextStyle.Font.Size = MinFont + 2
		pl.X.Tick.Marker = DateTicks{Lang: m.Lang, Latin: m.Latin}
		pl.Y.Tick.Marker = CountTicks{Lang: m.Lang, Latin: m.Latin}
		var xy plotter.XYs
		unknown := newHatch(Grey)
		for _, pt := range s.Points {
			v := float64(pt.Best)
			if !Known(pt) {
				v = gap
				unknown.add(x(p, pt.Period), x(p, pt.Period+1))
			}
			xy = step(xy, p, pt.Period, v)
		}
		if len(unknown.spans) > 0 {
			pl.Add(unknown)
		}
		l, err := line(xy, ConfirmedColor, false)
		if err != nil {
			return nil, err
		}
		pl.Add(l)
		if lo <= hi {
			pl.X.Min, pl.X.Max = x(p, lo), x(p, hi+1)
		}
		pl.Y.Min, pl.Y.Max = 0, top*1.05
		grid[i/cols][i%cols] = pl
	}
	return grid, nil
}

// Stacked charts the series as areas stacked on each other, the largest at the
// bottom, a colour per key. by names what the keys are (country, admin1). A key's
// period with no credible figure adds nothing to the stack, so the period is
// hatched: its height is a floor.
func Stacked(series []stats.Series, p stats.Period, measure, by string, m Meta) (*gplot.Plot, error) {
	per := m.W(p.String())
	pl := newPlot(capitalise(m.T("%s by %s, stacked", m.W(measure), m.W(by))), m.T("Date (%s)", per), m.T("%s per %s", m.W(measure), per), m)
	pl.X.Tick.Marker = DateTicks{Lang: m.Lang, Latin: m.Latin}
	pl.Y.Tick.Marker = CountTicks{Lang: m.Lang, Latin: m.Latin}
	if len(series) == 0 {
		return nil, fmt.Errorf("plot: stacked: %w", ErrNoData)
	}
	order := make([]int, len(series))
	total := make([]float64, len(series))
	for i, s := range series {
		order[i] = i
		for _, pt := range s.Points {
			if Known(pt) {
				total[i] += float64(pt.Best)
			}
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return total[order[a]] > total[order[b]] })
	n := len(series[0].Points)
	base := make([]float64, n)
	unknownAt := make([]bool, n)
	top := 1.0
	for k, i := range order {
		s := series[i]
		var lower, upper plotter.XYs
		for j, pt := range s.Points {
			x0, x1 := x(p, pt.Period), x(p, pt.Period+1)
			lower = append(lower, plotter.XY{X: x0, Y: base[j]}, plotter.XY{X: x1, Y: base[j]})
			if Known(pt) {
				base[j] += float64(pt.Best)
			} else {
				unknownAt[j] = true
			}
			upper = append(upper, plotter.XY{X: x0, Y: base[j]}, plotter.XY{X: x1, Y: base[j]})
			top = max(top, base[j])
		}
		polys, err := band(lower, upper, Palette[k%len(Palette)])
		if err != nil {
			return nil, err
		}
		for _, poly := range polys {
			pl.Add(poly)
		}
		if len(polys) > 0 {
			pl.Legend.Add(m.leg(s.Key), polys[0])
		}
	}
	unknown := newHatch(Grey)
	for j, u := range unknownAt {
		if u {
			pt := series[0].Points[j]
			unknown.add(x(p, pt.Period), x(p, pt.Period+1))
		}
	}
	if len(unknown.spans) > 0 {
		pl.Add(unknown)
		pl.Legend.Add(m.leg(m.T("hatched: a figure of the period is unknown")), unknown)
	}
	if pts := series[0].Points; len(pts) > 0 {
		pl.X.Min, pl.X.Max = x(p, pts[0].Period), x(p, pts[len(pts)-1].Period+1)
	}
	pl.Y.Min, pl.Y.Max = 0, top*1.05
	legendAbove(pl)
	return pl, nil
}

// periodLabels thins a period axis's nominal labels so that they do not collide:
// at most one per 64 points of the chart's width (about 12 on the default width).
func (m Meta) periodLabels(labels []string) []string {
	w := m.Width
	if w == 0 {
		w = Width
	}
	most := max(2, int((w-vg.Points(60))/vg.Points(64)))
	step := max(1, (len(labels)+most-1)/most)
	out := make([]string, len(labels))
	for i, l := range labels {
		if i%step == 0 {
			out[i] = l
		}
	}
	return out
}

// barWidth is the width of the bars of n periods: 14 points, or less so that they
// do not overlap on the chart's width.
func (m Meta) barWidth(n int) vg.Length {
	w := m.Width
	if w == 0 {
		w = Width
	}
	return min(vg.Points(14), (w-vg.Points(70))*0.8/vg.Length(max(n, 1)))
}

// NewAreas charts the number of admin1 areas reached for the first time per period,
// naming them over the bars when there are few. first is the index of the data's
// first period: every area is "new" in it, since nothing before it is known, so its
// bar is grey and the chart says why.
func NewAreas(spread []stats.Spread, p stats.Period, first int, m Meta) (*gplot.Plot, error) {
	pl := newPlot(m.T("Areas with an event for the first time"), m.W(p.String()), m.T("new admin1 areas"), m)
	pl.Y.Tick.Marker = CountTicks{Lang: m.Lang, Latin: m.Latin}
	if len(spread) == 0 {
		return nil, fmt.Errorf("plot: new areas: %w", ErrNoData)
	}
	lo, hi := spread[0].Period, spread[len(spread)-1].Period
	vals := make(plotter.Values, hi-lo+1)
	firstVals := make(plotter.Values, hi-lo+1)
	labels := make([]string, hi-lo+1)
	for i := range labels {
		labels[i] = p.Label(lo + i)
	}
	var names plotter.XYLabels
	top := 1.0
	caveat := false
	for _, s := range spread {
		if s.Period == first {
			firstVals[s.Period-lo] = float64(len(s.New))
			caveat = true
		} else {
			vals[s.Period-lo] = float64(len(s.New))
		}
		top = max(top, float64(len(s.New)))
	}
	bc, err := plotter.NewBarChart(vals, m.barWidth(len(vals)))
	if err != nil {
		return nil, fmt.Errorf("plot: bars: %w", err)
	}
	bc.Color, bc.LineStyle.Width = Orange, 0
	pl.Add(bc)
	if caveat {
		fb, err := plotter.NewBarChart(firstVals, m.barWidth(len(firstVals)))
		if err != nil {
			return nil, fmt.Errorf("plot: bars: %w", err)
		}
		fb.Color, fb.LineStyle.Width = Grey, 0
		pl.Add(fb)
		pl.Legend.Add(m.leg(m.T("data's first period (every area is new)")), fb)
		// The caveat goes under the title, centred on the whole chart.
		pl.Title.Text += "\n" + m.wrap(m.Label(m.T("The data start in %s: every area is new in that first period.", p.Label(first))), 13, 0)
	}
	if len(spread) <= 6 {
		for _, s := range spread {
			n := len(s.New)
			txt := ""
			for i, a := range s.New {
				if i == 2 {
					txt += fmt.Sprintf(" +%d", n-2)
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
		l, err := plotter.NewLabels(names)
		if err != nil {
			return nil, fmt.Errorf("plot: labels: %w", err)
		}
		for i := range l.TextStyle {
			l.TextStyle[i].Font.Size = MinFont
			m.style(&l.TextStyle[i])
		}
		pl.Add(l)
	}
	pl.NominalX(m.periodLabels(labels)...)
	pl.Y.Min, pl.Y.Max = 0, top*1.3
	legendAbove(pl)
	return pl, nil
}

// Statuses charts, per period, how many assessments had each status, stacked.
func Statuses(counts []stats.StatusCount, p stats.Period, m Meta) (*gplot.Plot, error) {
	pl := newPlot(m.T("Status of the figures per period"), m.W(p.String()), m.T("assessments (event × outcome × group)"), m)
	pl.Y.Tick.Marker = CountTicks{Lang: m.Lang, Latin: m.Latin}
	if len(counts) == 0 {
		return nil, fmt.Errorf("plot: statuses: %w", ErrNoData)
	}
	labels := make([]string, len(counts))
	top := 1.0
	var prev *plotter.BarChart
	for _, st := range claims.Statuses() {
		vals := make(plotter.Values, len(counts))
		any := false
		for i, c := range counts {
			vals[i] = float64(c.Count(st))
			labels[i] = c.Label
			any = any || c.Count(st) > 0
		}
		bc, err := plotter.NewBarChart(vals, m.barWidth(len(vals)))
		if err != nil {
			return nil, fmt.Errorf("plot: bars: %w", err)
		}
		bc.Color, bc.LineStyle.Width = StatusColor(st), 0
		if prev != nil {
			bc.StackOn(prev)
		}
		prev = bc
		pl.Add(bc)
		if any {
			pl.Legend.Add(m.leg(m.W(st.String())), bc)
		}
	}
	for _, c := range counts {
		t := 0
		for _, n := range c.Counts {
			t += n
		}
		top = max(top, float64(t))
	}
	pl.NominalX(m.periodLabels(labels)...)
	pl.Y.Min, pl.Y.Max = 0, top*1.05
	legendAbove(pl)
	return pl, nil
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
// the lists hold. An unbounded interval runs open to the right edge.
func Estimates(bars []EstimateBar, observed float64, m Meta) (*gplot.Plot, error) {
	pl := newPlot(m.T("Estimated total, per model (95% intervals)"), m.T("total killed (observed and unobserved)"), "", m)
	pl.X.Tick.Marker = CountTicks{Lang: m.Lang, Latin: m.Latin}
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
	opens := &open{color: ConfirmedColor, horizontal: true}
	for i, b := range bars {
		y := float64(len(bars) - 1 - i)
		if math.IsInf(b.High, 1) {
			opens.spans = append(opens.spans, [3]float64{y - 0.08, y + 0.08, b.Low})
		} else {
			seg, err := line(plotter.XYs{{X: b.Low, Y: y}, {X: b.High, Y: y}}, ConfirmedColor, false)
			if err != nil {
				return nil, err
			}
			pl.Add(seg)
		}
		pts = append(pts, plotter.XY{X: b.Abundance, Y: y})
		names = append(names, m.Label(b.Name))
	}
	if len(opens.spans) > 0 {
		pl.Add(opens)
	}
	slices.Reverse(names)
	if len(pts) > 0 {
		sc, err := plotter.NewScatter(pts)
		if err != nil {
			return nil, fmt.Errorf("plot: scatter: %w", err)
		}
		sc.Color, sc.Shape, sc.Radius = ConfirmedColor, draw.CircleGlyph{}, vg.Points(3.5)
		pl.Add(sc)
		pl.Legend.Add(m.leg(m.T("estimate and 95% interval")), sc)
	}
	obs, err := line(plotter.XYs{{X: observed, Y: -0.5}, {X: observed, Y: float64(len(bars)) - 0.5}}, Vermilion, true)
	if err != nil {
		return nil, err
	}
	pl.Add(obs)
	pl.Legend.Add(m.leg(m.T("observed on the lists (%s)", m.num(int64(math.Round(observed))))), obs)
	pl.NominalY(names...)
	pl.X.Min, pl.X.Max = 0, top
	pl.Y.Min, pl.Y.Max = -0.5, float64(len(bars))-0.5
	legendAbove(pl)
	return pl, nil
}
