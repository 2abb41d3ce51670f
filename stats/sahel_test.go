package stats_test

import (
	"math"
	"testing"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/stats"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tests on the Sahel seed dataset live in the external test package: package
// bilan imports stats, so an internal test importing bilan would be a cycle.

func TestObserveSahel(t *testing.T) {
	d := bilan.Sahel()
	a := stats.NewAggregator(stats.Month)
	for i := range d.Events {
		e := &d.Events[i]
		for _, o := range stats.Observe(nil, e, claims.Reconcile(e), stats.ByCountry, stats.Killed) {
			a.Add(o)
		}
	}
	s := a.Series()
	require.Len(t, s, 2)
	// Mali, July 2025: Nimbougou (heavy toll, corroborated: [1, inf)), the takeover
	// (heavy losses, single source: [1, inf)), the ambush and the drone strikes
	// (no figure: pending, unknown).
	mali := s[1].Points[0]
	assert.Equal(t, "Mali", s[1].Key)
	assert.Equal(t, 4, mali.Events)
	assert.Equal(t, 2, mali.Known)
	assert.Equal(t, 2, mali.Unknown)
	assert.Equal(t, int64(2), mali.Low)
	assert.Equal(t, claims.Inf, mali.High)
	// Burkina Faso: the claimed 26, nothing confirmed.
	bf := s[0].Points[0]
	assert.Equal(t, stats.Point{Period: bf.Period, Label: "2025-07", Events: 1, Unknown: 1, Claimed: 26, ClaimedEvents: 1}, bf)
}

func TestSilenceSahel(t *testing.T) {
	d := bilan.Sahel()
	rates := stats.Silence(d.Events, stats.Month)
	require.Len(t, rates, 2)
	// The state: four events involve it (Nimbougou, the five posts, the ambush, the
	// drone strikes); it said nothing on any by 31 July, so no delay (NaN).
	state := rates[0]
	assert.True(t, math.IsNaN(state.MedianDays), "no statement, no delay")
	state.MedianDays = 0
	assert.Equal(t, stats.SilenceRate{Period: rates[0].Period, Label: "2025-07", Side: claims.SideState, Events: 4, Silent: 4, Rate: 1}, state)
	// JNIM and the FLA: four events (Nimbougou, the five posts, the takeover, the
	// drone strikes); JNIM spoke on two, the same day for Nimbougou (dated to the
	// day) and on the five posts, dated to the month only: its delay is not known
	// to the day, so it is left out of the median (Untimed), which is 0.
	assert.Equal(t, stats.SilenceRate{Period: rates[1].Period, Label: "2025-07", Side: claims.SideArmedGroup, Events: 4, Silent: 2, Rate: 0.5,
		Spoke: 2, Timed: 1, Untimed: 1, MedianDays: 0}, rates[1])
}

func TestNewAreasAndPeriods(t *testing.T) {
	d := bilan.Sahel()
	sp := stats.NewAreas(d.Events, stats.Month)
	require.Len(t, sp, 1)
	assert.Equal(t, []string{"Burkina Faso", "Mali", "Mali / Sikasso", "Mali / Timbuktu"}, sp[0].New)

	checks := stats.CheckPeriods(d, claims.Policy{})
	require.Len(t, checks, 2)
	assert.Equal(t, "sahel-2025-h1-soldiers", checks[0].ID)
	assert.Equal(t, claims.MoreThanN(2000), checks[0].Claimed)
	assert.Equal(t, 0, checks[0].Events, "no event of January-June 2025 in the seed data")
	assert.False(t, checks[0].Confirmed.IsKnown())
	assert.Equal(t, 0, checks[1].Events, "the five posts are dated to July only, not to the week")
}
