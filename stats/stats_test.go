package stats

import (
	"math"
	"testing"
	"time"

	"github.com/bilan-dev/bilan/claims"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPeriods(t *testing.T) {
	d := claims.MakeDate(2025, time.July, 22)
	for _, tt := range []struct {
		p     Period
		label string
		start string
		end   string
	}{
		{Day, "2025-07-22", "2025-07-22", "2025-07-22"},
		{Week, "2025-W30", "2025-07-21", "2025-07-27"},
		{Month, "2025-07", "2025-07-01", "2025-07-31"},
		{Quarter, "2025-Q3", "2025-07-01", "2025-09-30"},
		{Year, "2025", "2025-01-01", "2025-12-31"},
	} {
		i := tt.p.Index(d)
		assert.Equal(t, tt.label, tt.p.Label(i), tt.p.String())
		assert.Equal(t, tt.start, tt.p.Start(i).String(), tt.p.String())
		assert.Equal(t, tt.end, tt.p.End(i).String(), tt.p.String())
	}
	// Every day of 1995-2030 lies in its period, and periods follow each other.
	for _, p := range []Period{Week, Month, Quarter, Year} {
		for d := claims.MakeDate(1995, 1, 1); d < claims.MakeDate(2030, 1, 1); d++ {
			i := p.Index(d)
			if p.Start(i) > d || p.End(i) < d || p.Index(p.End(i)+1) != i+1 {
				t.Fatalf("%s: %s not in period %d [%s, %s]", p, d, i, p.Start(i), p.End(i))
			}
		}
	}
	// ISO weeks across a year end: 2024-12-30 is in 2025-W01 (ISO 8601).
	assert.Equal(t, "2025-W01", Week.Label(Week.Index(claims.MakeDate(2024, 12, 30))))
	assert.Equal(t, "2020-W53", Week.Label(Week.Index(claims.MakeDate(2021, 1, 3))))
}

func obs(date string, key string, est claims.Figure) Observation {
	d, _ := claims.ParseDate(date)
	o := Observation{Date: d, Key: key, Reported: true}
	if est.IsKnown() {
		o.Est = est
		if !est.HasBest {
			o.Est.Best, o.Est.HasBest = est.Min, true
		}
	}
	return o
}

func TestAggregator(t *testing.T) {
	a := NewAggregator(Month)
	a.Add(obs("2025-01-05", "Mali", claims.N(3)))
	a.Add(obs("2025-01-20", "Mali", claims.BetweenBest(10, 12, 15)))
	a.Add(obs("2025-03-02", "Mali", claims.Heavy()))      // unbounded High
	a.Add(obs("2025-03-09", "Mali", claims.Figure{}))     // unknown: counted apart
	a.Add(obs("2025-02-11", "Niger", claims.AtLeastN(4))) // sets the range for all series
	s := a.Series()
	require.Len(t, s, 2)
	assert.Equal(t, "Mali", s[0].Key)
	mali := s[0].Points
	require.Len(t, mali, 3, "January to March, February present though empty")
	assert.Equal(t, Point{Period: mali[0].Period, Label: "2025-01", Events: 2, Low: 13, Best: 15, High: 18, Known: 2}, mali[0])
	assert.Equal(t, Point{Period: mali[1].Period, Label: "2025-02"}, mali[1], "an empty month is zero")
	assert.Equal(t, 2, mali[2].Events)
	assert.Equal(t, 1, mali[2].Unknown, "the unknown figure is not summed as zero")
	assert.Equal(t, int64(1), mali[2].Low)
	assert.Equal(t, claims.Inf, mali[2].High)
	assert.Equal(t, []float64{15, 0, 1}, Values(s[0], Killed))
	assert.Equal(t, []float64{2, 0, 2}, Values(s[0], Events))

	// Merging two halves gives the whole.
	b1, b2 := NewAggregator(Month), NewAggregator(Month)
	b1.Add(obs("2025-01-05", "Mali", claims.N(3)))
	b1.Add(obs("2025-03-02", "Mali", claims.Heavy()))
	b2.Add(obs("2025-01-20", "Mali", claims.BetweenBest(10, 12, 15)))
	b2.Add(obs("2025-03-09", "Mali", claims.Figure{}))
	b2.Add(obs("2025-02-11", "Niger", claims.AtLeastN(4)))
	b1.Merge(b2)
	assert.Equal(t, s, b1.Series())
}

func TestRolling(t *testing.T) {
	// pandas: pd.Series([24, 322, 98, 164]).rolling(3, min_periods=1).mean()
	// gives 24, 173, 148, 194.666...: the first rows of the bench output.
	assert.InDeltaSlice(t, []float64{24, 173, 148, 194.66666666666666}, Rolling([]float64{24, 322, 98, 164}, 3, false), 1e-12)
	assert.Equal(t, []float64{24, 346, 444, 584}, Rolling([]float64{24, 322, 98, 164}, 3, true))
	assert.Equal(t, []float64{1, 3, 6}, Cumulative([]float64{1, 2, 3}))
}

func TestFitTrend(t *testing.T) {
	// y = 10, 20, 40 is fitted exactly by log μ = log 20 + t·log 2 (t = -1, 0, 1): the
	// growth is 1 per period, and Var(b) = 70/2600 from XᵀWX = [[70, 30], [30, 50]]
	// with W = μ = y (hand calculation).
	tr, err := FitTrend([]float64{10, 20, 40})
	require.NoError(t, err)
	assert.Equal(t, "poisson", tr.Model)
	assert.InDelta(t, 1.0, tr.Rate, 1e-9)
	assert.InDelta(t, math.Sqrt(70.0/2600), tr.SE, 1e-9)
	assert.InDelta(t, math.Expm1(math.Log(2)-1.959963984540054*math.Sqrt(70.0/2600)), tr.Low, 1e-9)

	flat, err := FitTrend([]float64{5, 5, 5, 5})
	require.NoError(t, err)
	assert.InDelta(t, 0, flat.Rate, 1e-12)

	// Counts far more variable than Poisson: the negative binomial is chosen.
	over, err := FitTrend([]float64{0, 40, 1, 2, 60, 0, 3, 80, 1, 0, 90, 5})
	require.NoError(t, err)
	assert.Equal(t, "negative_binomial", over.Model)
	assert.Greater(t, over.Dispersion, 10.0)
	assert.Greater(t, over.LR, 2.705543)
	assert.Less(t, over.Low, over.Rate)
	assert.Greater(t, over.High, over.Rate)

	_, err = FitTrend([]float64{0, 0, 0})
	assert.ErrorIs(t, err, ErrTrend)
	_, err = FitTrend([]float64{1, 2})
	assert.ErrorIs(t, err, ErrTrend)
}
