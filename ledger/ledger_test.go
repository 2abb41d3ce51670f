package ledger

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilan-dev/bilan/claims"
)

var ctx = context.Background()

// clock returns a Now that starts on day and moves one hour per call.
func clock(day time.Time) func() time.Time {
	t := day
	return func() time.Time { t = t.Add(time.Hour); return t }
}

func newLedger(t *testing.T) *Ledger {
	t.Helper()
	l, err := Create(filepath.Join(t.TempDir(), "l.db"))
	require.NoError(t, err)
	t.Cleanup(func() { l.Close() })
	l.Now = clock(time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC))
	return l
}

func acledEvent(id string, fatalities int64) claims.Event {
	d := claims.MakeDate(2025, 7, 22)
	return claims.Event{ID: id, Date: d, Place: claims.Place{Country: "Mali", Admin1: "Sikasso"},
		Claims: []claims.Claim{{Source: claims.Source{Name: "ACLED", Kind: claims.Monitor}, ReportedAt: d,
			Figures: []claims.Count{{Outcome: claims.Killed, Group: claims.UnknownGroup, Figure: claims.N(fatalities)}}}}}
}

func seq(evs ...claims.Event) func(func(claims.Event, error) bool) {
	return func(yield func(claims.Event, error) bool) {
		for _, e := range evs {
			if !yield(e, nil) {
				return
			}
		}
	}
}

func TestImportTwiceWritesNothingNew(t *testing.T) {
	l := newLedger(t)
	o := Origin{Name: "a.csv", Format: "acled"}
	r1, err := l.Import(ctx, o, seq(acledEvent("E1", 3), acledEvent("E2", 0)), nil)
	require.NoError(t, err)
	assert.Equal(t, Result{Records: 2, Versions: 2, Claims: 2}, r1)
	r2, err := l.Import(ctx, o, seq(acledEvent("E1", 3), acledEvent("E2", 0)), nil)
	require.NoError(t, err)
	assert.Equal(t, Result{Records: 2, Unchanged: 2}, r2)
	c, err := l.Counts(ctx)
	require.NoError(t, err)
	assert.Equal(t, Counts{Imports: 2, Events: 2, Claims: 2, Figures: 2}, c)
}

func TestRecodingIsARevisionAndRecordedAsOfSeesTheOld(t *testing.T) {
	l := newLedger(t)
	o := Origin{Name: "a.csv", Format: "acled"}
	_, err := l.Import(ctx, o, seq(acledEvent("E1", 3)), nil)
	require.NoError(t, err)
	between := l.Now() // an hour after the first import, before the second
	r, err := l.Import(ctx, o, seq(acledEvent("E1", 5)), nil)
	require.NoError(t, err)
	assert.Equal(t, 1, r.Revisions)

	h, err := l.History(ctx, "E1")
	require.NoError(t, err)
	require.Len(t, h, 2)
	assert.Equal(t, h[0].Claim.ID, h[1].Claim.Revises)

	now, err := l.Dataset(ctx, Query{})
	require.NoError(t, err)
	require.Len(t, now.Events[0].Claims, 1)
	assert.Equal(t, claims.N(5), now.Events[0].Claims[0].Figures[0].Figure)

	then, err := l.Dataset(ctx, Query{RecordedAsOf: between})
	require.NoError(t, err)
	require.Len(t, then.Events[0].Claims, 1)
	assert.Equal(t, claims.N(3), then.Events[0].Claims[0].Figures[0].Figure)
	require.NoError(t, now.Validate())
}

