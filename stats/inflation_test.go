package stats

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/bilan-dev/bilan/claims"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/stat/distuv"
)

var (
	jnimSrc  = claims.Source{Name: "JNIM", Kind: claims.MilitantStatement, Side: claims.SideArmedGroup}
	localSrc = claims.Source{Name: "local sources", Kind: claims.LocalSources}
	secuSrc  = claims.Source{Name: "security sources", Kind: claims.SecuritySources}
)

// inflEvent is an event in which JNIM claims claimed soldiers killed, and local and
// security sources each report local.
func inflEvent(id string, claimed, local claims.Figure) claims.Event {
	day := claims.MakeDate(2025, time.July, 1)
	soldiers := func(f claims.Figure) []claims.Count {
		return []claims.Count{{Outcome: claims.Killed, Group: claims.Soldiers, Figure: f}}
	}
	return claims.Event{
		ID: id, Date: day, Place: claims.Place{Country: "Burkina Faso"},
		Perpetrator: claims.Actor{Name: "JNIM", Type: claims.RebelGroup},
		Target:      claims.Actor{Name: "Military Forces of Burkina Faso", Type: claims.StateForces},
		Claims: []claims.Claim{
			{Source: jnimSrc, ReportedAt: day, Stance: claims.Responsibility, Figures: soldiers(claimed)},
			{Source: localSrc, ReportedAt: day, Figures: soldiers(local)},
			{Source: secuSrc, ReportedAt: day, Figures: soldiers(local)},
		},
	}
}

func inflate(t *testing.T, events []claims.Event, cfg InflationConfig) Inflation {
	t.Helper()
	inf := Inflate(Compare(events, claims.Policy{}, claims.Killed), cfg)
	require.Len(t, inf, 1)
	return inf[0]
}

// TestInflationOnlyBoundedNumericConfirmations pins the cases issue 11 found: a
// qualitative, unbounded or zero credible figure is never a denominator; such
// events are counted apart, by reason and ID.
func TestInflationOnlyBoundedNumericConfirmations(t *testing.T) {
	t.Run("a claim of 26 against two heavy tolls gives no ratio", func(t *testing.T) {
		inf := inflate(t, []claims.Event{inflEvent("nimbougou", claims.N(26), claims.Heavy())}, InflationConfig{})
		assert.Equal(t, 0, inf.Events)
		assert.True(t, math.IsNaN(inf.Ratio), "no ratio, not ×26")
		assert.Equal(t, []string{"nimbougou"}, inf.Excluded.Qualitative)
		assert.True(t, inf.CannotTell)
	})
	t.Run("claims 3 times the local figure, 3 of 12 heavy tolls: ratio 3 on the 9 others", func(t *testing.T) {
		var evs []claims.Event
		for i := range 12 {
			local := claims.N(int64(2 + i))
			if i%4 == 0 {
				local = claims.Heavy()
			}
			evs = append(evs, inflEvent(fmt.Sprintf("e%02d", i), claims.N(int64(3*(2+i))), local))
		}
		inf := inflate(t, evs, InflationConfig{})
		assert.Equal(t, 9, inf.Events)
		assert.InDelta(t, 3, inf.Ratio, 1e-12)
		// Every log ratio is log 3: the sample deviation is 0 and the interval a point.
		assert.InDelta(t, 3, inf.Low, 1e-12)
		assert.InDelta(t, 3, inf.High, 1e-12)
		assert.Equal(t, []string{"e00", "e04", "e08"}, inf.Excluded.Qualitative)
		assert.False(t, inf.CannotTell)
	})
	t.Run("an unbounded credible figure is left out", func(t *testing.T) {
		inf := inflate(t, []claims.Event{inflEvent("a", claims.N(30), claims.AtLeastN(10))}, InflationConfig{})
		assert.Equal(t, []string{"a"}, inf.Excluded.Unbounded)
		assert.Equal(t, 0, inf.Events)
	})
	t.Run("a credible figure that may be zero is left out, not dropped silently", func(t *testing.T) {
		inf := Inflate([]Comparison{{EventID: "z", ClaimedBy: jnimSrc, Claimed: claims.N(10), Status: claims.Contested,
			Confirmed: est(claims.Between(0, 3), 1)}}, InflationConfig{})
		require.Len(t, inf, 1)
		assert.Equal(t, []string{"z"}, inf[0].Excluded.Zero)
		assert.Equal(t, 1, inf[0].Excluded.Total())
	})
	t.Run("no credible figure: left out as such", func(t *testing.T) {
		inf := inflate(t, []claims.Event{inflEvent("c", claims.N(30), claims.Figure{})}, InflationConfig{})
		assert.Equal(t, []string{"c"}, inf.Excluded.NoCredible)
	})
	t.Run("dozens is a bounded range: used, its interval spans 1", func(t *testing.T) {
		// Claim 36 against dozens [12, 99]: the point ratio is 36/12 = 3 (ACLED's
		// code 12), the event's interval [36/99, 36/12] contains 1.
		inf := inflate(t, []claims.Event{inflEvent("d", claims.N(36), claims.VagueFigure("dozens"))}, InflationConfig{})
		assert.Equal(t, 1, inf.Events)
		assert.InDelta(t, 3, inf.Ratio, 1e-12)
		assert.Equal(t, 1, inf.Undetermined)
		assert.InDelta(t, 36.0/99, inf.MinRatio, 1e-12)
		assert.InDelta(t, 3, inf.MaxRatio, 1e-12)
		assert.True(t, inf.CannotTell)
	})
}

