package ucdp

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bilan-dev/bilan/claims"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

func readAll(t testing.TB, path string, configure func(*Reader)) ([]claims.Event, []error, []error, *Reader) {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	r := NewReader(f)
	r.Name = path
	var warns []error
	r.Warn = func(err error) { warns = append(warns, err) }
	if configure != nil {
		configure(r)
	}
	var evs []claims.Event
	var errs []error
	for ev, err := range r.Events() {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		evs = append(evs, ev)
	}
	return evs, errs, warns, r
}

func golden(t *testing.T, name string, evs []claims.Event) {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, claims.WriteJSON(&buf, &claims.Dataset{Events: evs}))
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), buf.String())
}

func fig(t *testing.T, e claims.Event, g claims.Group) claims.Figure {
	t.Helper()
	f, ok := e.Claims[0].Figure(claims.Killed, g)
	require.True(t, ok, "no figure for %s", g)
	return f
}

func TestGED(t *testing.T) {
	evs, errs, warns, r := readAll(t, "testdata/ged.csv", nil)
	require.Empty(t, errs)
	require.Len(t, evs, 7)
	assert.Equal(t, 2, r.Warnings())
	require.Len(t, warns, 2)
	assert.Equal(t, "testdata/ged.csv:5: field best: inconsistent figures: low 12, best 10, high 15: kept as read", warns[0].Error())
	// Line 8: the row before it spans lines 6 and 7 (a newline in source_original).
	assert.Equal(t, "testdata/ged.csv:8: field best: inconsistent figures: deaths by side add up to 2, best is 5: kept as read", warns[1].Error())
	assert.True(t, errors.Is(warns[0], ErrInconsistent))

	// State-based: the deaths fall on two groups, each its share of best; low and
	// high are totals, kept in Extra.
	e := evs[0]
	assert.Equal(t, "900001", e.ID)
	assert.Equal(t, "State-based conflict", e.Type)
	assert.Equal(t, claims.StateForces, e.Perpetrator.Type)
	assert.Equal(t, claims.RebelGroup, e.Target.Type)
	assert.True(t, e.ActorsUndirected)
	assert.Equal(t, claims.N(5), fig(t, e, claims.SecurityForces))
	assert.Equal(t, claims.N(10), fig(t, e, claims.Militants))
	assert.Equal(t, "12", e.Extra["low"])
	assert.Equal(t, "20", e.Extra["high"])
	assert.Equal(t, "2", e.Extra["number_of_sources"])
	assert.Equal(t, "near the checkpoint", e.Extra["where_description"])
	assert.Equal(t, []string{"AFP", "RFI"}, e.Claims[0].Sources)
	assert.Equal(t, "Local sources: soldiers killed", e.Claims[0].Wording)
	assert.Equal(t, "UCDP GED", e.Claims[0].Source.Name)

	// One-sided: all on civilians, the whole interval with best as its point.
	e = evs[1]
	assert.Equal(t, claims.BetweenBest(25, 30, 40), fig(t, e, claims.Civilians))
	assert.Equal(t, claims.GeoNear, e.Place.Precision)
	assert.Equal(t, claims.CiviliansActor, e.Target.Type)

	// Non-state: both sides are militants, added, the split kept.
	e = evs[2]
	assert.Equal(t, claims.N(7), fig(t, e, claims.Militants))
	assert.Equal(t, "3", e.Extra["deaths_a"])
	assert.Equal(t, "4", e.Extra["deaths_b"])

	// low > best: read, kept, spanning the three values.
	e = evs[3]
	assert.Equal(t, claims.BetweenBest(10, 10, 15), fig(t, e, claims.UnknownGroup))
	assert.Equal(t, "12", e.Extra["low"])

	// A month-precision span with times of day, where_prec 6, -1 sources.
	e = evs[4]
	assert.Equal(t, claims.MakeDate(2024, time.March, 1), e.Date)
	assert.Equal(t, claims.MakeDate(2024, time.March, 31), e.End)
	assert.Equal(t, claims.PrecMonth, e.DatePrecision)
	assert.Equal(t, claims.GeoCountry, e.Place.Precision)
	assert.Equal(t, e.End, e.Claims[0].ReportedAt)
	_, has := e.Extra["number_of_sources"]
	assert.False(t, has, "-1 means not recorded")
	assert.Equal(t, "Army: \"no losses\", group: 26 killed,\nseveral vehicles seized", e.Claims[0].Wording)

	// The split does not add up to best: the total on the unknown group.
	e = evs[5]
	assert.Equal(t, claims.BetweenBest(5, 5, 8), fig(t, e, claims.UnknownGroup))
	assert.Len(t, e.Claims[0].Figures, 1)

	assert.Equal(t, claims.N(0), fig(t, evs[6], claims.UnknownGroup), "an explicit 0 stays 0")

	for _, e := range evs {
		assert.NoError(t, e.Validate())
	}
	golden(t, "ged.golden.json", evs)
}