func TestAddRevisionCorrectionAndAsOf(t *testing.T) {
	l := newLedger(t)
	_, err := l.Import(ctx, Origin{Name: "a.csv", Format: "acled"}, seq(acledEvent("E1", 3)), nil)
	require.NoError(t, err)
	jnim := claims.Source{Name: "JNIM", Kind: claims.MilitantStatement, Side: claims.SideArmedGroup}
	c1, err := l.Add(ctx, "c1.json", "E1", claims.Claim{Source: jnim, ReportedAt: claims.MakeDate(2025, 7, 23), Stance: claims.Responsibility,
		Figures: []claims.Count{{Outcome: claims.Killed, Group: claims.Soldiers, Figure: claims.N(20)}}})
	require.NoError(t, err)
	c2, err := l.Add(ctx, "c2.json", "E1", claims.Claim{Source: jnim, ReportedAt: claims.MakeDate(2025, 7, 25), Stance: claims.Responsibility, Revises: c1.ID,
		Figures: []claims.Count{{Outcome: claims.Killed, Group: claims.Soldiers, Figure: claims.N(26)}}})
	require.NoError(t, err)
	c3, err := l.Add(ctx, "c3.json", "E1", claims.Claim{Source: jnim, ReportedAt: claims.MakeDate(2025, 7, 25), Stance: claims.Responsibility, Revises: c2.ID,
		Correction: true, Note: "typed 26 for 62", Figures: []claims.Count{{Outcome: claims.Killed, Group: claims.Soldiers, Figure: claims.N(62)}}})
	require.NoError(t, err)

	figs := func(d *claims.Dataset) []string {
		var out []string
		for _, c := range d.Events[0].Claims {
			out = append(out, c.Source.Name+" "+c.Figures[0].Figure.String())
		}
		return out
	}
	d, err := l.Dataset(ctx, Query{})
	require.NoError(t, err)
	assert.Equal(t, []string{"ACLED 3", "JNIM 62"}, figs(d))
	d, err = l.Dataset(ctx, Query{AsOf: claims.MakeDate(2025, 7, 24)})
	require.NoError(t, err)
	assert.Equal(t, []string{"ACLED 3", "JNIM 20"}, figs(d), "as reported on 24 July: the revision came later")

	h, err := l.History(ctx, "E1")
	require.NoError(t, err)
	ids := []string{}
	for _, r := range h {
		ids = append(ids, r.Claim.ID)
	}
	assert.Equal(t, []string{h[0].Claim.ID, c1.ID, c2.ID, c3.ID}, ids)
	assert.True(t, h[3].Claim.Correction)
}

func TestAddRejects(t *testing.T) {
	l := newLedger(t)
	_, err := l.Import(ctx, Origin{Name: "a.csv", Format: "acled"}, seq(acledEvent("E1", 3), acledEvent("E2", 1)), nil)
	require.NoError(t, err)
	h2, err := l.History(ctx, "E2")
	require.NoError(t, err)
	army := claims.Source{Name: "FAMa", Kind: claims.OfficialStatement, Side: claims.SideState}
	ok := claims.Claim{Source: army, ReportedAt: claims.MakeDate(2025, 7, 23)}
	for _, c := range []struct {
		rule  string
		event string
		claim claims.Claim
		want  error
	}{
		{"UnknownEvent", "E9", ok, ErrUnknownEvent},
		{"ReportedBeforeTheEvent", "E1", claims.Claim{Source: army, ReportedAt: claims.MakeDate(2025, 7, 1)}, claims.ErrDate},
		{"RevisesAClaimOfAnotherEvent", "E1", claims.Claim{Source: army, ReportedAt: claims.MakeDate(2025, 7, 23), Revises: h2[0].Claim.ID}, ErrRevision},
		{"RevisesNothingKnown", "E1", claims.Claim{Source: army, ReportedAt: claims.MakeDate(2025, 7, 23), Revises: "nope"}, ErrRevision},
		{"CorrectionWithoutRevises", "E1", claims.Claim{Source: army, ReportedAt: claims.MakeDate(2025, 7, 23), Correction: true}, claims.ErrInvalid},
		{"IDTaken", "E1", claims.Claim{ID: h2[0].Claim.ID, Source: army, ReportedAt: claims.MakeDate(2025, 7, 23)}, ErrConflict},
	} {
		t.Run(c.rule, func(t *testing.T) {
			before, err := l.Counts(ctx)
			require.NoError(t, err)
			_, err = l.Add(ctx, "x.json", c.event, c.claim)
			require.ErrorIs(t, err, c.want)
			after, err := l.Counts(ctx)
			require.NoError(t, err)
			assert.Equal(t, before, after, "a rejected addition writes nothing")
		})
	}
}

