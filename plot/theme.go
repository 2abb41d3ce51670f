package plot

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/bilan-dev/bilan/claims"
)

// The Okabe-Ito palette.
var (
	Black     = color.RGBA{0, 0, 0, 255}
	Orange    = color.RGBA{0xE6, 0x9F, 0x00, 255}
	SkyBlue   = color.RGBA{0x56, 0xB4, 0xE9, 255}
	Green     = color.RGBA{0x00, 0x9E, 0x73, 255}
	Yellow    = color.RGBA{0xF0, 0xE4, 0x42, 255}
	Blue      = color.RGBA{0x00, 0x72, 0xB2, 255}
	Vermilion = color.RGBA{0xD5, 0x5E, 0x00, 255}
	Purple    = color.RGBA{0xCC, 0x79, 0xA7, 255}
	Grey      = color.RGBA{0x99, 0x99, 0x99, 255}
)

// Palette is the series colours in order.
var Palette = []color.Color{Blue, Orange, Green, Vermilion, SkyBlue, Purple, Yellow, Black}

// SourceKindColor is the fixed colour of a source kind.
func SourceKindColor(k claims.SourceKind) color.Color {
	return [...]color.Color{Grey, Vermilion, Blue, SkyBlue, Green, Orange, Purple, Black}[k%8]
}

// StatusColor is the fixed colour of a status.
func StatusColor(s claims.Status) color.Color {
	return [...]color.Color{Grey, Vermilion, Yellow, SkyBlue, Blue, Purple}[s%6]
}

// Confirmed and claimed figures have fixed colours too.
var (
	ConfirmedColor = Blue
	ClaimedColor   = Vermilion
)

// Meta is what every chart states besides its data.
type Meta struct {
	// Source names the data ("ACLED", "bilan Sahel seed dataset").
	Source string
	// AsOf is the date the data is as of.
	AsOf claims.Date
	// Shape draws the text as shaped glyph outlines (Shaper), so that PNG and PDF,
	// whose back ends cannot shape Arabic, show it joined and right to left: set
	// it for PNG and PDF. SVG leaves shaping to the browser.
	Shape bool
	// Latin replaces Arabic labels by their romanisation (see Latin), for PNG and
	// PDF made without Shape.
	Latin bool
	// Lang is the language of the chart's words and numbers; zero is English.
	Lang Lang
	// Width is the width the chart will be drawn at: titles, captions and legend
	// entries are wrapped to it. Zero means Width, the default.
	Width vg.Length
}

// wrap breaks s into lines that fit the chart's width, less indent, in type of the
// given size, at spaces, measured in the charts' font.
func (m Meta) wrap(s string, size vg.Length, indent vg.Length) string {
	w := m.Width
	if w == 0 {
		w = Width
	}
	limit := max(w-indent-vg.Points(24), 12*size/2)
	face := fonts().Lookup(Font, size)
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			switch {
			case line == "":
				line = word
			case face.Width(line+" "+word) > limit:
				out = append(out, line)
				line = word
			default:
				line += " " + word
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// leg is a legend entry's text as the chart shows it: romanised for PNG and PDF,
// wrapped to the chart's width.
func (m Meta) leg(s string) string { return m.wrap(m.Label(s), legendFont, vg.Points(72)) }

// legendFont is the size of legend entries.
const legendFont = MinFont + 1

// Caption is the line under every chart: source and as-of date.
func (m Meta) Caption() string {
	if m.AsOf != 0 {
		return m.Lang.Text("Source: %s; as of %s", m.Source, m.Lang.Date(m.AsOf))
	}
	return m.Lang.Text("Source: %s", m.Source)
}

// ErrNoData is returned, wrapped, by a chart function given nothing to draw: the
// caller says why there is no chart instead of showing an empty one.
var ErrNoData = errors.New("plot: nothing to draw")

// lang is the language of the chart's numbers: Arabic digits are romanised with the
// rest of the text for PNG and PDF.
func (m Meta) lang() Lang {
	if m.Latin && m.Lang == Arabic {
		return English
	}
	return m.Lang
}

// num writes a count as the chart shows it.
func (m Meta) num(x int64) string { return m.Label(m.lang().Int(x)) }

// T is Lang.Text in the chart's language.
func (m Meta) T(s string, args ...any) string { return m.Lang.Text(s, args...) }

// W is Lang.Word in the chart's language.
func (m Meta) W(id string) string { return m.Lang.Word(id) }

// Label returns s as the chart shows it: romanised when m.Latin and s holds Arabic.
func (m Meta) Label(s string) string {
	if m.Latin {
		return Latin(s)
	}
	return s
}

// MinFont is the smallest type on a chart, in points: at the widths the report
// shows its charts (at least 288 points drawn in 336 CSS pixels) it stays at or
// above 11 CSS pixels.
const MinFont = 10

// newPlot makes a plot with the theme's title, axis labels and caption.
func newPlot(title, x, y string, m Meta) *gplot.Plot {
	p := gplot.New()
	p.Title.Text = m.wrap(m.Label(title), 13, 0)
	p.X.Label.Text = m.wrap(m.Label(x+"\n"+m.Caption()), MinFont+1, vg.Points(40))
	if x == "" {
		p.X.Label.Text = m.wrap(m.Label(m.Caption()), MinFont+1, vg.Points(40))
	}
	p.Y.Label.Text = m.Label(y)
	p.Legend.Top = true
	p.Legend.Left = true
	p.Legend.ThumbnailWidth = 12
	p.Title.TextStyle.Font.Size = 13
	for _, st := range []*text.Style{&p.X.Label.TextStyle, &p.Y.Label.TextStyle, &p.X.Tick.Label, &p.Y.Tick.Label, &p.Legend.TextStyle} {
		st.Font.Size = max(st.Font.Size, MinFont)
	}
	for _, st := range []*text.Style{&p.Title.TextStyle, &p.X.Label.TextStyle, &p.Y.Label.TextStyle, &p.X.Tick.Label, &p.Y.Tick.Label, &p.Legend.TextStyle} {
		m.style(st)
	}
	p.X.Label.TextStyle.Font.Size = MinFont + 1
	p.Y.Label.TextStyle.Font.Size = MinFont + 1
	p.Legend.TextStyle.Font.Size = legendFont
	if m.Lang.RTL() {
		// Right to left: the legend at the right, its text before its
		// thumbnails, clear of the canvas's edge.
		p.Legend.Left = false
		p.Legend.XOffs = -vg.Points(6)
	}
	return p
}

// style sets a text style's font and handler: DejaVu Sans, drawn by the Shaper
// when m.Shape is set.
func (m Meta) style(st *text.Style) {
	st.Font.Typeface, st.Font.Variant = Font.Typeface, Font.Variant
	if m.Shape {
		st.Handler = NewShaper()
	} else {
		st.Handler = plain()
	}
}

// capitalise writes s's first letter as a capital (killed by country → Killed by
// country); scripts without case are unchanged.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) {
		return string(unicode.ToUpper(r)) + s[n:]
	}
	return s
}

