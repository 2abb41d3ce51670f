package plot

import (
	"bytes"
	"math"
	"strings"
	"sync"
	"unicode"

	"codeberg.org/go-fonts/dejavu/dejavusans"
	"github.com/go-text/typesetting/di"
	gtfont "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
)

// Font is the typeface of every chart: DejaVu Sans (codeberg.org/go-fonts/dejavu,
// the Bitstream Vera licence, which allows embedding and redistribution). It covers
// Latin and Arabic in one face, with the OpenType tables Arabic shaping needs, so
// that charts measure and draw both scripts with the same metrics.
var Font = font.Font{Typeface: "DejaVu", Variant: "Sans"}

// fonts is the font cache of the charts' text handlers: DejaVu Sans.
var fonts = sync.OnceValue(func() *font.Cache {
	f, err := opentype.Parse(dejavusans.TTF)
	if err != nil {
		panic("plot: the embedded DejaVu Sans does not parse: " + err.Error()) // a build defect, not data
	}
	c := font.NewCache(nil)
	c.Add(font.Collection{{Font: Font, Face: f}})
	return c
})

// plain is the text handler of SVG charts (it panics, as NewShaper does, if the
// embedded font does not parse): the browser shapes the text, and
// gonum/plot places it by DejaVu Sans's metrics, the font the SVG names.
func plain() text.Handler { return text.Plain{Fonts: fonts()} }

// Shaper is a gonum/plot text handler for PNG and PDF, whose back ends draw glyphs
// one by one and cannot shape Arabic: it orders each line's runs by a reduced form
// of the Unicode bidirectional algorithm (UAX #9: Arabic letters right to left,
// digits and Latin left to right, neutrals with their neighbours), shapes each run
// with go-text/typesetting's HarfBuzz port (joining forms, ligatures, marks), and
// fills each glyph's outline from DejaVu Sans. It is safe for concurrent use.
type Shaper struct {
	mu   sync.Mutex
	hb   shaping.HarfbuzzShaper
	face *gtfont.Face
}

var _ text.Handler = (*Shaper)(nil)

var shaper = sync.OnceValue(func() *Shaper {
	f, err := gtfont.ParseTTF(bytes.NewReader(dejavusans.TTF))
	if err != nil {
		panic("plot: the embedded DejaVu Sans does not parse: " + err.Error()) // a build defect, not data
	}
	return &Shaper{face: f}
})

// NewShaper returns the shaping text handler. It panics if the embedded DejaVu
// Sans does not parse: a defect of the build, never of the data.
func NewShaper() *Shaper { return shaper() }

// Cache implements text.Handler.
func (s *Shaper) Cache() *font.Cache { return fonts() }

// Extents implements text.Handler.
func (s *Shaper) Extents(fnt font.Font) font.Extents {
	f := fonts().Lookup(fnt, fnt.Size)
	return f.Extents()
}

// Lines implements text.Handler.
func (s *Shaper) Lines(txt string) []string {
	return strings.Split(strings.TrimRight(txt, "\n"), "\n")
}

// Box implements text.Handler.
func (s *Shaper) Box(txt string, fnt font.Font) (width, height, depth vg.Length) {
	ext := s.Extents(fnt)
	_, w := s.shapeLine(txt, fnt.Size)
	return w, ext.Ascent, ext.Descent
}

// Draw implements text.Handler, as text.Plain does, glyph outlines in place of
// strings.
func (s *Shaper) Draw(c vg.Canvas, txt string, sty text.Style, pt vg.Point) {
	txt = strings.TrimRight(txt, "\n")
	if txt == "" {
		return
	}
	c.SetColor(sty.Color)
	if sty.Rotation != 0 {
		c.Push()
		c.Rotate(sty.Rotation)
	}
	sin64, cos64 := math.Sincos(sty.Rotation)
	cos, sin := vg.Length(cos64), vg.Length(sin64)
	pt.X, pt.Y = pt.Y*sin+pt.X*cos, pt.Y*cos-pt.X*sin
	lines := s.Lines(txt)
	pt.Y += sty.Height(txt)*vg.Length(sty.YAlign) - s.Extents(sty.Font).Ascent
	for i, line := range lines {
		runs, w := s.shapeLine(line, sty.Font.Size)
		n := vg.Length(len(lines) - i)
		origin := pt.Add(vg.Point{X: vg.Length(sty.XAlign) * w, Y: n * sty.Font.Size})
		s.fill(c, runs, origin, sty.Font.Size)
	}
	if sty.Rotation != 0 {
		c.Pop()
	}
}

// fill draws shaped runs, in visual order, from origin on the baseline.
func (s *Shaper) fill(c vg.Canvas, runs []shaping.Output, origin vg.Point, size vg.Length) {
	scale := float64(size) / float64(s.face.Upem())
	x := origin.X
	for _, out := range runs {
		for _, g := range out.Glyphs {
			gx := x + fix(g.XOffset)
			gy := origin.Y + fix(g.YOffset)
			if o, ok := s.face.GlyphDataOutline(g.GlyphID); ok && len(o.Segments) > 0 {
				var p vg.Path
				at := func(q ot.SegmentPoint) vg.Point {
					return vg.Point{X: gx + vg.Length(float64(q.X)*scale), Y: gy + vg.Length(float64(q.Y)*scale)}
				}
				for i, seg := range o.Segments {
					switch seg.Op {
					case ot.SegmentOpMoveTo:
						if i > 0 {
							p.Close()
						}
						p.Move(at(seg.Args[0]))
					case ot.SegmentOpLineTo:
						p.Line(at(seg.Args[0]))
					case ot.SegmentOpQuadTo:
						p.QuadTo(at(seg.Args[0]), at(seg.Args[1]))
					case ot.SegmentOpCubeTo:
						p.CubeTo(at(seg.Args[0]), at(seg.Args[1]), at(seg.Args[2]))
					}
				}
				p.Close()
				c.Fill(p)
			}
			x += fix(g.Advance)
		}
	}
}

