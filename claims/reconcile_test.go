package claims

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	jnim   = Source{Name: "JNIM / az-Zallaqa", Kind: MilitantStatement, Side: SideArmedGroup}
	isSah  = Source{Name: "IS Sahel / Amaq", Kind: MilitantStatement, Side: SideArmedGroup}
	fama   = Source{Name: "FAMa", Kind: OfficialStatement, Side: SideState}
	local  = Source{Name: "local sources", Kind: LocalSources}
	secu   = Source{Name: "security sources", Kind: SecuritySources}
	afp    = Source{Name: "AFP", Kind: MediaReport}
	rfi    = Source{Name: "RFI", Kind: MediaReport}
	mod    = Source{Name: "Ministère de la Défense", Kind: OfficialStatement, Side: SideState}
	jul    = func(d int) Date { return MakeDate(2025, time.July, d) }
	killed = func(g Group, f Figure) []Count { return []Count{{Outcome: Killed, Group: g, Figure: f}} }
)

func claim(s Source, day int, st Stance, figs []Count) Claim {
	return Claim{Source: s, ReportedAt: jul(day), Stance: st, Figures: figs}
}

func event(claims ...Claim) *Event {
	return &Event{
		ID: "e1", Date: jul(20), Place: Place{Country: "Mali"},
		Perpetrator: Actor{Name: "JNIM", Type: RebelGroup},
		Target:      Actor{Name: "Military Forces of Mali", Type: StateForces},
		Claims:      claims,
	}
}

// heavy is the estimate of qualitative tolls only: [1, Inf), Best 1, still qualitative.
func heavy() Figure { f := Heavy(); f.Best, f.HasBest = 1, true; return f }

// est is the expected estimate [low, high] with best; est(-1, ...) is Unknown.
func est(low, best, high int64) Figure {
	if low < 0 {
		return Figure{}
	}
	f := span(low, high)
	f.Best, f.HasBest = best, true
	return f
}

