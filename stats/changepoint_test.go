package stats

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestChangePointsTwoLevels(t *testing.T) {
	y := []float64{2, 3, 2, 3, 2, 3, 20, 22, 21, 19, 20, 21}
	r, err := ChangePoints(y, ChangeConfig{Seed: 1})
	require.NoError(t, err)
	require.Len(t, r.Segments, 2)
	require.Len(t, r.Changes, 1)
	assert.Equal(t, "negative_binomial", r.Cost)
	assert.Equal(t, "MBIC", r.Penalty)
	assert.InDelta(t, 3*math.Log(12), r.PenaltyValue, 1e-12, "MBIC: 3·log n")
	assert.Equal(t, "op", r.Method)
	assert.Equal(t, 6, r.Changes[0].At)
	assert.Equal(t, Segment{From: 0, To: 5, Mean: 2.5, Low: r.Segments[0].Low, High: r.Segments[0].High}, r.Segments[0])
	assert.InDelta(t, 20.5, r.Segments[1].Mean, 1e-12)
	// Within each segment the counts vary less than a Poisson's: no overdispersion,
	// θ on its boundary, and Garwood's exact interval. The change is sharp enough
	// that its location set is the one period; 15 events over 6 periods give
	// [χ²₃₀(.025)/12, χ²₃₂(.975)/12] = [16.791/12, 49.480/12] (chi-square tables).
	assert.True(t, math.IsInf(r.Theta, 1))
	assert.Equal(t, Change{At: 6, Low: 6, High: 6}, r.Changes[0])
	assert.InDelta(t, 16.7908/12, r.Segments[0].Low, 1e-4)
	assert.InDelta(t, 49.4804/12, r.Segments[0].High, 1e-4)
}

func TestChangePointsSteadySeriesIsOneSegment(t *testing.T) {
	r, err := ChangePoints([]float64{4, 5, 4, 6, 5, 4}, ChangeConfig{})
	require.NoError(t, err)
	assert.Len(t, r.Segments, 1)
	assert.Empty(t, r.Changes)

	zero, err := ChangePoints([]float64{0}, ChangeConfig{})
	require.NoError(t, err)
	require.Len(t, zero.Segments, 1)
	assert.Equal(t, 0.0, zero.Segments[0].Low)
	assert.InDelta(t, 3.688879, zero.Segments[0].High, 1e-6, "the upper bound for a count of 0 is χ²₂(.975)/2")
}

func TestChangePointsRejectsWhatIsNotACount(t *testing.T) {
	for _, tc := range []struct {
		name string
		y    []float64
	}{
		{"empty", nil},
		{"negative", []float64{1, -1, 2}},
		{"NaN", []float64{1, math.NaN()}},
		{"infinite", []float64{math.Inf(1)}},
		{"fraction", []float64{1, 2.5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ChangePoints(tc.y, ChangeConfig{})
			assert.ErrorIs(t, err, ErrChange)
		})
	}
}

// randomSeries draws negative binomial series with up to three changes, of length
// 4 to maxN, for the exactness tests.
func randomSeries(rng *rand.Rand, maxN int) []float64 {
	n := 4 + rng.IntN(maxN-3)
	theta := []float64{0.5, 2, 10, math.Inf(1)}[rng.IntN(4)]
	mu := 1 + 20*rng.Float64()
	y := make([]float64, n)
	for i := range y {
		if rng.IntN(n) < 3 {
			mu = 1 + 20*rng.Float64()
		}
		y[i] = drawNB(mu, theta, rng)
	}
	return y
}

// bruteForce is the optimum over every split into segments of at least minLen
// periods, enumerated.
func bruteForce(c *coster, minLen int, beta float64) float64 {
	n := len(c.y)
	var best func(a int) float64 // criterion of y[a:], the first segment starting at a
	best = func(a int) float64 {
		v := c.cost(a, n)
		for b := a + minLen; b+minLen <= n; b++ {
			v = math.Min(v, c.cost(a, b)+beta+best(b))
		}
		return v
	}
	return best(0)
}

func criterionOf(c *coster, cuts []int, beta float64) float64 {
	v := beta * float64(len(cuts)-2)
	for i := 0; i+1 < len(cuts); i++ {
		v += c.cost(cuts[i], cuts[i+1])
	}
	return v
}

func TestOptimalPartitionIsTheOptimum(t *testing.T) {
	// Against enumeration of every split with segments of at least minLen periods,
	// on 300 short series, both penalties, several θ.
	rng := rand.New(rand.NewPCG(11, 12))
	for i := range 300 {
		y := randomSeries(rng, 14)
		c := newCoster(y)
		c.theta = []float64{0.7, 3, math.Inf(1)}[i%3]
		c.mbic = i%2 == 0
		minLen := 1 + i%4
		beta := 3 * math.Log(float64(len(y)))
		if !c.mbic {
			beta = 2
		}
		cuts := c.segment(minLen, beta, false)
		assert.InDelta(t, bruteForce(c, minLen, beta), criterionOf(c, cuts, beta), 1e-9, "series %v minLen %d", y, minLen)
	}
}

func TestEverySegmentHoldsMinLen(t *testing.T) {
	// The first segment too: the old PELT let it be shorter (15 of 84 series).
	rng := rand.New(rand.NewPCG(13, 14))
	for i := range 300 {
		y := randomSeries(rng, 60)
		minLen := 1 + i%6
		r, err := ChangePoints(y, ChangeConfig{MinLen: minLen, Cost: ChangeCost(i % 2), Replicates: 9})
		require.NoError(t, err)
		if len(y) < 2*minLen {
			assert.Len(t, r.Segments, 1, "no room for a change")
			continue
		}
		for _, s := range r.Segments {
			assert.GreaterOrEqual(t, s.To-s.From+1, minLen, "series %v minLen %d", y, minLen)
		}
	}
}

func TestPELTFindsTheOptimalPartition(t *testing.T) {
	// PELT's pruning with minLen and the MBIC's log-length terms is exact: the same
	// split points as the optimal partition (the old pruning was not, in 3 of 84).
	rng := rand.New(rand.NewPCG(15, 16))
	for i := range 600 {
		y := randomSeries(rng, 200)
		c := newCoster(y)
		c.theta = []float64{0.5, 2, 10, math.Inf(1)}[i%4]
		c.mbic = i%3 != 0
		minLen := 1 + i%5
		beta := 3 * math.Log(float64(len(y)))
		if !c.mbic {
			beta = []float64{0.5, 2, 8}[i%3] // small penalties: many changes, much pruning
		}
		op := c.segment(minLen, beta, false)
		pelt := c.segment(minLen, beta, true)
		require.Equal(t, op, pelt, "series %v minLen %d theta %v mbic %v", y, minLen, c.theta, c.mbic)
	}
}
