package plot

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/cmpimg"
	"gonum.org/v1/plot/plotter"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/stats"
)

// gappySeries is three months: June with 5 killed (exact), July with events whose
// figures are all unknown, August with at least 3 killed (no upper bound); no party
// claimed anything.
func gappySeries() stats.Series {
	a := stats.NewAggregator(stats.Month)
	d := func(m time.Month) claims.Date { return claims.MakeDate(2025, m, 10) }
	five := claims.N(5)
	five.Best, five.HasBest = 5, true
	three := claims.AtLeastN(3)
	three.Best, three.HasBest = 3, true
	a.Add(stats.Observation{Date: d(time.June), Key: "Mali", Est: five, Reported: true})
	a.Add(stats.Observation{Date: d(time.July), Key: "Mali", Unknown: 1, Reported: true})
	a.Add(stats.Observation{Date: d(time.July), Key: "Mali", Unknown: 1, Reported: true})
	a.Add(stats.Observation{Date: d(time.August), Key: "Mali", Est: three, Reported: true})
	return a.Series()[0]
}

func svgOf(t *testing.T, p *gplot.Plot) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, WriteGrid(&buf, [][]*gplot.Plot{{p}}, "svg", 0, 0))
	return buf.String()
}

// TestUnknownPeriodIsNotDrawnAtZero: July's events have no credible figure, so July
// is a gap in the Best line and in the band, hatched and named in the legend; the
// claims line, with no claim anywhere, is not drawn at all.
func TestUnknownPeriodIsNotDrawnAtZero(t *testing.T) {
	s := gappySeries()
	require.Len(t, s.Points, 3)
	july := float64(stats.Month.Start(s.Points[1].Period))
	d := confirmedData(s, stats.Month, true)
	// Each period is a step of two points: June's are 0 and 1, July's 2 and 3.
	for name, xy := range map[string]plotter.XYs{"best": d.best, "low": d.lows, "high": d.highs, "claimed": d.claimed} {
		require.Len(t, xy, 6, name)
		assert.Equal(t, july, xy[2].X)
		assert.True(t, math.IsNaN(xy[2].Y) && math.IsNaN(xy[3].Y), "%s in July is %v, not a gap", name, xy[2].Y)
	}
	r := runs(d.best)
	require.Len(t, r, 2, "the Best line is two runs, June and August, broken at July")
	assert.Equal(t, july, r[0][len(r[0])-1].X, "June's step ends where July begins")
	assert.Equal(t, [][2]float64{{july, float64(stats.Month.Start(s.Points[2].Period))}}, d.unknown.spans, "July is hatched")
	assert.False(t, d.anyClaim)

	p, err := Confirmed(s, stats.Month, "killed", true, Meta{Source: "test"})
	require.NoError(t, err)
	svg := svgOf(t, p)
	assert.Contains(t, svg, "no credible figure (hatched, not zero)")
	assert.Contains(t, svg, "highest partisan claims: none in the data")

	grid, err := SmallMultiples([]stats.Series{s}, stats.Month, "killed", 1, Meta{Source: "test"})
	require.NoError(t, err)
	assert.Contains(t, svgOf(t, grid[0][0]), "hatched: no credible figure")
}

// ys returns the y values of the points at x.
func ys(xy plotter.XYs, x float64) []float64 {
	var out []float64
	for _, p := range xy {
		if p.X == x {
			out = append(out, p.Y)
		}
	}
	return out
}

// TestUnboundedBandIsOpen: August's High is unbounded (at least 3), so its band is
// not closed at any height: it is an open column from Low = 3 with its own legend
// entry, and the band's upper bound is a gap there.
func TestUnboundedBandIsOpen(t *testing.T) {
	s := gappySeries()
	aug := float64(stats.Month.Start(s.Points[2].Period))
	d := confirmedData(s, stats.Month, false)
	assert.Equal(t, [][3]float64{{aug, float64(stats.Month.Start(s.Points[2].Period + 1)), 3}}, d.open.spans)
	for _, y := range ys(d.highs, aug) {
		assert.True(t, math.IsNaN(y), "the closed band does not cover August")
	}
	p, err := Confirmed(s, stats.Month, "killed", false, Meta{Source: "test"})
	require.NoError(t, err)
	svg := svgOf(t, p)
	assert.Contains(t, svg, "no upper bound: open upward (▲) from its Low")
	assert.Contains(t, svg, "≥ 3", "the lower bound is labelled")
}

// TestShaperJoinsArabic: "بب" (two beh) shaped is the final form then the initial
// form in visual order, left to right: U+FE90 and U+FE91, the presentation forms
// DejaVu Sans maps to the same glyphs its GSUB table substitutes (Unicode's
// Arabic Presentation Forms-B; the isolated beh is U+0628).
func TestShaperJoinsArabic(t *testing.T) {
	s := NewShaper()
	runs, w := s.shapeLine("بب", 10)
	require.Len(t, runs, 1)
	var got []uint32
	for _, g := range runs[0].Glyphs {
		got = append(got, uint32(g.GlyphID))
	}
	gid := func(r rune) uint32 {
		g, ok := s.face.NominalGlyph(r)
		require.True(t, ok, "%U in DejaVu Sans", r)
		return uint32(g)
	}
	assert.Equal(t, []uint32{gid('\uFE90'), gid('\uFE91')}, got)
	assert.Greater(t, float64(w), 0.0)
}