func TestReconcile(t *testing.T) {
	citing := func(c Claim, s Source) Claim { c.Cites = &s; return c }
	tests := []struct {
		name      string
		policy    Policy
		ev        *Event
		status    Status
		estimate  Figure
		claimed   Figure
		claimedBy string
		basis     []int
	}{
		{
			name:   "pending: nothing but silence",
			ev:     event(claim(fama, 22, Silence, nil)),
			status: Pending, basis: []int{0},
		},
		{
			name:   "claimed only: a militant claim of soldiers killed never confirms alone",
			ev:     event(claim(jnim, 22, Responsibility, killed(Soldiers, N(26))), claim(fama, 22, Silence, nil)),
			status: ClaimedOnly, claimed: N(26), claimedBy: jnim.Name, basis: []int{0},
		},
		{
			name:   "claimed only: an army's terrorists neutralised is partisan too",
			ev:     event(claim(fama, 22, Reports, killed(Militants, N(40)))),
			status: ClaimedOnly, claimed: N(40), claimedBy: fama.Name, basis: []int{0},
		},
		{
			name:   "single source",
			ev:     event(claim(local, 22, Reports, killed(Soldiers, N(5)))),
			status: SingleSource, estimate: est(5, 5, 5), basis: []int{0},
		},
		{
			name:   "confirmed: two independent sources overlap",
			ev:     event(claim(local, 22, Reports, killed(Soldiers, N(5))), claim(afp, 23, Reports, killed(Soldiers, AtLeastN(4)))),
			status: Confirmed, estimate: est(5, 5, Inf), basis: []int{0, 1},
		},
		{
			name:   "confirmed: the largest overlapping set wins, the outlier widens High",
			ev:     event(claim(local, 22, Reports, killed(Soldiers, N(5))), claim(secu, 22, Reports, killed(Soldiers, VagueFigure("a few"))), claim(afp, 23, Reports, killed(Soldiers, N(20)))),
			status: Confirmed, estimate: est(5, 5, 20), basis: []int{0, 1, 2},
		},
		{
			name:   "vague against exact: dozens and 15 overlap at 15",
			ev:     event(claim(local, 22, Reports, killed(Soldiers, VagueFigure("عشرات"))), claim(afp, 23, Reports, killed(Soldiers, N(15)))),
			status: Confirmed, estimate: est(15, 15, 99), basis: []int{0, 1},
		},
		{
			name: "vague against exact: a few [3, 9] and 15 do not overlap",
			ev:   event(claim(local, 22, Reports, killed(Soldiers, VagueFigure("quelques"))), claim(afp, 23, Reports, killed(Soldiers, N(15)))),
			// Best: the stated points are 3 (a few, ACLED's code) and 15; their median is
			// (3+15)/2 = 9.
			status: Corroborated, estimate: est(3, 9, 15), basis: []int{0, 1},
		},
		{
			name:   "corroborated: two heavy tolls agree there were losses, not on a number",
			ev:     event(claim(local, 22, Reports, killed(Soldiers, Heavy())), claim(secu, 22, Reports, killed(Soldiers, Heavy()))),
			status: Corroborated, estimate: heavy(), basis: []int{0, 1},
		},
		{
			name:   "qualitative confirms when the policy says so",
			policy: Policy{QualitativeConfirms: true},
			ev:     event(claim(local, 22, Reports, killed(Soldiers, Heavy())), claim(secu, 22, Reports, killed(Soldiers, Heavy()))),
			status: Confirmed, estimate: heavy(), basis: []int{0, 1},
		},
		{
			name:   "admission of own losses confirms as a floor, against a higher claim",
			ev:     event(claim(jnim, 22, Responsibility, killed(Soldiers, N(26))), claim(fama, 23, Reports, killed(Soldiers, N(10)))),
			status: Confirmed, estimate: est(10, 10, 10), claimed: N(26), claimedBy: jnim.Name, basis: []int{1},
		},
		{
			name:   "admission floor above a lower non-partisan figure",
			ev:     event(claim(local, 22, Reports, killed(Soldiers, N(5))), claim(fama, 23, Reports, killed(Soldiers, N(10)))),
			status: Confirmed, estimate: est(10, 10, 10), basis: []int{0, 1},
		},
		{
			name:   "admissions ignored by a tighter policy",
			policy: Policy{IgnoreAdmissions: true},
			ev:     event(claim(fama, 23, Reports, killed(Soldiers, N(10)))),
			status: Pending, basis: []int{0},
		},
		{
			name:   "denial against a claim: the army's no losses against 26 killed",
			ev:     event(claim(jnim, 22, Responsibility, killed(Soldiers, N(26))), claim(fama, 23, Denial, killed(Soldiers, N(0)))),
			status: Contested, claimed: N(26), claimedBy: jnim.Name, basis: []int{0, 1},
		},
		{
			name:   "a denial with no figure contests",
			ev:     event(claim(jnim, 22, Responsibility, killed(Soldiers, N(26))), claim(fama, 23, Denial, nil)),
			status: Contested, claimed: N(26), claimedBy: jnim.Name, basis: []int{0, 1},
		},
		{
			name: "a non-partisan zero against a non-partisan loss contests, with an estimate",
			ev:   event(claim(local, 22, Reports, killed(Civilians, N(0))), claim(afp, 23, Reports, killed(Civilians, N(3)))),
			// Best: the median of 0 and 3, 1.5, rounded down.
			status: Contested, estimate: est(0, 1, 3), basis: []int{0, 1},
		},
		{
			name:   "citations are followed: a report citing the group is the group",
			ev:     event(claim(jnim, 22, Responsibility, killed(Soldiers, N(26))), citing(claim(afp, 23, Reports, killed(Soldiers, N(26))), jnim)),
			status: ClaimedOnly, claimed: N(26), claimedBy: jnim.Name, basis: []int{0},
		},
		{
			name:   "citations are followed: two reports of one local source are one source",
			ev:     event(claim(local, 22, Reports, killed(Soldiers, N(5))), citing(claim(afp, 23, Reports, killed(Soldiers, N(5))), local), citing(claim(rfi, 23, Reports, killed(Soldiers, N(5))), afp)),
			status: SingleSource, estimate: est(5, 5, 5), basis: []int{0},
		},
		{
			name:   "a cited source absent from the event is still the origin",
			ev:     event(citing(claim(afp, 23, Reports, killed(Soldiers, N(26))), jnim)),
			status: ClaimedOnly, claimed: N(26), claimedBy: jnim.Name, basis: []int{0},
		},
		{
			name:   "a revision supersedes the same source's earlier figure",
			ev:     event(claim(local, 22, Reports, killed(Soldiers, N(5))), claim(local, 24, Reports, killed(Soldiers, N(8)))),
			status: SingleSource, estimate: est(8, 8, 8), basis: []int{1},
		},
		{
			name:   "a looser policy lets one source confirm",
			policy: Policy{MinIndependent: 1},
			ev:     event(claim(local, 22, Reports, killed(Soldiers, N(5)))),
			status: Confirmed, estimate: est(5, 5, 5), basis: []int{0},
		},
		{
			name:   "partisan corroboration with a non-partisan source",
			policy: Policy{PartisanCorroborates: true},
			ev:     event(claim(jnim, 22, Responsibility, killed(Soldiers, N(26))), claim(afp, 23, Reports, killed(Soldiers, Between(20, 30)))),
			status: Confirmed, estimate: est(26, 26, 30), claimed: N(26), claimedBy: jnim.Name, basis: []int{1},
		},
		{
			name: "unknown figure from the group: pending, claimed unknown",
			ev:   event(claim(jnim, 22, Responsibility, killed(Soldiers, Figure{})), claim(fama, 22, Silence, nil)),
			// The unknown is not zero: no estimate, and the claim is named.
			status: Pending, claimed: Figure{}, claimedBy: jnim.Name, basis: []int{0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := tt.policy.Reconcile(tt.ev)
			require.Len(t, as, 1)
			a := as[0]
			assert.Equal(t, tt.status, a.Status, "status")
			assert.Equal(t, tt.estimate, a.Estimate, "estimate")
			assert.Equal(t, tt.claimed, a.Claimed, "claimed")
			assert.Equal(t, tt.claimedBy, a.ClaimedBy.Name, "claimed by")
			assert.Equal(t, tt.basis, a.Basis, "basis")
		})
	}
}