func TestOld42Columns(t *testing.T) {
	old, errs, _, _ := readAll(t, "testdata/ged-42.csv", nil)
	require.Empty(t, errs)
	cur, _, _, _ := readAll(t, "testdata/ged.csv", nil)
	require.Len(t, old, 2)
	for i := range old {
		assert.Equal(t, cur[i].Claims, old[i].Claims, "same figures whatever the column order")
		assert.Equal(t, cur[i].Place, old[i].Place)
	}
}

func TestHeaderlessCandidate(t *testing.T) {
	evs, errs, _, r := readAll(t, "testdata/candidate-noheader.csv", nil)
	require.Empty(t, errs)
	require.Len(t, evs, 2, "the first row is data, not a header")
	assert.True(t, r.Candidate)
	assert.Equal(t, "UCDP Candidate", evs[0].Claims[0].Source.Name)
	assert.Equal(t, "900001", evs[0].ID)

	evs, _, _, _ = readAll(t, "testdata/candidate-noheader.csv", func(r *Reader) { r.NoHeader = true })
	assert.Len(t, evs, 2, "named by option")
}

func TestBadRows(t *testing.T) {
	evs, errs, _, r := readAll(t, "testdata/badrows.csv", nil)
	var ids []string
	for _, e := range evs {
		ids = append(ids, e.ID)
	}
	assert.Equal(t, []string{"X3", "X8"}, ids)
	assert.Equal(t, 6, r.Skipped())
	var fields []string
	for _, err := range errs {
		var pe *claims.ParseError
		require.ErrorAs(t, err, &pe)
		assert.ErrorIs(t, err, ErrField)
		fields = append(fields, pe.Field)
		assert.Greater(t, pe.Line, 1)
	}
	assert.Equal(t, []string{"date_start", "best", "type_of_violence", "where_prec", "date_end", "deaths_b"}, fields)
	assert.Contains(t, errs[0].Error(), `testdata/badrows.csv:2:`)
	assert.Contains(t, errs[0].Error(), `field date_start: bad field: date_start "2025-02-30" is not a date`)

	_, errs, _, _ = readAll(t, "testdata/badrows.csv", func(r *Reader) { r.Strict = true })
	assert.Len(t, errs, 1)
}

func TestHeaderDetection(t *testing.T) {
	assert.True(t, IsHeader(Layout))
	assert.True(t, IsHeader([]string{"id", "date_start", "best_est"}))
	assert.False(t, IsHeader([]string{"event_id_cnty", "event_date"}))
	r := NewReader(strings.NewReader("id,date_start,best\n"))
	for _, err := range r.Events() {
		assert.ErrorIs(t, err, ErrHeader)
		assert.Contains(t, err.Error(), "missing column type_of_violence")
	}
}

func FuzzReader(f *testing.F) {
	for _, p := range []string{"testdata/ged.csv", "testdata/ged-42.csv", "testdata/candidate-noheader.csv", "testdata/badrows.csv"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		r := NewReader(bytes.NewReader(in))
		for ev, err := range r.Events() {
			if err != nil {
				var pe *claims.ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("error %T: %v", err, err)
				}
				continue
			}
			d := &claims.Dataset{Events: []claims.Event{ev}}
			if err := d.Validate(); err != nil {
				t.Fatalf("accepted row is invalid: %v", err)
			}
			var buf bytes.Buffer
			if err := claims.WriteCSV(&buf, d); err != nil {
				t.Fatal(err)
			}
			back, err := claims.Read(&buf, "roundtrip")
			if err != nil {
				t.Fatalf("round trip: %v", err)
			}
			if !assert.ObjectsAreEqual(d, back) {
				t.Fatalf("round trip changed the event:\n%+v\n%+v", d.Events[0], back.Events[0])
			}
		}
	})
}
