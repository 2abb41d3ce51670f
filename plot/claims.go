package plot

import (
	"fmt"
	"math"

	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/bilan-dev/bilan/claims"
)

// EventClaimsHeight is the height that fits EventClaims with rows rows.
func EventClaimsHeight(rows int) vg.Length {
	return 1.9*vg.Inch + vg.Length(max(rows, 1))*0.32*vg.Inch
}

// EventClaimRows counts the rows EventClaims draws for an assessment of e.
func EventClaimRows(e *claims.Event, a claims.Assessment) int {
	n := 0
	for i := range e.Claims {
		if _, ok := claimRow(&e.Claims[i], a); ok {
			n++
		}
	}
	return n
}

// claimRow returns a claim's figure for the assessment's outcome and group, and
// whether the claim belongs on the chart: it gives that figure, or it is silence or
// a denial, or it gives no figure at all.
func claimRow(c *claims.Claim, a claims.Assessment) (claims.Figure, bool) {
	if f, ok := c.Figure(a.Outcome, a.Group); ok {
		return f, true
	}
	return claims.Figure{}, c.Stance == claims.Silence || c.Stance == claims.Denial || len(c.Figures) == 0
}

// EventClaims charts what each source said about one event's outcome and group (one
// assessment of claims.Reconcile): a row per claim, in the event's order, with its
// figure as a point (an exact figure), a line (a range) or a line open to the right
// (no upper bound), coloured by the source's kind; silence and denial are marked
// and named; the reconciled Low–Best–High is drawn across every row, a band from
// Low to High (fading to the right edge when High is unbounded) with a line at
// Best. The axis is logarithmic when the figures span more than a factor of 20 and
// none is zero.
func EventClaims(e *claims.Event, a claims.Assessment, m Meta) (*gplot.Plot, error) {
	comma := ", "
	if m.Lang == Arabic {
		comma = "، "
	}
	what := m.W(a.Outcome.String()) + comma + m.W(a.Group.String())
	pl := newPlot(m.T("%s, %s: what each source said", e.ID, what), what, m.T("source"), m)
	type row struct {
		c   *claims.Claim
		f   claims.Figure
		has bool
	}
	var rows []row
	lo, hi := math.Inf(1), math.Inf(-1)
	for i := range e.Claims {
		c := &e.Claims[i]
		f, ok := claimRow(c, a)
		if !ok {
			continue
		}
		r := row{c: c, f: f, has: f.IsKnown()}
		rows = append(rows, r)
		if r.has {
			lo = min(lo, float64(f.Min))
			hi = max(hi, float64(f.Min))
			if f.Max != claims.Inf {
				hi = max(hi, float64(f.Max))
			}
		}
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("plot: event claims: %w", ErrNoData)
	}
	est := a.Estimate
	if est.IsKnown() {
		lo, hi = min(lo, float64(est.Min)), max(hi, float64(est.Min), float64(est.Best))
		if est.Max != claims.Inf {
			hi = max(hi, float64(est.Max))
		}
	}
	if math.IsInf(lo, 1) {
		lo, hi = 0, 1
	}
	logScale := lo >= 1 && hi/lo > 20
	var xmin, xmax float64
	if logScale {
		xmin, xmax = lo/2, hi*2
		pl.X.Scale = gplot.LogScale{}
		pl.X.Tick.Marker = logTicks{m}
	} else {
		span := max(hi, 1)
		xmin, xmax = 0, span*1.15
		pl.X.Tick.Marker = CountTicks{Lang: m.Lang, Latin: m.Latin}
		// Room at the left for the silence and denial marks.
		if lo < span*0.2 {
			xmin = -span * 0.25
		}
	}
	n := len(rows)
	ymin, ymax := -0.6, float64(n)-0.4

	// The reconciled figure, behind the rows.
	if est.IsKnown() {
		if est.Max == claims.Inf {
			o := &open{color: ConfirmedColor, horizontal: true, spans: [][3]float64{{ymin, ymax, float64(max(est.Min, 0))}}}
			if logScale {
				o.spans[0][2] = max(float64(est.Min), xmin)
			}
			pl.Add(o)
		} else {
			lo, hi := float64(est.Min), float64(est.Max)
			if lo == hi {
				// A point: a narrow band so that it shows.
				lo, hi = lo-(xmax-xmin)*0.004, hi+(xmax-xmin)*0.004
				if logScale {
					lo, hi = float64(est.Min)*0.97, float64(est.Max)*1.03
				}
			}
			poly, err := plotter.NewPolygon(plotter.XYs{{X: lo, Y: ymin}, {X: hi, Y: ymin}, {X: hi, Y: ymax}, {X: lo, Y: ymax}})
			if err != nil {
				return nil, fmt.Errorf("plot: polygon: %w", err)
			}
			poly.Color, poly.LineStyle.Width = fill(ConfirmedColor, 50), 0
			pl.Add(poly)
		}
		bl, err := line(plotter.XYs{{X: float64(est.Best), Y: ymin}, {X: float64(est.Best), Y: ymax}}, ConfirmedColor, false)
		if err != nil {
			return nil, err
		}
		pl.Add(bl)
		pl.Legend.Add(m.leg(m.T("credible Low–Best–High")+": "+m.lang().Int(est.Min)+" – "+m.lang().Int(est.Best)+" – "+m.lang().Int(est.Max)), bl)
	} else {
		pl.Legend.Add(m.leg(m.T("no credible figure")))
	}

	kinds := map[claims.SourceKind]bool{}
	var names []string
	var marks plotter.XYLabels
	for i, r := range rows {
		y := float64(n - 1 - i)
		names = append(names, m.Label(r.c.Source.Name))
		col := SourceKindColor(r.c.Source.Kind)
		switch {
		case r.c.Stance == claims.Silence:
			marks.XYs = append(marks.XYs, plotter.XY{X: xmin, Y: y})
			marks.Labels = append(marks.Labels, "○ "+m.T("silent"))
			continue
		case !r.has:
			word := m.T("no figure")
			if r.c.Stance == claims.Denial {
				word = m.T("denies")
			}
			marks.XYs = append(marks.XYs, plotter.XY{X: xmin, Y: y})
			marks.Labels = append(marks.Labels, "× "+word)
			continue
		}
		kinds[r.c.Source.Kind] = true
		f := r.f
		x0, x1 := float64(f.Min), float64(f.Max)
		if logScale {
			x0 = max(x0, xmin)
		}
		if f.Max == claims.Inf {
			o := &open{color: col, horizontal: true, spans: [][3]float64{{y - 0.12, y + 0.12, x0}}}
			pl.Add(o)
		} else if x1 > x0 {
			seg, err := line(plotter.XYs{{X: x0, Y: y}, {X: x1, Y: y}}, col, false)
			if err != nil {
				return nil, err
			}
			seg.ls[0].Width = vg.Points(4)
			pl.Add(seg)
		}
		pt := float64(f.Min)
		if p, ok := f.Point(claims.Stated); ok {
			pt = p
		}
		if logScale {
			pt = max(pt, xmin)
		}
		sc, err := plotter.NewScatter(plotter.XYs{{X: pt, Y: y}})
		if err != nil {
			return nil, fmt.Errorf("plot: scatter: %w", err)
		}
		sc.GlyphStyle = draw.GlyphStyle{Color: col, Radius: vg.Points(4), Shape: draw.CircleGlyph{}}
		if r.c.Stance == claims.Denial {
			sc.Shape = draw.CrossGlyph{}
			marks.XYs = append(marks.XYs, plotter.XY{X: pt, Y: y})
			marks.Labels = append(marks.Labels, "  "+m.T("denies"))
		}
		pl.Add(sc)
	}
	if len(marks.XYs) > 0 {
		for i := range marks.Labels {
			marks.Labels[i] = m.Label(marks.Labels[i])
		}
		ls, err := plotter.NewLabels(marks)
		if err != nil {
			return nil, fmt.Errorf("plot: labels: %w", err)
		}
		for i := range ls.TextStyle {
			ls.TextStyle[i].Font.Size = MinFont
			ls.TextStyle[i].YAlign = draw.YCenter
			m.style(&ls.TextStyle[i])
		}
		ls.Offset.X = vg.Points(3)
		pl.Add(ls)
	}
	for _, k := range claims.SourceKinds() {
		if kinds[k] {
			sc, err := plotter.NewScatter(plotter.XYs{{X: xmin, Y: ymin}})
			if err != nil {
				return nil, fmt.Errorf("plot: scatter: %w", err)
			}
			sc.GlyphStyle = draw.GlyphStyle{Color: SourceKindColor(k), Radius: vg.Points(4), Shape: draw.CircleGlyph{}}
			pl.Legend.Add(m.leg(m.W(k.String())), legendOnly{sc})
		}
	}
	pl.NominalY(reverse(names)...)
	// The caption is centred on the data, right of the names: wrap it to the
	// width left of them.
	face := fonts().Lookup(Font, pl.Y.Tick.Label.Font.Size)
	var widest vg.Length
	for _, n := range names {
		widest = max(widest, face.Width(n))
	}
	caption := m.Caption()
	if logScale {
		caption = m.T("%s (log scale)", what) + "\n" + caption
	} else {
		caption = what + "\n" + caption
	}
	pl.X.Label.Text = m.wrap(m.Label(caption), MinFont+1, widest+vg.Points(50))
	pl.X.Min, pl.X.Max = xmin, xmax
	pl.Y.Min, pl.Y.Max = ymin, ymax
	pl.Legend.Left = !m.Lang.RTL()
	legendAbove(pl)
	return pl, nil
}

// legendOnly is a thumbnail for the legend that draws nothing on the chart.
type legendOnly struct{ t gplot.Thumbnailer }

// Thumbnail implements plot.Thumbnailer.
func (l legendOnly) Thumbnail(c *draw.Canvas) { l.t.Thumbnail(c) }

func reverse(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}