// TestBidiLevels pins the reduced bidirectional algorithm on chart labels: a
// Latin name with an Arabic one, an Arabic phrase with a number (digits keep
// their order at level 2, the thousands separator inside the number), and Latin
// text alone.
func TestBidiLevels(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want []int
	}{
		{"JNIM / بب", []int{0, 0, 0, 0, 0, 0, 0, 1, 1}},
		{"بب ٢٬٠٠١", []int{1, 1, 1, 2, 2, 2, 2, 2}},
		{"Mali 12", []int{0, 0, 0, 0, 0, 0, 0}},
	} {
		t.Run(tc.s, func(t *testing.T) {
			assert.Equal(t, tc.want, bidiLevels([]rune(tc.s)))
		})
	}
}

// TestShapedPDF: the shaping handler draws into PDF as into PNG.
func TestShapedPDF(t *testing.T) {
	ev, as := eventWithClaims()
	p, err := EventClaims(ev, as, Meta{Source: "test", Shape: true, Lang: Arabic})
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, WriteGrid(&buf, [][]*gplot.Plot{{p}}, "pdf", 0, 0))
	assert.True(t, bytes.HasPrefix(buf.Bytes(), []byte("%PDF")))
}

func TestDescribe(t *testing.T) {
	svg := Describe([]byte(`<?xml version="1.0"?>
<svg width="1pt" height="1pt">
<g/></svg>`), `Killed "by" country & <more>`, "Data in the CSV.")
	s := string(svg)
	assert.Contains(t, s, `<svg width="1pt" height="1pt" role="img" aria-label="Killed &#34;by&#34; country &amp; &lt;more&gt;">`)
	assert.Contains(t, s, "<title>Killed &#34;by&#34; country &amp; &lt;more&gt;</title>\n<desc>Data in the CSV.</desc>")
	assert.Equal(t, "x", string(Describe([]byte("x"), "t", "d")), "no <svg>: unchanged")
}

func labelsOf(ts []gplot.Tick) []string {
	var out []string
	for _, t := range ts {
		if t.Label != "" {
			out = append(out, t.Label)
		}
	}
	return out
}

// TestCountTicks: counts are whole numbers (no 2.50 on a count axis), written with
// the language's thousands separator (CLDR).
func TestCountTicks(t *testing.T) {
	assert.Equal(t, []string{"0", "1", "2"}, labelsOf(CountTicks{}.Ticks(0, 2.5)))
	for _, tk := range (CountTicks{}).Ticks(0, 47000) {
		assert.Equal(t, math.Trunc(tk.Value), tk.Value)
	}
	assert.Contains(t, labelsOf(CountTicks{}.Ticks(0, 47000)), "40,000")
	assert.Contains(t, labelsOf(CountTicks{Lang: French}.Ticks(0, 47000)), "40\u00a0000")
	assert.Contains(t, labelsOf(CountTicks{Lang: Arabic}.Ticks(0, 47000)), "٤٠٬٠٠٠")
	assert.Contains(t, labelsOf(CountTicks{Lang: Arabic, Latin: true}.Ticks(0, 47000)), "40,000", "romanised digits for PNG without shaping")
}

// TestPercentTicks: a share axis raised above 100% to make room is not labelled
// beyond it.
func TestPercentTicks(t *testing.T) {
	ts := PercentTicks{}.Ticks(0, 130)
	assert.Equal(t, []string{"0%", "20%", "40%", "60%", "80%", "100%"}, labelsOf(ts))
	assert.LessOrEqual(t, ts[len(ts)-1].Value, 100.0)
}

// TestGoldenArabic draws the event's claims chart in Arabic, shaped, as PNG: its
// golden image shows joined letters read right to left (regenerate with -update and
// look at it before committing).
func TestGoldenArabic(t *testing.T) {
	ev, as := eventWithClaims()
	p, err := EventClaims(ev, as, Meta{Source: "بيانات اصطناعية", AsOf: claims.MakeDate(2025, time.July, 22), Shape: true, Lang: Arabic})
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, WriteGrid(&buf, [][]*gplot.Plot{{p}}, "png", 0, EventClaimsHeight(5)+LegendHeight(p)))
	golden := filepath.Join("testdata", "event_claims_ar.golden.png")
	if *update {
		require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	ok, err := cmpimg.EqualApprox("png", buf.Bytes(), want, 0.01)
	require.NoError(t, err)
	assert.True(t, ok, "PNG differs from %s", golden)
}
