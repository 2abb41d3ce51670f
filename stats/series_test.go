package stats

import (
	"math"
	"testing"
	"time"

	"github.com/bilan-dev/bilan/claims"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	famaSrc = claims.Source{Name: "FAMa", Kind: claims.OfficialStatement, Side: claims.SideState}
	afpSrc  = claims.Source{Name: "AFP", Kind: claims.MediaReport}
)

// seriesEvent is an event of 1 July 2025 in Mali, JNIM against the army, with claims.
func seriesEvent(id string, day int, cs ...claims.Claim) claims.Event {
	d := claims.MakeDate(2025, time.July, day)
	for i := range cs {
		cs[i].ReportedAt = d
	}
	return claims.Event{ID: id, Date: d, Place: claims.Place{Country: "Mali"},
		Perpetrator: claims.Actor{Name: "JNIM", Type: claims.RebelGroup},
		Target:      claims.Actor{Name: "FAMa", Type: claims.StateForces}, Claims: cs}
}

func says(s claims.Source, st claims.Stance, g claims.Group, f claims.Figure) claims.Claim {
	return claims.Claim{Source: s, Stance: st, Figures: []claims.Count{{Outcome: claims.Killed, Group: g, Figure: f}}}
}

func observeAll(e claims.Event, ob Observer) []Observation {
	return ob.Observe(nil, &e, claims.Reconcile(&e))
}

// TestGroupTotalNeverAddsAPooledFigureToItsParts pins issue 11's two double counts
// and the hierarchy's other cases.
func TestGroupTotalNeverAddsAPooledFigureToItsParts(t *testing.T) {
	e := func(f claims.Figure, best int64) claims.Figure { f.Best, f.HasBest = best, true; return f }
	tests := []struct {
		name string
		figs map[claims.Group]claims.Figure
		want claims.Figure
	}{
		{"10 soldiers and 15 security forces (army and VDP pooled) are at least 15, at most 25",
			map[claims.Group]claims.Figure{claims.Soldiers: e(claims.N(10), 10), claims.SecurityForces: e(claims.N(15), 15)},
			e(claims.Between(15, 25), 15)},
		{"12 people and 10 soldiers (maybe the same dead) are at least 12, at most 22",
			map[claims.Group]claims.Figure{claims.UnknownGroup: e(claims.N(12), 12), claims.Soldiers: e(claims.N(10), 10)},
			e(claims.Between(12, 22), 12)},
		{"soldiers and civilians cannot contain each other: they add",
			map[claims.Group]claims.Figure{claims.Civilians: e(claims.N(3), 3), claims.Soldiers: e(claims.N(10), 10)},
			e(claims.N(13), 13)},
		{"soldiers and militia add, and the pooled figure is weighed against their sum",
			// soldiers+militia = 10+4 = 14 against 12 pooled: [14, 26], Best 14.
			map[claims.Group]claims.Figure{claims.Soldiers: e(claims.N(10), 10), claims.Militia: e(claims.N(4), 4), claims.SecurityForces: e(claims.N(12), 12)},
			e(claims.Between(14, 26), 14)},
		{"an unbounded part keeps the total unbounded",
			map[claims.Group]claims.Figure{claims.UnknownGroup: e(claims.N(12), 12), claims.Soldiers: e(claims.Heavy(), 1)},
			e(claims.AtLeastN(12), 12)},
		{"no figure: unknown", map[claims.Group]claims.Figure{}, claims.Figure{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, GroupTotal(tt.figs))
		})
	}

	// End to end: the army admits 10 soldiers, local sources and AFP say 15
	// security forces (soldiers and VDP): the event's killed is [15, 25], Best 15.
	ev := seriesEvent("e", 1, says(famaSrc, claims.Reports, claims.Soldiers, claims.N(10)),
		says(localSrc, claims.Reports, claims.SecurityForces, claims.N(15)), says(afpSrc, claims.Reports, claims.SecurityForces, claims.N(15)))
	obs := observeAll(ev, Observer{Key: ByCountry, Measure: Killed})
	require.Len(t, obs, 1)
	assert.Equal(t, e(claims.Between(15, 25), 15), obs[0].Est)
}

// TestCredibleStatusesChosenByPolicy: the statuses summed are the Policy's.
func TestCredibleStatusesChosenByPolicy(t *testing.T) {
	ev := seriesEvent("e", 1, says(localSrc, claims.Reports, claims.Soldiers, claims.N(5)))
	def := observeAll(ev, Observer{Measure: Killed})
	assert.Equal(t, int64(5), def[0].Est.Min, "a single source is credible by default")
	confirmedOnly := claims.Policy{Count: claims.StatusSet(0).With(claims.Confirmed)}
	strict := observeAll(ev, Observer{Measure: Killed, Policy: confirmedOnly})
	assert.False(t, strict[0].Est.IsKnown(), "not counted: unknown, not zero")
	assert.Equal(t, 1, strict[0].Unknown)
}