func TestReconcileArmedGroupsFighting(t *testing.T) {
	e := event(claim(jnim, 22, Responsibility, killed(Militants, N(20))))
	e.Target = Actor{Name: "Islamic State Sahel Province", Type: RebelGroup}
	a := Reconcile(e)[0]
	assert.Equal(t, ClaimedOnly, a.Status, "JNIM's claim of IS fighters killed is not an admission")
	e.Claims = append(e.Claims, claim(isSah, 23, Reports, killed(Militants, N(0))))
	a = Reconcile(e)[0]
	assert.Equal(t, ClaimedOnly, a.Status, "either side's word stays a claim")
	assert.Equal(t, N(20), a.Claimed)
}

func TestReconcileSeveralKeys(t *testing.T) {
	e := event(claim(jnim, 22, Responsibility, []Count{
		{Outcome: Wounded, Group: Soldiers, Figure: N(30)},
		{Outcome: Killed, Group: Soldiers, Figure: N(12)},
		{Outcome: Captured, Group: Soldiers, Figure: N(2)},
	}), claim(local, 23, Reports, []Count{{Outcome: Killed, Group: Civilians, Figure: N(3)}}))
	as := Reconcile(e)
	require.Len(t, as, 4)
	var got []string
	for _, a := range as {
		got = append(got, a.Outcome.String()+"/"+a.Group.String()+"/"+a.Status.String())
	}
	assert.Equal(t, []string{"killed/soldiers/claimed_only", "killed/civilians/single_source", "wounded/soldiers/claimed_only", "captured/soldiers/claimed_only"}, got)
}