func fix(v fixed.Int26_6) vg.Length { return vg.Length(float64(v) / 64) }

// shapeLine shapes one line into runs in visual order, and returns its width.
func (s *Shaper) shapeLine(line string, size vg.Length) ([]shaping.Output, vg.Length) {
	rs := []rune(line)
	if len(rs) == 0 {
		return nil, 0
	}
	levels := bidiLevels(rs)
	type span struct{ from, to, level int }
	var spans []span
	for i := range rs {
		if i == 0 || levels[i] != levels[i-1] {
			spans = append(spans, span{i, i + 1, levels[i]})
		} else {
			spans[len(spans)-1].to = i + 1
		}
	}
	// UAX #9 rule L2: from the highest level down to the lowest odd level,
	// reverse every sequence of runs at that level or higher.
	top, lowOdd := 0, math.MaxInt
	for _, sp := range spans {
		top = max(top, sp.level)
		if sp.level%2 == 1 {
			lowOdd = min(lowOdd, sp.level)
		}
	}
	for lv := top; lv >= lowOdd && lv > 0; lv-- {
		for i := 0; i < len(spans); {
			if spans[i].level < lv {
				i++
				continue
			}
			j := i
			for j < len(spans) && spans[j].level >= lv {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				spans[a], spans[b] = spans[b], spans[a]
			}
			i = j
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []shaping.Output
	var w vg.Length
	for _, sp := range spans {
		in := shaping.Input{Text: rs, RunStart: sp.from, RunEnd: sp.to, Direction: di.DirectionLTR, Face: s.face,
			Size: fixed.Int26_6(math.Round(float64(size) * 64)), Script: language.Latin, Language: language.NewLanguage("en")}
		if sp.level%2 == 1 {
			in.Direction, in.Script, in.Language = di.DirectionRTL, language.Arabic, language.NewLanguage("ar")
		}
		o := s.hb.Shape(in)
		out = append(out, o)
		w += fix(o.Advance)
	}
	return out, w
}

// The bidirectional classes bidiLevels tells apart.
const (
	clsL = iota // a left-to-right letter
	clsR        // an Arabic letter or mark
	clsD        // a digit, Western or Arabic-Indic
	clsN        // a space, punctuation, a symbol
)

func bidiClass(r rune) int {
	switch {
	case r >= '0' && r <= '9', r >= '٠' && r <= '٩', r >= '۰' && r <= '۹':
		return clsD
	case unicode.Is(unicode.Arabic, r) && (unicode.IsLetter(r) || unicode.IsMark(r)):
		return clsR
	case unicode.IsLetter(r):
		return clsL
	}
	return clsN
}

// bidiLevels gives each rune its embedding level by a reduced UAX #9 with no
// explicit embeddings: the paragraph is right to left when its first strong letter
// is Arabic (P2, P3); Arabic letters are at level 1, Latin letters at the
// paragraph's even level, digits at level 2 after an Arabic letter or in a
// right-to-left paragraph, else at the Latin level (W2, I1, I2); neutrals take
// the direction of their neighbours when both agree, digits counting as right to
// left, and the paragraph's otherwise (N1, N2).
func bidiLevels(rs []rune) []int {
	cls := make([]int, len(rs))
	rtl := false
	for i, r := range rs {
		cls[i] = bidiClass(r)
	}
	// W4: a single separator between digits is part of the number (2,001; ٢٬٠٠١).
	for i := 1; i+1 < len(rs); i++ {
		if cls[i] == clsN && cls[i-1] == clsD && cls[i+1] == clsD && strings.ContainsRune(",.:/٬٫\u00a0\u202f", rs[i]) {
			cls[i] = clsD
		}
	}
	for _, c := range cls {
		if c == clsL || c == clsR {
			rtl = c == clsR
			break
		}
	}
	base := 0
	if rtl {
		base = 1
	}
	lv := make([]int, len(rs))
	dir := make([]int, len(rs)) // clsL or clsR for the neutral rule
	prevStrong := -1
	for i, c := range cls {
		switch c {
		case clsR:
			lv[i], dir[i] = 1, clsR
			prevStrong = clsR
		case clsL:
			lv[i], dir[i] = base+base%2, clsL // 0, or 2 in a right-to-left paragraph
			prevStrong = clsL
		case clsD:
			if prevStrong == clsR || (prevStrong == -1 && rtl) {
				lv[i], dir[i] = 2, clsR
			} else {
				lv[i], dir[i] = base+base%2, clsL
			}
		default:
			dir[i] = clsN
		}
	}
	for i := 0; i < len(rs); {
		if dir[i] != clsN {
			i++
			continue
		}
		j := i
		for j < len(rs) && dir[j] == clsN {
			j++
		}
		var before, after int
		if rtl {
			before, after = clsR, clsR
		} else {
			before, after = clsL, clsL
		}
		if i > 0 {
			before = dir[i-1]
		}
		if j < len(rs) {
			after = dir[j]
		}
		level := base
		if before == after {
			if before == clsR {
				level = 1
			} else {
				level = base + base%2
			}
		}
		for k := i; k < j; k++ {
			lv[k] = level
		}
		i = j
	}
	return lv
}
