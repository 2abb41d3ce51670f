package plot

import (
	"image/color"
	"math"

	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// gap is the value that breaks a line or a band: a period whose figure is not known
// is left out, never drawn at zero.
var gap = math.NaN()

// runs splits xy at its non-finite points (gaps) into the runs of finite points
// between them.
func runs(xy plotter.XYs) []plotter.XYs {
	var out []plotter.XYs
	from := -1
	for i, p := range xy {
		ok := !math.IsNaN(p.Y) && !math.IsInf(p.Y, 0) && !math.IsNaN(p.X) && !math.IsInf(p.X, 0)
		switch {
		case ok && from < 0:
			from = i
		case !ok && from >= 0:
			out = append(out, xy[from:i])
			from = -1
		}
	}
	if from >= 0 {
		out = append(out, xy[from:])
	}
	return out
}

// hatch marks spans of the x axis, [X0, X1) each, with diagonal lines across the
// whole height of the data area: the periods whose figures are unknown, which a
// chart leaves out instead of drawing at zero.
type hatch struct {
	spans [][2]float64
	color color.Color
}

func newHatch(c color.Color) *hatch { return &hatch{color: c} }

func (h *hatch) add(x0, x1 float64) { h.spans = append(h.spans, [2]float64{x0, x1}) }

func (h *hatch) style() draw.LineStyle {
	return draw.LineStyle{Color: h.color, Width: vg.Points(0.7)}
}

// Plot implements plot.Plotter.
func (h *hatch) Plot(c draw.Canvas, p *gplot.Plot) {
	trX, _ := p.Transforms(&c)
	for _, s := range h.spans {
		x0, x1 := trX(s[0]), trX(s[1])
		if x1-x0 < vg.Points(2) {
			x1 = x0 + vg.Points(2)
		}
		r := vg.Rectangle{Min: vg.Point{X: x0, Y: c.Min.Y}, Max: vg.Point{X: x1, Y: c.Max.Y}}
		hatchRect(c, r, h.style())
	}
}

// hatchRect draws diagonal lines, 5 points apart, clipped to r.
func hatchRect(c draw.Canvas, r vg.Rectangle, st draw.LineStyle) {
	step := vg.Points(5)
	w, ht := r.Max.X-r.Min.X, r.Max.Y-r.Min.Y
	for d := -ht; d < w; d += step {
		// The line x = r.Min.X + d + (y - r.Min.Y), clipped to r.
		a := vg.Point{X: r.Min.X + d, Y: r.Min.Y}
		b := vg.Point{X: r.Min.X + d + ht, Y: r.Max.Y}
		if a.X < r.Min.X {
			a = vg.Point{X: r.Min.X, Y: r.Min.Y + (r.Min.X - a.X)}
		}
		if b.X > r.Max.X {
			b = vg.Point{X: r.Max.X, Y: r.Max.Y - (b.X - r.Max.X)}
		}
		c.StrokeLine2(st, a.X, a.Y, b.X, b.Y)
	}
	outline := st
	outline.Dashes = []vg.Length{vg.Points(2), vg.Points(2)}
	c.StrokeLines(outline, []vg.Point{{X: r.Min.X, Y: r.Min.Y}, {X: r.Min.X, Y: r.Max.Y}}, []vg.Point{{X: r.Max.X, Y: r.Min.Y}, {X: r.Max.X, Y: r.Max.Y}})
}

// Thumbnail implements plot.Thumbnailer.
func (h *hatch) Thumbnail(c *draw.Canvas) { hatchRect(*c, c.Rectangle, h.style()) }

// DataRange implements plot.DataRanger: a hatch does not widen the axes.
func (h *hatch) DataRange() (xmin, xmax, ymin, ymax float64) {
	return math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
}

// open draws intervals with no upper bound: from each lower bound a column to the
// top of the data area whose fill fades upward, capped by an upward triangle, so
// that no reader takes the top of the chart for an upper figure. With vertical
// unset the columns are rows running right, capped by a rightward triangle.
type open struct {
	// spans are x0, x1, low: a column over [x0, x1) from low up (or a row over
	// [x0, x1) in y from low right, when horizontal).
	spans      [][3]float64
	color      color.Color
	horizontal bool
}

// Plot implements plot.Plotter.
func (o *open) Plot(c draw.Canvas, p *gplot.Plot) {
	trX, trY := p.Transforms(&c)
	const steps = 6
	for _, s := range o.spans {
		var r vg.Rectangle
		if o.horizontal {
			r = vg.Rectangle{Min: vg.Point{X: trX(s[2]), Y: trY(s[0])}, Max: vg.Point{X: c.Max.X, Y: trY(s[1])}}
		} else {
			r = vg.Rectangle{Min: vg.Point{X: trX(s[0]), Y: trY(s[2])}, Max: vg.Point{X: trX(s[1]), Y: c.Max.Y}}
		}
		if o.horizontal {
			r.Min.X = max(r.Min.X, c.Min.X)
		} else {
			r.Min.Y = max(r.Min.Y, c.Min.Y)
		}
		for k := range steps {
			a := uint8(70 - 60*k/steps)
			piece := r
			if o.horizontal {
				w := (r.Max.X - r.Min.X) / steps
				piece.Min.X, piece.Max.X = r.Min.X+w*vg.Length(k), r.Min.X+w*vg.Length(k+1)
			} else {
				h := (r.Max.Y - r.Min.Y) / steps
				piece.Min.Y, piece.Max.Y = r.Min.Y+h*vg.Length(k), r.Min.Y+h*vg.Length(k+1)
			}
			c.SetColor(fill(o.color, a))
			c.Fill(piece.Path())
		}
		gl := draw.GlyphStyle{Color: o.color, Radius: vg.Points(4), Shape: triangle{up: true}}
		if o.horizontal {
			gl.Shape = triangle{}
			c.DrawGlyph(gl, vg.Point{X: r.Max.X - vg.Points(4), Y: r.Min.Y + min((r.Max.Y-r.Min.Y)/2, vg.Points(6))})
		} else {
			c.DrawGlyph(gl, vg.Point{X: (r.Min.X + r.Max.X) / 2, Y: r.Max.Y - vg.Points(4)})
		}
	}
}

// Thumbnail implements plot.Thumbnailer.
func (o *open) Thumbnail(c *draw.Canvas) {
	r := c.Rectangle
	h := (r.Max.Y - r.Min.Y) / 3
	for k := range 3 {
		piece := r
		piece.Min.Y, piece.Max.Y = r.Min.Y+h*vg.Length(k), r.Min.Y+h*vg.Length(k+1)
		c.SetColor(fill(o.color, uint8(70-20*k)))
		c.Fill(piece.Path())
	}
}

// DataRange implements plot.DataRanger: the lower bounds only.
func (o *open) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for _, s := range o.spans {
		if o.horizontal {
			xmin, xmax = min(xmin, s[2]), max(xmax, s[2])
			ymin, ymax = min(ymin, s[0]), max(ymax, s[1])
		} else {
			xmin, xmax = min(xmin, s[0]), max(xmax, s[1])
			ymin, ymax = min(ymin, s[2]), max(ymax, s[2])
		}
	}
	return
}

// triangle is a filled triangle glyph pointing right, or up: the mark of an
// interval open in that direction.
type triangle struct{ up bool }

// DrawGlyph implements draw.GlyphDrawer.
func (t triangle) DrawGlyph(c *draw.Canvas, sty draw.GlyphStyle, pt vg.Point) {
	r := sty.Radius
	var p vg.Path
	if t.up {
		p.Move(vg.Point{X: pt.X, Y: pt.Y + r})
		p.Line(vg.Point{X: pt.X - r, Y: pt.Y - r/2})
		p.Line(vg.Point{X: pt.X + r, Y: pt.Y - r/2})
	} else {
		p.Move(vg.Point{X: pt.X + r, Y: pt.Y})
		p.Line(vg.Point{X: pt.X - r/2, Y: pt.Y + r})
		p.Line(vg.Point{X: pt.X - r/2, Y: pt.Y - r})
	}
	p.Close()
	c.SetColor(sty.Color)
	c.Fill(p)
}