// LegendHeight is the height of the band legendAbove adds between a chart's title
// and its data: a caller that sizes charts adds it, so that a long legend does not
// squeeze the data.
func LegendHeight(p *gplot.Plot) vg.Length {
	if h := p.Legend.Rectangle(draw.Canvas{}).Size().Y; h > 0 {
		return h + vg.Points(4)
	}
	return 0
}

// legendAbove moves the legend out of the data area into a band between the title
// and the data, so that it covers no point and the axes keep their data's range.
// Call it once the legend is complete.
func legendAbove(p *gplot.Plot) {
	h := p.Legend.Rectangle(draw.Canvas{}).Size().Y
	if h <= 0 {
		return
	}
	gap := vg.Points(4)
	p.Title.Padding += h + gap
	p.Legend.YOffs = h + gap/2
}

// CountTicks marks a count axis: whole numbers only, written with the language's
// thousands separator.
// With Latin set, Arabic digits are romanised as Meta.Latin does.
type CountTicks struct {
	Lang  Lang
	Latin bool
}

// Ticks implements plot.Ticker.
func (t CountTicks) Ticks(min, max float64) []gplot.Tick {
	return latinTicks(t.Latin, t.ticks(min, max))
}

func latinTicks(latin bool, ts []gplot.Tick) []gplot.Tick {
	if latin {
		for i := range ts {
			ts[i].Label = Latin(ts[i].Label)
		}
	}
	return ts
}

func (t CountTicks) ticks(min, max float64) []gplot.Tick {
	var out []gplot.Tick
	if max-min <= 8 {
		for v := math.Ceil(min); v <= max; v++ {
			out = append(out, gplot.Tick{Value: v, Label: t.Lang.Int(int64(v))})
		}
		return out
	}
	for _, tk := range (gplot.DefaultTicks{}).Ticks(min, max) {
		if tk.Value != math.Trunc(tk.Value) {
			continue
		}
		if tk.Label != "" {
			tk.Label = t.Lang.Int(int64(tk.Value))
		}
		out = append(out, tk)
	}
	return out
}

// PercentTicks marks a share axis in percent, from 0 to 100 at most: an axis raised
// above 100 to make room is not labelled beyond it.
// With Latin set, Arabic digits are romanised as Meta.Latin does.
type PercentTicks struct {
	Lang  Lang
	Latin bool
}

// Ticks implements plot.Ticker.
func (t PercentTicks) Ticks(min, max float64) []gplot.Tick {
	var out []gplot.Tick
	defer func() { latinTicks(t.Latin, out) }()
	for v := 0.0; v <= 100 && v <= max; v += 10 {
		if v < min {
			continue
		}
		tk := gplot.Tick{Value: v}
		if int(v)%20 == 0 {
			tk.Label = t.Lang.Percent(v / 100)
		}
		out = append(out, tk)
	}
	return out
}