// TestSilenceThenStatement is the army silent on the day of the group's claim and
// admitting losses three days later, seen as of the day between and the day after.
func TestSilenceThenStatement(t *testing.T) {
	d := &Dataset{Events: []Event{*event(
		claim(jnim, 22, Responsibility, killed(Soldiers, N(26))),
		claim(fama, 22, Silence, nil),
		claim(fama, 25, Reports, killed(Soldiers, N(3))),
	)}}
	require.NoError(t, d.Validate())

	before := d.AsOf(jul(23))
	require.Len(t, before.Events[0].Claims, 2)
	a := Reconcile(&before.Events[0])[0]
	assert.Equal(t, ClaimedOnly, a.Status)
	assert.False(t, a.Estimate.IsKnown(), "no confirmed figure yet, and not zero")

	after := d.AsOf(jul(26))
	a = Reconcile(&after.Events[0])[0]
	assert.Equal(t, Confirmed, a.Status)
	assert.Equal(t, est(3, 3, 3), a.Estimate)
	assert.Equal(t, N(26), a.Claimed)

	assert.Len(t, d.Events[0].Claims, 3, "AsOf leaves the dataset alone")
	assert.Empty(t, d.AsOf(jul(21)).Events, "nothing was known before the first claim")
}

// TestEventAsOf: the event-level rule that Dataset.AsOf and the streaming commands
// share. Claims are reported on 22, 22 and 25 July.
func TestEventAsOf(t *testing.T) {
	ev := *event(
		claim(jnim, 22, Responsibility, killed(Soldiers, N(26))),
		claim(fama, 22, Silence, nil),
		claim(fama, 25, Reports, killed(Soldiers, N(3))),
	)
	tests := []struct {
		day    int
		claims int
		ok     bool
	}{
		{21, 0, false}, {22, 2, true}, {24, 2, true}, {25, 3, true},
	}
	for _, tt := range tests {
		t.Run(jul(tt.day).String(), func(t *testing.T) {
			got, ok := ev.AsOf(jul(tt.day))
			assert.Equal(t, tt.ok, ok)
			if ok {
				assert.Len(t, got.Claims, tt.claims)
			}
		})
	}
	bare := Event{ID: "no-claims"}
	got, ok := bare.AsOf(jul(1))
	assert.True(t, ok, "an event recorded with no claim is kept")
	assert.Equal(t, bare, got)
	assert.Len(t, ev.Claims, 3, "AsOf leaves the event alone")
}