// est gives f the Best a reconciled estimate carries.
func est(f claims.Figure, best int64) claims.Figure {
	f.Best, f.HasBest = best, true
	return f
}

// TestInflationSamePointConvention: claim and credible figure are reduced to a point
// by the same rule (claims.BestPoint, else Low).
func TestInflationSamePointConvention(t *testing.T) {
	// "more than 20" states a bound: its point is its Low, 21; the credible "about
	// 7" states 7. Ratio 21/7 = 3.
	inf := Inflate([]Comparison{{EventID: "a", ClaimedBy: jnimSrc, Claimed: claims.MoreThanN(20), Confirmed: est(claims.AboutN(7), 7)}}, InflationConfig{})
	require.Len(t, inf, 1)
	assert.InDelta(t, 3, inf[0].Ratio, 1e-12)
	assert.True(t, math.IsInf(inf[0].MaxRatio, 1), "an unbounded claim has no upper ratio")
	// A range claimed "between 20 and 40" is at its ACLED point, 20, as a credible
	// range would be.
	inf = Inflate([]Comparison{{EventID: "a", ClaimedBy: jnimSrc, Claimed: claims.Between(20, 40), Confirmed: est(claims.Between(10, 30), 10)}}, InflationConfig{})
	assert.InDelta(t, 2, inf[0].Ratio, 1e-12)
}

// TestInflationBelowThreeEventsNoInterval: with fewer than MinIntervalEvents events
// there is a ratio but no interval, and the result says it cannot tell.
func TestInflationBelowThreeEventsNoInterval(t *testing.T) {
	evs := []claims.Event{inflEvent("a", claims.N(20), claims.N(10)), inflEvent("b", claims.N(80), claims.N(10))}
	inf := inflate(t, evs, InflationConfig{})
	assert.Equal(t, 2, inf.Events)
	assert.InDelta(t, 4, inf.Ratio, 1e-12, "the geometric mean of 2 and 8")
	assert.True(t, math.IsNaN(inf.Low))
	assert.True(t, math.IsNaN(inf.High))
	assert.True(t, inf.CannotTell)

	// Three events: ratios 2, 4, 8, logs log 2·(1, 2, 3): mean 2 log 2, sd log 2;
	// t(2, .975) = 4.302653 (R: qt(0.975, 2)). Interval 4·exp(±4.302653·log 2/√3).
	evs = append(evs, inflEvent("c", claims.N(40), claims.N(10)))
	inf = inflate(t, evs, InflationConfig{})
	h := 4.302653 * math.Ln2 / math.Sqrt(3)
	assert.InDelta(t, 4*math.Exp(-h), inf.Low, 1e-5)
	assert.InDelta(t, 4*math.Exp(h), inf.High, 1e-5)
	assert.True(t, inf.CannotTell, "the interval [%.2f, %.2f] contains 1", inf.Low, inf.High)
	assert.Equal(t, "the interval contains 1", inf.Reason())
}

// TestInflationSaysWhyItCannotTell: each reason the data cannot tell, and none when
// it can.
func TestInflationSaysWhyItCannotTell(t *testing.T) {
	reason := func(evs ...claims.Event) string { i := inflate(t, evs, InflationConfig{}); return i.Reason() }
	assert.Equal(t, "no usable event", reason(inflEvent("a", claims.N(26), claims.Heavy())))
	assert.Equal(t, "fewer than 3 events: no interval", reason(inflEvent("a", claims.N(20), claims.N(10))))
	// Three claims of 36 against "dozens" [12, 99]: every point ratio is 3, so the
	// interval is [3, 3], but each event's range [36/99, 3] allows a ratio of 1.
	d := claims.VagueFigure("dozens")
	assert.Equal(t, "the figures' own ranges allow a ratio of 1",
		reason(inflEvent("a", claims.N(36), d), inflEvent("b", claims.N(36), d), inflEvent("c", claims.N(36), d)))
	assert.Equal(t, "", reason(inflEvent("a", claims.N(30), claims.N(10)), inflEvent("b", claims.N(30), claims.N(10)), inflEvent("c", claims.N(30), claims.N(10))))
}