// TestSourceKindNeverPutsClaimsInCredible: with key source_kind, a militant claim is
// in Claimed only; a side's admission of its own losses and a medium's figure are
// credible.
func TestSourceKindNeverPutsClaimsInCredible(t *testing.T) {
	ev := seriesEvent("e", 1, says(jnimSrc, claims.Responsibility, claims.Soldiers, claims.N(26)),
		says(famaSrc, claims.Reports, claims.Soldiers, claims.N(4)), says(afpSrc, claims.Reports, claims.Soldiers, claims.N(6)))
	got := map[string]Observation{}
	for _, o := range observeAll(ev, Observer{Key: BySourceKind, Measure: Killed}) {
		got[o.Key] = o
	}
	mil := got["militant_statement"]
	assert.False(t, mil.Est.IsKnown(), "a militant claim is not credible")
	assert.True(t, mil.HasClaim)
	assert.Equal(t, int64(26), mil.Claimed)
	assert.Equal(t, claims.N(4).Min, got["official_statement"].Est.Min, "an admission of own losses is credible")
	assert.False(t, got["official_statement"].HasClaim)
	assert.Equal(t, int64(6), got["media_report"].Est.Best)
}

// TestRollingSkipsUnknownPeriods: a period whose events all lack a figure is NaN,
// and the rolling mean skips it as pandas skips NaN.
func TestRollingSkipsUnknownPeriods(t *testing.T) {
	s := Series{Points: []Point{
		{Events: 1, Known: 1, Best: 4},
		{Events: 2, Unknown: 2}, // all unknown
		{},                      // no event: a quiet period is 0
		{Events: 1, Known: 1, Best: 8},
	}}
	v := Values(s, Killed)
	assert.Equal(t, 4.0, v[0])
	assert.True(t, math.IsNaN(v[1]))
	assert.Equal(t, []float64{0, 8}, v[2:])
	assert.Equal(t, []float64{1, 2, 0, 1}, Values(s, Events))
	// pandas 1.5.3 (Debian python3-pandas): pd.Series([4, nan, 0, 8]).rolling(2, min_periods=1).mean()
	// gives 4, 4, 0, 4 (the NaN is skipped, not read as 0).
	assert.Equal(t, []float64{4, 4, 0, 4}, Rolling(v, 2, false))
	assert.Equal(t, []float64{4, 4, 0, 8}, Rolling(v, 2, true))
	all := Rolling([]float64{math.NaN(), math.NaN(), 3}, 2, false)
	assert.True(t, math.IsNaN(all[0]) && math.IsNaN(all[1]), "a window of unknowns has no mean")
	assert.Equal(t, 3.0, all[2])
	// pandas 1.5.3: pd.Series([1, nan, 2]).cumsum() gives 1, NaN, 3; .rolling(2, min_periods=1).sum() of [4, nan, 0, 8] gives 4, 4, 0, 8.
	c := Cumulative([]float64{1, math.NaN(), 2})
	assert.Equal(t, 1.0, c[0])
	assert.True(t, math.IsNaN(c[1]))
	assert.Equal(t, 3.0, c[2])
}

// TestSeriesStartsAtOwnFirstEvent: a key's series starts at its own first event;
// FilledSeries starts every key at the data's first period.
func TestSeriesStartsAtOwnFirstEvent(t *testing.T) {
	a := NewAggregator(Month)
	a.Add(obs("2025-01-05", "Mali", claims.N(3)))
	a.Add(obs("2025-03-02", "Niger", claims.N(2)))
	a.Add(obs("2025-04-02", "Mali", claims.N(1)))
	s := a.Series()
	require.Len(t, s, 2)
	assert.Equal(t, "2025-01", s[0].Points[0].Label)
	assert.Len(t, s[0].Points, 4)
	assert.Equal(t, "2025-03", s[1].Points[0].Label, "Niger starts at its first event, not with two zero months")
	assert.Len(t, s[1].Points, 2, "March and April: both keys run to the data's last period")
	f := a.FilledSeries()
	assert.Equal(t, "2025-01", f[1].Points[0].Label)
	assert.Len(t, f[1].Points, 4)
}

// TestStatusCountsHoldEveryStatus: counts are indexed by status without a fixed
// array, and a status outside claims.Statuses neither panics nor counts.
func TestStatusCountsHoldEveryStatus(t *testing.T) {
	c := NewStatusCounter(Month, claims.Killed, true)
	ev := seriesEvent("e", 1)
	c.Add(&ev, []claims.Assessment{{Status: claims.Contested}, {Status: claims.Status(40)}})
	counts := c.Counts()
	require.Len(t, counts, 1)
	assert.Len(t, counts[0].Counts, len(claims.Statuses()))
	assert.Equal(t, 1, counts[0].Count(claims.Contested))
	assert.Equal(t, 0, counts[0].Count(claims.Status(40)))
}

// TestMeasureNamesItsOutcome: each measure names its outcome; no arithmetic on the
// enums, and undefined values print without a panic.
func TestMeasureNamesItsOutcome(t *testing.T) {
	for m, want := range map[Measure]claims.Outcome{Killed: claims.Killed, Wounded: claims.Wounded, Captured: claims.Captured, Missing: claims.Missing} {
		o, ok := m.Outcome()
		assert.True(t, ok)
		assert.Equal(t, want, o, m.String())
		assert.Equal(t, m.String(), o.String(), "measure and outcome share their name")
	}
	_, ok := Events.Outcome()
	assert.False(t, ok)
	_, ok = Measure(9).Outcome()
	assert.False(t, ok)
	assert.Equal(t, "Measure(9)", Measure(9).String())
	assert.Equal(t, "Key(20)", Key(20).String())
}