// TestReconcileRules pins each rule of the package documentation's policy that
// issue 11 found broken, one case per rule, named after it.
func TestReconcileRules(t *testing.T) {
	acledM := Source{Name: "ACLED", Kind: Monitor}
	ucdpM := Source{Name: "UCDP", Kind: Monitor}
	monitor := func(s Source, day int, f Figure, sources ...string) Claim {
		c := claim(s, day, Reports, killed(Soldiers, f))
		c.Sources = sources
		return c
	}
	civ := func(s Source, day int, st Stance, f Figure) Claim {
		return claim(s, day, st, killed(Civilians, f))
	}
	tests := []struct {
		name        string
		ev          *Event
		status      Status
		estimate    Figure
		basis       []int
		independent int
	}{
		{
			name:   "sources are citations: a monitor citing AFP and AFP's own report are one source",
			ev:     event(claim(afp, 22, Reports, killed(Soldiers, N(5))), monitor(acledM, 30, N(5), "AFP")),
			status: SingleSource, estimate: est(5, 5, 5), basis: []int{0}, independent: 1,
		},
		{
			name:   "sources are citations: two monitors coding the same report are one source",
			ev:     event(monitor(acledM, 30, N(5), "AFP"), monitor(ucdpM, 31, N(5), "AFP", "Le Monde")),
			status: SingleSource, estimate: est(5, 5, 5), basis: []int{1}, independent: 1,
		},
		{
			name:   "sources are citations: monitors coding different reports are independent",
			ev:     event(monitor(acledM, 30, N(5), "AFP"), monitor(ucdpM, 31, N(5), "RFI")),
			status: Confirmed, estimate: est(5, 5, 5), basis: []int{0, 1}, independent: 2,
		},
		{
			name:   "sources are citations: a monitor citing two present reports adds nothing to them",
			ev:     event(claim(afp, 22, Reports, killed(Soldiers, N(5))), claim(rfi, 22, Reports, killed(Soldiers, N(6))), monitor(acledM, 30, N(5), "AFP", "RFI")),
			status: Corroborated, estimate: est(5, 5, 6), basis: []int{0, 1}, independent: 2,
		},
		{
			name: "a denial superseded by the same side's admission is not contested",
			ev: event(claim(jnim, 22, Responsibility, killed(Soldiers, N(26))), claim(fama, 23, Denial, nil),
				claim(fama, 25, Reports, killed(Soldiers, N(10)))),
			status: Confirmed, estimate: est(10, 10, 10), basis: []int{2}, independent: 1,
		},
		{
			name: "a denial with a figure superseded by the same side's admission is not contested",
			ev: event(claim(jnim, 22, Responsibility, killed(Soldiers, N(26))), claim(fama, 23, Denial, killed(Soldiers, N(0))),
				claim(mod, 25, Reports, killed(Soldiers, N(10)))),
			status: Confirmed, estimate: est(10, 10, 10), basis: []int{2}, independent: 1,
		},
		{
			name:   "a later statement with no figure does not erase the same source's number",
			ev:     event(claim(local, 22, Reports, killed(Soldiers, N(5))), claim(local, 24, Reports, killed(Soldiers, Figure{}))),
			status: SingleSource, estimate: est(5, 5, 5), basis: []int{0}, independent: 1,
		},
		{
			name: "a denial of responsibility is not a denial of the toll",
			ev: event(civ(local, 22, Reports, N(12)), civ(afp, 22, Reports, N(12)),
				claim(jnim, 23, Denial, nil)),
			status: Confirmed, estimate: est(12, 12, 12), basis: []int{0, 1}, independent: 2,
		},
		{
			name:   "one side speaks once: the army and the ministry are one voice, its latest word",
			ev:     event(claim(fama, 23, Reports, killed(Soldiers, N(10))), claim(mod, 24, Reports, killed(Soldiers, N(12)))),
			status: Confirmed, estimate: est(12, 12, 12), basis: []int{1}, independent: 1,
		},
		{
			name: "best: two credible points give their median, not the lower",
			ev:   event(claim(local, 22, Reports, killed(Soldiers, N(10))), claim(afp, 23, Reports, killed(Soldiers, N(20)))),
			// (10+20)/2 = 15.
			status: Corroborated, estimate: est(10, 15, 20), basis: []int{0, 1}, independent: 2,
		},
		{
			name:   "best: up to 60 is a bound, not a point: Best falls to Low",
			ev:     event(claim(local, 22, Reports, killed(Soldiers, UpTo(60)))),
			status: SingleSource, estimate: est(1, 1, 60), basis: []int{0}, independent: 1,
		},
		{
			name:   "best: at least 10 is a bound, not a point: Best falls to Low",
			ev:     event(claim(local, 22, Reports, killed(Soldiers, AtLeastN(10)))),
			status: SingleSource, estimate: est(10, 10, Inf), basis: []int{0}, independent: 1,
		},
		{
			name: "best: a bound beside a point leaves the point",
			ev:   event(claim(local, 22, Reports, killed(Soldiers, UpTo(60))), claim(afp, 23, Reports, killed(Soldiers, N(30)))),
			// [1, 60] and 30 overlap at 30: confirmed from 30; the only point is 30.
			status: Confirmed, estimate: est(30, 30, 60), basis: []int{0, 1}, independent: 2,
		},
		{
			name: "two sources against two is a disagreement, not confirmed at the lower pair",
			ev: event(claim(local, 22, Reports, killed(Soldiers, N(10))), claim(secu, 22, Reports, killed(Soldiers, N(10))),
				claim(afp, 23, Reports, killed(Soldiers, N(20))), claim(rfi, 23, Reports, killed(Soldiers, N(20)))),
			// Points 10, 10, 20, 20: median (10+20)/2 = 15.
			status: Corroborated, estimate: est(10, 15, 20), basis: []int{0, 1, 2, 3}, independent: 4,
		},
		{
			name: "three sources against two confirms the majority",
			ev: event(claim(local, 22, Reports, killed(Soldiers, N(10))), claim(secu, 22, Reports, killed(Soldiers, N(10))),
				claim(afp, 23, Reports, killed(Soldiers, N(20))), claim(rfi, 23, Reports, killed(Soldiers, N(20))),
				claim(Source{Name: "Reuters", Kind: MediaReport}, 23, Reports, killed(Soldiers, N(20)))),
			// Low is the overlap's floor, 20; High the highest credible Max, 20.
			status: Confirmed, estimate: est(20, 20, 20), basis: []int{0, 1, 2, 3, 4}, independent: 5,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := Reconcile(tt.ev)
			require.Len(t, as, 1)
			a := as[0]
			assert.Equal(t, tt.status, a.Status, "status")
			assert.Equal(t, tt.estimate, a.Estimate, "estimate")
			assert.Equal(t, tt.basis, a.Basis, "basis")
			assert.Equal(t, tt.independent, a.Independent, "independent")
		})
	}
}