func TestImportErrorWritesNothing(t *testing.T) {
	l := newLedger(t)
	bad := errors.New("row 3 is broken")
	evs := func(yield func(claims.Event, error) bool) {
		_ = yield(acledEvent("E1", 1), nil) && yield(acledEvent("E2", 1), nil) && yield(claims.Event{}, bad)
	}
	_, err := l.Import(ctx, Origin{Name: "a.csv"}, evs, nil)
	require.ErrorIs(t, err, bad)
	c, err := l.Counts(ctx)
	require.NoError(t, err)
	assert.Equal(t, Counts{}, c)
}

func TestRowsAreNeverUpdated(t *testing.T) {
	dir := t.TempDir()
	s, err := CreateSQLite(filepath.Join(dir, "l.db"))
	require.NoError(t, err)
	defer s.Close()
	l := New(s)
	_, err = l.Import(ctx, Origin{Name: "a"}, seq(acledEvent("E1", 1)), nil)
	require.NoError(t, err)
	for _, q := range []string{`UPDATE claims SET source = 'x'`, `DELETE FROM claims`, `UPDATE events SET country = 'x'`, `DELETE FROM figures`} {
		_, err := s.db.Exec(q)
		require.Error(t, err, q)
	}
}

func TestChangedEventIsANewVersion(t *testing.T) {
	l := newLedger(t)
	e := acledEvent("E1", 1)
	_, err := l.Import(ctx, Origin{Name: "a"}, seq(e), nil)
	require.NoError(t, err)
	e.Place.Admin1 = "Segou"
	r, err := l.Import(ctx, Origin{Name: "a"}, seq(e), nil)
	require.NoError(t, err)
	assert.Equal(t, 1, r.Versions)
	d, err := l.Dataset(ctx, Query{})
	require.NoError(t, err)
	assert.Equal(t, "Segou", d.Events[0].Place.Admin1)
	c, _ := l.Counts(ctx)
	assert.Equal(t, int64(2), c.Events)
}

func TestPeriodClaims(t *testing.T) {
	l := newLedger(t)
	p := claims.PeriodClaim{ID: "P1", From: claims.MakeDate(2025, 1, 1), To: claims.MakeDate(2025, 6, 30), Area: claims.Area{Countries: []string{"Mali"}},
		Claim: claims.Claim{Source: claims.Source{Name: "JNIM", Kind: claims.MilitantStatement, Side: claims.SideArmedGroup}, ReportedAt: claims.MakeDate(2025, 7, 22),
			Figures: []claims.Count{{Outcome: claims.Killed, Group: claims.Soldiers, Figure: claims.MoreThanN(2000)}}}}
	_, err := l.Import(ctx, Origin{Name: "p.json", Format: "native"}, nil, slices.Values([]claims.PeriodClaim{p}))
	require.NoError(t, err)
	d, err := l.Dataset(ctx, Query{})
	require.NoError(t, err)
	require.Len(t, d.Periods, 1)
	got := d.Periods[0]
	assert.NotEmpty(t, got.Claim.ID)
	got.Claim.ID, got.Claim.RecordedAt = "", 0
	assert.Equal(t, p, got)
	assert.True(t, slices.Equal(d.Periods[0].Area.Countries, []string{"Mali"}))
}

func TestExportImportsIntoANewLedger(t *testing.T) {
	l := newLedger(t)
	_, err := l.Import(ctx, Origin{Name: "a"}, seq(acledEvent("E1", 3)), nil)
	require.NoError(t, err)
	_, err = l.Import(ctx, Origin{Name: "a"}, seq(acledEvent("E1", 5)), nil)
	require.NoError(t, err)
	d, err := l.Dataset(ctx, Query{})
	require.NoError(t, err)
	require.NotEmpty(t, d.Events[0].Claims[0].Revises, "the export keeps the revision, not the claim it replaced")

	l2 := newLedger(t)
	_, err = l2.Import(ctx, Origin{Name: "export.json", Format: "native"}, seq(d.Events...), nil)
	require.NoError(t, err)
	d2, err := l2.Dataset(ctx, Query{})
	require.NoError(t, err)
	assert.Equal(t, d, d2)
}