// TestInflationPolicyStatuses: a policy that counts only confirmed figures leaves
// single-source events out, under their reason.
func TestInflationPolicyStatuses(t *testing.T) {
	cmps := []Comparison{
		{EventID: "a", ClaimedBy: jnimSrc, Claimed: claims.N(20), Status: claims.Confirmed, Confirmed: est(claims.N(10), 10)},
		{EventID: "b", ClaimedBy: jnimSrc, Claimed: claims.N(20), Status: claims.SingleSource, Confirmed: est(claims.N(5), 5)},
	}
	pol := claims.Policy{Count: claims.StatusSet(0).With(claims.Confirmed)}
	inf := Inflate(cmps, InflationConfig{Policy: pol})
	assert.Equal(t, 1, inf[0].Events)
	assert.Equal(t, []string{"b"}, inf[0].Excluded.NotCounted)
	assert.Equal(t, 2, Inflate(cmps, InflationConfig{})[0].Events)
}

// TestInflationCoverage simulates data sets with a known inflation factor and counts
// how often the 95% interval holds the true geometric-mean ratio. The issue asks for
// at least 0.93 at 5 events and 0.94 at 10 and 30.
//
// Model: an event's true toll is 1 + Poisson(λ), λ log-normal around 10 (sdlog 1);
// credible sources report it exactly; the claim is max(1, round(toll · 3 · e^ε)),
// with ε normal (σ 0.5 or 1: claims scattered by a factor of about 1.6 or 2.7) or,
// for heavy tails, Student t with 4 degrees of freedom scaled by 0.7. Rounding makes
// the true ratio differ from 3; it is computed by Monte Carlo over 400,000 events.
// 4,000 data sets per cell: the Monte Carlo standard error of a coverage of 0.95 is
// √(.95·.05/4000) = 0.0034. Measured with this seed: normal σ 0.5: 0.954, 0.945,
// 0.955 at 5, 10, 30 events; σ 1: 0.951, 0.949, 0.955; t4: 0.965, 0.955, 0.953.
func TestInflationCoverage(t *testing.T) {
	if testing.Short() {
		t.Skip("simulation")
	}
	const factor, reps = 3.0, 4000
	rng := rand.New(rand.NewPCG(11, 2025))
	lam := distuv.LogNormal{Mu: math.Log(10), Sigma: 1, Src: rng}
	t4 := distuv.StudentsT{Mu: 0, Sigma: 0.7, Nu: 4, Src: rng}
	for _, noise := range []struct {
		name string
		eps  func() float64
	}{
		{"normal σ 0.5", func() float64 { return 0.5 * rng.NormFloat64() }},
		{"normal σ 1", rng.NormFloat64},
		{"Student t4 × 0.7", t4.Rand},
	} {
		draw := func() (claim, toll int64) {
			toll = 1 + int64(distuv.Poisson{Lambda: lam.Rand(), Src: rng}.Rand())
			claim = max(1, int64(math.Round(float64(toll)*factor*math.Exp(noise.eps()))))
			return claim, toll
		}
		sum := 0.0
		const big = 400000
		for range big {
			c, d := draw()
			sum += math.Log(float64(c) / float64(d))
		}
		truth := math.Exp(sum / big)
		for _, n := range []int{5, 10, 30} {
			covered := 0
			cmps := make([]Comparison, n)
			for range reps {
				for i := range cmps {
					c, d := draw()
					cmps[i] = Comparison{EventID: fmt.Sprint(i), ClaimedBy: jnimSrc, Claimed: claims.N(c), Confirmed: est(claims.N(d), d)}
				}
				inf := Inflate(cmps, InflationConfig{})
				if inf[0].Low <= truth && truth <= inf[0].High {
					covered++
				}
			}
			cov := float64(covered) / reps
			t.Logf("%s, %2d events: coverage %.4f (true ratio %.4f)", noise.name, n, cov, truth)
			floor := 0.94
			if n == 5 {
				floor = 0.93
			}
			assert.GreaterOrEqual(t, cov, floor, "%s, %d events", noise.name, n)
		}
	}
}