// TestAssessmentAccessorsCannotBeMisread: an unknown estimate has no Low, Best or
// High, and an unbounded one no High; none of them is a number then.
func TestAssessmentAccessorsCannotBeMisread(t *testing.T) {
	unknown := Reconcile(event(claim(jnim, 22, Responsibility, killed(Soldiers, N(26)))))[0]
	for name, f := range map[string]func() (int64, bool){"low": unknown.Low, "best": unknown.Best, "high": unknown.High} {
		_, ok := f()
		assert.False(t, ok, "%s of an unknown estimate", name)
	}
	assert.False(t, unknown.Known())
	assert.False(t, unknown.Unbounded())

	open := Reconcile(event(claim(local, 22, Reports, killed(Soldiers, AtLeastN(10)))))[0]
	_, ok := open.High()
	assert.False(t, ok, "an unbounded High is not a number")
	assert.True(t, open.Unbounded())
	low, ok := open.Low()
	assert.True(t, ok)
	assert.Equal(t, int64(10), low)

	closed := Reconcile(event(claim(local, 22, Reports, killed(Soldiers, Between(5, 9)))))[0]
	high, ok := closed.High()
	assert.True(t, ok)
	assert.Equal(t, int64(9), high)
}

// TestZeroValuesMeanNotStated: a Count or Place nobody filled in asserts nothing.
func TestZeroValuesMeanNotStated(t *testing.T) {
	var c Count
	assert.Equal(t, OutcomeUnstated, c.Outcome, "not killed")
	assert.Equal(t, UnknownGroup, c.Group, "not soldiers")
	assert.False(t, c.Figure.IsKnown(), "not zero")
	var p Place
	assert.Equal(t, GeoUnstated, p.Precision, "not exact")
	assert.Equal(t, "", p.Precision.String())

	_, err := ParseOutcome("")
	assert.ErrorIs(t, err, ErrUnknownValue, "an outcome is never assumed")
	_, err = Outcome(0).MarshalText()
	assert.ErrorIs(t, err, ErrUnknownValue)

	e := event(claim(local, 22, Reports, []Count{{Figure: N(3)}}))
	e.Date = jul(20)
	err = e.Validate()
	require.Error(t, err)
	probs := Problems(err)
	require.Len(t, probs, 1)
	assert.Contains(t, probs[0].Location, "outcome")

	e = event(claim(local, 22, Reports, []Count{{Outcome: Killed, Figure: N(3)}}))
	assert.NoError(t, e.Validate(), "a figure with no group is an unknown group, which is valid")
	assert.Equal(t, UnknownGroup, Reconcile(e)[0].Group)
}

