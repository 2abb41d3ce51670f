package claims

import (
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
			// Best: the stated points are 3 (a few, conservative) and 15; the lower middle is 3.
			status: Corroborated, estimate: est(3, 3, 15), basis: []int{0, 1},
		},
		{
			name:   "corroborated: two heavy tolls agree there were losses, not on a number",
			ev:     event(claim(local, 22, Reports, killed(Soldiers, Heavy())), claim(secu, 22, Reports, killed(Soldiers, Heavy()))),
			status: Corroborated, estimate: est(1, 1, Inf), basis: []int{0, 1},
		},
		{
			name:   "qualitative confirms when the policy says so",
			policy: Policy{QualitativeConfirms: true},
			ev:     event(claim(local, 22, Reports, killed(Soldiers, Heavy())), claim(secu, 22, Reports, killed(Soldiers, Heavy()))),
			status: Confirmed, estimate: est(1, 1, Inf), basis: []int{0, 1},
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
			name:   "a non-partisan zero against a non-partisan loss contests, with an estimate",
			ev:     event(claim(local, 22, Reports, killed(Civilians, N(0))), claim(afp, 23, Reports, killed(Civilians, N(3)))),
			status: Contested, estimate: est(0, 0, 3), basis: []int{0, 1},
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