// DateTicks puts ticks on month, quarter or year boundaries, by the span, on an axis
// whose values are claims.Date day numbers, labelled in Lang.
// With Latin set, Arabic is romanised as Meta.Latin does.
type DateTicks struct {
	Lang  Lang
	Latin bool
}

// Ticks implements plot.Ticker: a tick on every month (or quarter, or year, on long
// spans), labelled at the smallest step of 1, 3, 6, 12, 24 or 60 months that writes
// at most 8 labels: "Jul 2025" for months, "2025 Q3" for quarters, "2025" for years.
func (dt DateTicks) Ticks(min, max float64) []gplot.Tick {
	return latinTicks(dt.Latin, dt.ticks(min, max))
}

func (dt DateTicks) ticks(min, max float64) []gplot.Tick {
	l := dt.Lang
	lo, hi := claims.Date(math.Ceil(min)), claims.Date(math.Floor(max))
	if hi < lo {
		return nil
	}
	if int(hi-lo) < 45 {
		// A short span: label its first and last days.
		return []gplot.Tick{{Value: float64(lo), Label: l.Date(lo)}, {Value: float64(hi), Label: l.Date(hi)}}
	}
	months := int(hi-lo)/30 + 1
	label := 1
	for _, st := range []int{1, 3, 6, 12, 24, 60} {
		label = st
		if months/st <= 8 {
			break
		}
	}
	minor := 1
	if months > 48 {
		minor = 12
		if label < 12 {
			label = 12
		}
	} else if months > 16 {
		minor = 3
	}
	y, m, _ := lo.Civil()
	var ticks []gplot.Tick
	for i := 0; i < 2000; i++ {
		d := claims.MakeDate(y, m, 1)
		if d > hi {
			break
		}
		k := y*12 + int(m) - 1
		if d >= lo && k%minor == 0 {
			t := gplot.Tick{Value: float64(d)}
			if k%label == 0 {
				switch {
				case label >= 12:
					t.Label = l.Year(y)
				case label == 3:
					t.Label = quarter(l, y, (int(m)-1)/3+1)
				default:
					t.Label = l.Month(m) + " " + l.Year(y)
				}
			}
			ticks = append(ticks, t)
		}
		m++
		if m > 12 {
			m, y = 1, y+1
		}
	}
	return ticks
}

func quarter(l Lang, y, q int) string {
	switch l {
	case French:
		return fmt.Sprintf("T%d %d", q, y)
	case Arabic:
		return "ر" + l.Year(q) + " " + l.Year(y)
	}
	return fmt.Sprintf("%d Q%d", y, q)
}

// MaxPoints is the longest series drawn point for point: two points (a minimum and a
// maximum) for each pixel column of a chart of the default width at 96 dpi.
const MaxPoints = 1400

// chunk is how many points one path holds at most: the rasteriser's cost grows
// faster than the path's length, so long lines and bands are drawn in pieces.
const chunk = 128

// Decimate returns xy unchanged when it has at most MaxPoints points, and otherwise
// the minimum and maximum of each of MaxPoints/2 equal runs, in x order.
func Decimate(xy plotter.XYs) plotter.XYs {
	if len(xy) <= MaxPoints {
		return xy
	}
	buckets := MaxPoints / 2
	out := make(plotter.XYs, 0, MaxPoints)
	for b := range buckets {
		lo, hi := b*len(xy)/buckets, (b+1)*len(xy)/buckets
		mi, ma := lo, lo
		for i := lo; i < hi; i++ {
			if xy[i].Y < xy[mi].Y {
				mi = i
			}
			if xy[i].Y > xy[ma].Y {
				ma = i
			}
		}
		if mi > ma {
			mi, ma = ma, mi
		}
		out = append(out, xy[mi])
		if ma != mi {
			out = append(out, xy[ma])
		}
	}
	return out
}

// latin is the romanisation of the Arabic letters: a simplified ISO 233 without
// diacritics (ح h, ع ', ء '), as news agencies write names.
var latin = map[rune]string{
	'ا': "a", 'أ': "a", 'إ': "i", 'آ': "a", 'ٱ': "a", 'ء': "'", 'ؤ': "'", 'ئ': "'",
	'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh",
	'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z",
	'ع': "'", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n",
	'ه': "h", 'ة': "a", 'و': "w", 'ي': "y", 'ى': "a", 'پ': "p", 'چ': "ch", 'گ': "g", 'ڤ': "v",
	'،': ",", '؛': ";", '؟': "?", '٬': ",", '٫': ".", '٪': "%",
}

// Latin romanises the Arabic letters of s (see latin); Arabic-Indic digits become
// ASCII digits, diacritics and tatweel are dropped, and other text is kept.
func Latin(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '٠' && r <= '٩':
			b.WriteRune('0' + r - '٠')
		case r >= '۰' && r <= '۹':
			b.WriteRune('0' + r - '۰')
		case latin[r] != "":
			b.WriteString(latin[r])
		case r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640: // harakat, tatweel
		case unicode.Is(unicode.Arabic, r): // diacritics, tatweel, other marks
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