// TestParseStatusSet: the statuses a caller counts, as -status reads them.
func TestParseStatusSet(t *testing.T) {
	s, err := ParseStatusSet("confirmed, corroborated")
	require.NoError(t, err)
	assert.True(t, s.Has(Confirmed))
	assert.True(t, s.Has(Corroborated))
	assert.False(t, s.Has(SingleSource))
	assert.Equal(t, "corroborated,confirmed", s.String())
	_, err = ParseStatusSet("confirmed,sure")
	assert.ErrorIs(t, err, ErrUnknownValue)
	assert.True(t, Policy{}.Counts(Contested), "the default counts every status with a credible figure")
	assert.False(t, Policy{}.Counts(ClaimedOnly))
	assert.False(t, Policy{Count: s}.Counts(SingleSource))
}

// TestReconcileInvariants reconciles random events (the generator of the format
// tests: random sources, sides, stances, citations, monitors' source lists and
// figures of every qualifier) and checks what must hold on any data: no panic; a
// known estimate has Low <= Best <= High and its accessors agree, an unknown one
// gives no number; the statuses that carry a credible figure have one and the others
// none; Basis is sorted, distinct and in range; the result does not depend on a
// map's order.
func TestReconcileInvariants(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 11))
	credible := []Status{SingleSource, Corroborated, Confirmed}
	for range 3000 {
		d := randomDataset(r)
		for i := range d.Events {
			e := &d.Events[i]
			as := Reconcile(e)
			require.NotEmpty(t, as)
			assert.Equal(t, as, Reconcile(e), "deterministic")
			for _, a := range as {
				low, lok := a.Low()
				best, bok := a.Best()
				high, hok := a.High()
				if a.Estimate.IsKnown() {
					require.True(t, lok && bok, "%+v", a)
					require.True(t, a.Estimate.HasBest)
					require.LessOrEqual(t, low, best, "%+v", a)
					require.LessOrEqual(t, best, a.Estimate.Max, "%+v", a)
					require.Equal(t, a.Estimate.Max != Inf, hok)
					if hok {
						require.LessOrEqual(t, best, high)
					}
					require.GreaterOrEqual(t, a.Independent, 1)
				} else {
					require.False(t, lok || bok || hok, "no number for an unknown estimate: %+v", a)
					require.NotContains(t, credible, a.Status, "%+v", a)
				}
				if slices.Contains(credible, a.Status) {
					require.True(t, a.Estimate.IsKnown(), "%+v", a)
				}
				if a.Status == Pending || a.Status == ClaimedOnly {
					require.False(t, a.Estimate.IsKnown(), "%+v", a)
				}
				require.True(t, slices.IsSorted(a.Basis))
				require.Equal(t, len(a.Basis), len(slices.Compact(slices.Clone(a.Basis))))
				for _, b := range a.Basis {
					require.True(t, b >= 0 && b < len(e.Claims))
				}
			}
		}
	}
}

// TestPolicyRulesFollowThePolicy: the method text changes with the policy in force.
func TestPolicyRulesFollowThePolicy(t *testing.T) {
	def := strings.Join(Policy{}.Rules(), "\n")
	assert.Contains(t, def, "Two independent non-partisan sources")
	assert.Contains(t, def, "admission of its own losses confirms")
	assert.Contains(t, def, "statuses single_source,corroborated,confirmed,contested.")
	strict := strings.Join(Policy{MinIndependent: 3, IgnoreAdmissions: true, Count: StatusSet(0).With(Confirmed)}.Rules(), "\n")
	assert.Contains(t, strict, "3 or more independent")
	assert.Contains(t, strict, "admissions are ignored")
	assert.Contains(t, strict, "statuses confirmed.")
	loose := strings.Join(Policy{MinIndependent: 1, PartisanCorroborates: true, QualitativeConfirms: true}.Rules(), "\n")
	assert.Contains(t, loose, "One non-partisan source confirms")
	assert.Contains(t, loose, "counts toward the sources needed")
	assert.Contains(t, loose, "confirm that there were losses")
}
