package plot

import (
	"flag"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/cmpimg"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/stats"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden images under testdata")

// synthetic makes monthly series for three countries over four years, seeded.
func synthetic() []stats.Series {
	r := rand.New(rand.NewPCG(3, 4))
	a := stats.NewAggregator(stats.Month)
	for i := range 3000 {
		d := claims.MakeDate(2021, time.January, 1).AddDays(r.IntN(4 * 365))
		n := int64(r.ExpFloat64() * 4)
		f := claims.N(n)
		if i%50 == 0 {
			f = claims.AtLeastN(n)
		}
		f.Best, f.HasBest = n, true
		o := stats.Observation{Date: d, Key: []string{"Mali", "Burkina Faso", "Niger"}[i%3], Est: f, Reported: true}
		if i%4 == 0 {
			o.Claimed, o.HasClaim = n*2, true
		}
		a.Add(o)
	}
	return a.Series()
}

func sahelComparisons() []stats.Comparison {
	day := claims.MakeDate(2025, time.June, 1)
	jnim := claims.Source{Name: "JNIM / الزلاقة", Kind: claims.MilitantStatement, Side: claims.SideArmedGroup}
	fama := claims.Source{Name: "FAMa", Kind: claims.OfficialStatement, Side: claims.SideState}
	var cmps []stats.Comparison
	for i, c := range []struct{ claimed, confirmed int64 }{{26, 12}, {40, 10}, {15, 15}, {100, 30}, {8, 2}} {
		src := jnim
		if i == 4 {
			src = fama
		}
		cmps = append(cmps, stats.Comparison{EventID: string(rune('a' + i)), Date: day, Perpetrator: "JNIM",
			Claimed: claims.N(c.claimed), ClaimedBy: src,
			Confirmed: claims.Figure{Min: c.confirmed, Max: c.confirmed, Best: c.confirmed, HasBest: true, Qualifier: claims.Exact}})
	}
	return cmps
}

// charts builds one chart of every kind; shape chooses the PNG form of text
// (shaped glyph outlines).
func charts(t *testing.T, shape bool) map[string][][]*gplot.Plot {
	t.Helper()
	m := Meta{Source: "synthetic test data", AsOf: claims.MakeDate(2025, time.July, 22), Shape: shape}
	series := synthetic()
	d := bilan.Sahel()
	cmps := sahelComparisons()
	infl := stats.Inflate(cmps, stats.InflationConfig{})
	one := func(p *gplot.Plot, err error) [][]*gplot.Plot {
		t.Helper()
		require.NoError(t, err)
		return [][]*gplot.Plot{{p}}
	}
	grid := func(g [][]*gplot.Plot, err error) [][]*gplot.Plot {
		t.Helper()
		require.NoError(t, err)
		return g
	}
	spread := stats.NewAreas(d.Events, stats.Month)
	ev, as := eventWithClaims()
	return map[string][][]*gplot.Plot{
		"confirmed":         one(Confirmed(series[1], stats.Month, "killed", true, m)),
		"claimed_confirmed": one(ClaimedConfirmed(cmps, infl, stats.BySource, m)),
		"parity":            one(Parity(cmps, m)),
		"silence":           one(Silence(stats.Silence(d.Events, stats.Week), stats.Week, m)),
		"multiples":         grid(SmallMultiples(series, stats.Month, "killed", 3, m)),
		"stacked":           one(Stacked(series, stats.Month, "killed", "country", m)),
		"new_areas":         one(NewAreas(spread, stats.Month, spread[0].Period, m)),
		"statuses":          one(Statuses(stats.Statuses(d.Events, claims.Policy{}, stats.Week, claims.Killed, true), stats.Week, m)),
		"event_claims":      one(EventClaims(ev, as, m)),
	}
}

// eventWithClaims is a synthetic event where five sources disagree on the soldiers
// killed: an army communiqué (exact 4), a militant claim (26), local sources
// ("dozens", [12, 99]), security sources (at least 10, unbounded), and the army's
// later silence on a second statement; with its reconciled assessment.
func eventWithClaims() (*claims.Event, claims.Assessment) {
	day := claims.MakeDate(2025, time.July, 2)
	src := func(name string, k claims.SourceKind, side claims.Side) claims.Source {
		return claims.Source{Name: name, Kind: k, Side: side}
	}
	fig := func(f claims.Figure) []claims.Count {
		return []claims.Count{{Outcome: claims.Killed, Group: claims.Soldiers, Figure: f}}
	}
	dozens, _ := claims.Vague("dozens")
	e := &claims.Event{ID: "synthetic-1", Date: day, Place: claims.Place{Country: "Mali", Locality: "Nimbougou"},
		Claims: []claims.Claim{
			{Source: src("FAMa", claims.OfficialStatement, claims.SideState), ReportedAt: day, Stance: claims.Reports, Figures: fig(claims.N(4))},
			{Source: src("JNIM / الزلاقة", claims.MilitantStatement, claims.SideArmedGroup), ReportedAt: day + 1, Stance: claims.Responsibility, Figures: fig(claims.N(26))},
			{Source: src("residents", claims.LocalSources, claims.SideNone), ReportedAt: day + 1, Stance: claims.Reports, Figures: fig(dozens)},
			{Source: src("security source", claims.SecuritySources, claims.SideNone), ReportedAt: day + 2, Stance: claims.Reports, Figures: fig(claims.AtLeastN(10))},
			{Source: src("government", claims.OfficialStatement, claims.SideState), ReportedAt: day + 3, Stance: claims.Silence},
		}}
	for _, a := range claims.Reconcile(e) {
		if a.Outcome == claims.Killed && a.Group == claims.Soldiers {
			return e, a
		}
	}
	panic("no assessment of the soldiers killed")
}

// TestGolden draws every chart kind and compares it with its golden image: SVG
// exactly, PNG within cmpimg's tolerance.
func TestGolden(t *testing.T) {
	dir := t.TempDir()
	for _, format := range []string{"svg", "png"} {
		for name, grid := range charts(t, format == "png") {
			t.Run(name+"."+format, func(t *testing.T) {
				path := filepath.Join(dir, name+"."+format)
				h := vg.Length(0)
				if name == "event_claims" {
					h = EventClaimsHeight(5)
				}
				require.NoError(t, SaveGrid(grid, path, 0, h))
				got, err := os.ReadFile(path)
				require.NoError(t, err)
				golden := filepath.Join("testdata", name+".golden."+format)
				if *update {
					require.NoError(t, os.WriteFile(golden, got, 0o644))
				}
				want, err := os.ReadFile(golden)
				require.NoError(t, err)
				if format == "svg" {
					assert.Equal(t, string(want), string(got), "SVG differs from %s", golden)
					return
				}
				ok, err := cmpimg.EqualApprox("png", got, want, 0.01)
				require.NoError(t, err)
				assert.True(t, ok, "PNG differs from %s", golden)
			})
		}
	}
}

func TestEveryChartStatesSourceAndDate(t *testing.T) {
	for name, grid := range charts(t, false) {
		for _, row := range grid {
			for _, p := range row {
				if p == nil {
					continue
				}
				assert.Contains(t, p.X.Label.Text, "Source: synthetic test data; as of 22 Jul 2025", name)
				assert.NotEmpty(t, p.Title.Text, name)
				assert.NotEmpty(t, p.Y.Label.Text, name)
			}
		}
	}
}

func TestArabicLabels(t *testing.T) {
	assert.Equal(t, "JNIM / alzlaqa", Latin("JNIM / الزلاقة"))
	assert.Equal(t, "mqtl 26 jndya", Latin("مقتل ٢٦ جنديًا"), "digits become ASCII, diacritics are dropped")
	assert.Equal(t, "Nimbougou", Latin("Nimbougou"))
	svg, err := ClaimedConfirmed(sahelComparisons(), stats.Inflate(sahelComparisons(), stats.InflationConfig{}), stats.BySource, Meta{Source: "x"})
	require.NoError(t, err)
	png, err := ClaimedConfirmed(sahelComparisons(), stats.Inflate(sahelComparisons(), stats.InflationConfig{}), stats.BySource, Meta{Source: "x", Latin: true})
	require.NoError(t, err)
	var svgTicks, pngTicks []string
	for _, tk := range svg.X.Tick.Marker.Ticks(svg.X.Min, svg.X.Max) {
		svgTicks = append(svgTicks, tk.Label)
	}
	for _, tk := range png.X.Tick.Marker.Ticks(png.X.Min, png.X.Max) {
		pngTicks = append(pngTicks, tk.Label)
	}
	assert.Contains(t, strings.Join(svgTicks, " "), "الزلاقة", "SVG keeps the Arabic for the browser to shape")
	assert.NotContains(t, strings.Join(pngTicks, " "), "الزلاقة")
	assert.Contains(t, strings.Join(pngTicks, " "), "alzlaqa")
}

func TestDateTicks(t *testing.T) {
	labels := func(from, to claims.Date) []string {
		var out []string
		for _, tk := range (DateTicks{}).Ticks(float64(from), float64(to)) {
			if tk.Label != "" {
				out = append(out, tk.Label)
			}
		}
		return out
	}
	assert.Equal(t, []string{"Feb 2025", "Mar 2025", "Apr 2025"}, labels(claims.MakeDate(2025, 1, 15), claims.MakeDate(2025, 4, 20)))
	assert.Equal(t, []string{"2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4", "2025 Q1"}, labels(claims.MakeDate(2024, 1, 1), claims.MakeDate(2025, 3, 1)))
	assert.Equal(t, []string{"Jan 2019", "Jul 2019", "Jan 2020", "Jul 2020", "Jan 2021", "Jul 2021", "Jan 2022"}, labels(claims.MakeDate(2019, 1, 1), claims.MakeDate(2022, 1, 1)))
	assert.Equal(t, []string{"2018", "2020", "2022", "2024"}, labels(claims.MakeDate(2017, 1, 1), claims.MakeDate(2025, 10, 31)))
	assert.Equal(t, []string{"1 Jul 2025", "22 Jul 2025"}, labels(claims.MakeDate(2025, 7, 1), claims.MakeDate(2025, 7, 22)))
}

func TestDecimate(t *testing.T) {
	xy := make(plotter.XYs, 100000)
	for i := range xy {
		xy[i] = plotter.XY{X: float64(i), Y: math.Sin(float64(i) / 100)}
	}
	xy[54321].Y = 7 // a spike
	xy[12345].Y = -9
	d := Decimate(xy)
	assert.LessOrEqual(t, len(d), MaxPoints)
	var hi, lo float64
	for i, p := range d {
		hi, lo = max(hi, p.Y), min(lo, p.Y)
		if i > 0 && p.X <= d[i-1].X {
			t.Fatal("not in x order")
		}
	}
	assert.Equal(t, 7.0, hi, "the spike survives")
	assert.Equal(t, -9.0, lo)
	short := xy[:10]
	assert.Equal(t, short, Decimate(short))
}

// BenchmarkLongSeriesPNG draws a 100,000-point series (one per day for 274 years) to
// PNG: the case gonum/plot's rasteriser is slow on without Decimate.
func BenchmarkLongSeriesPNG(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	pts := make([]stats.Point, 100000)
	for i := range pts {
		v := int64(r.ExpFloat64() * 10)
		pts[i] = stats.Point{Period: stats.Day.Index(claims.MakeDate(1800, 1, 1)) + i, Events: 1, Low: v, Best: v, High: v + 3, Known: 1}
	}
	s := stats.Series{Key: "long", Points: pts}
	path := filepath.Join(b.TempDir(), "long.png")
	b.ReportAllocs()
	for b.Loop() {
		p, err := Confirmed(s, stats.Day, "killed", false, Meta{Source: "synthetic", Latin: true})
		if err != nil {
			b.Fatal(err)
		}
		if err := Save(p, path, 0, 0); err != nil {
			b.Fatal(err)
		}
	}
}

func TestEstimatesChart(t *testing.T) {
	bars := []EstimateBar{
		{Name: "M0", Abundance: 75.4, Low: 69.5, High: 83.0, Profile: true},
		{Name: "Mth Darroch", Abundance: 90.5, Low: 73.5, High: 121.2, Profile: true},
		{Name: "[12,3]", Abundance: 104.8, Low: 77.5, High: math.Inf(1), Profile: true},
	}
	p, err := Estimates(bars, 68, Meta{Source: "Rcapture's hare table", Latin: true})
	require.NoError(t, err)
	var ticks []string
	for _, tk := range p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max) {
		ticks = append(ticks, tk.Label)
	}
	assert.Equal(t, []string{"[12,3]", "Mth Darroch", "M0"}, ticks, "the first model on top")
	assert.Contains(t, p.X.Label.Text, "Source: Rcapture's hare table")
	path := filepath.Join(t.TempDir(), "estimates.png")
	require.NoError(t, Save(p, path, 0, 0))
	golden := filepath.Join("testdata", "estimates.golden.png")
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	ok, err := cmpimg.EqualApprox("png", got, want, 0.01)
	require.NoError(t, err)
	assert.True(t, ok)
}

func TestSaveFormats(t *testing.T) {
	p, err := Silence(stats.Silence(bilan.Sahel().Events, stats.Month), stats.Month, Meta{Source: "x", Latin: true})
	require.NoError(t, err)
	dir := t.TempDir()
	for ext, magic := range map[string]string{".png": "\x89PNG", ".svg": "<?xml", ".pdf": "%PDF"} {
		path := filepath.Join(dir, "chart"+ext)
		require.NoError(t, Save(p, path, 0, 0))
		b, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(string(b), magic), "%s starts %q", ext, b[:8])
	}
	assert.Error(t, Save(p, filepath.Join(dir, "chart.gif"), 0, 0))
}
