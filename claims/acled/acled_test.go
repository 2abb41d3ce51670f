package acled

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
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

func readAll(t testing.TB, path string, strict bool) ([]claims.Event, []error, *Reader) {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	r := NewReader(f)
	r.Name, r.Strict = path, strict
	var evs []claims.Event
	var errs []error
	for ev, err := range r.Events() {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		evs = append(evs, ev)
	}
	return evs, errs, r
}

// golden compares the events, written as a native JSON dataset, with a golden file.
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

func TestCurrentLayout(t *testing.T) {
	evs, errs, r := readAll(t, "testdata/current.csv", true)
	require.Empty(t, errs)
	require.Len(t, evs, 4, "BOM, CRLF, a quoted newline and trailing empty lines lose no row")
	assert.Equal(t, 4, r.Rows())

	e := evs[0]
	assert.Equal(t, "MLI9001", e.ID, "the BOM is not part of the first column's name")
	assert.Equal(t, claims.MakeDate(2025, time.July, 22), e.Date)
	assert.Equal(t, claims.GeoNear, e.Place.Precision)
	assert.Equal(t, &claims.LatLon{Lat: 11.1, Lon: -5.6}, e.Place.Coords)
	assert.Equal(t, claims.RebelGroup, e.Perpetrator.Type)
	assert.True(t, e.ActorsUndirected)
	require.Len(t, e.Claims, 1)
	c := e.Claims[0]
	assert.Equal(t, Source, c.Source)
	assert.Equal(t, []string{"Az-Zallaqa", "Local Source"}, c.Sources)
	f, ok := c.Figure(claims.Killed, claims.UnknownGroup)
	assert.True(t, ok)
	assert.False(t, f.IsKnown(), "an empty fatalities cell is unknown, not 0")
	assert.Equal(t, `On 22 July 2025, JNIM "took" a checkpoint at Nimbougou, Sikasso; fatalities unknown.`, e.Summary)
	assert.Equal(t, map[string]string{
		"disorder_type": "Political violence", "iso": "466", "region": "Western Africa",
		"source_scale": "Local partner-Other", "timestamp": "1753200000", "population_best": "1200",
	}, e.Extra, "columns without a field, and extra columns, are kept")

	e = evs[1]
	assert.Equal(t, claims.MakeDate(2025, time.July, 16), e.Date, "16 July 2025")
	assert.Equal(t, claims.PrecWeek, e.DatePrecision)
	assert.Equal(t, claims.RebelGroup, e.Perpetrator.Type, "inter1 as a text label")
	assert.Equal(t, claims.StateForces, e.Target.Type)
	assert.Equal(t, []string{"VDP: Homeland Defense Volunteers", "Dozo Communal Militia (Burkina Faso)"}, e.Target.Associated)
	assert.Equal(t, "Line one of the notes,\nline two: 26 soldiers killed, weapons seized.", e.Summary)
	f, _ = e.Claims[0].Figure(claims.Killed, claims.UnknownGroup)
	assert.Equal(t, claims.N(26), f)

	e = evs[2]
	assert.Equal(t, claims.MakeDate(2025, time.June, 3), e.Date, "03-Jun-25")
	assert.Equal(t, claims.PrecMonth, e.DatePrecision)
	assert.Equal(t, claims.GeoAdmin1, e.Place.Precision)
	assert.Equal(t, []string{"women targeted: civilians"}, e.Tags)
	assert.Equal(t, "Civilian targeting", e.Extra["civilian_targeting"])

	f, _ = evs[3].Claims[0].Figure(claims.Killed, claims.UnknownGroup)
	assert.Equal(t, claims.N(0), f, "an explicit 0 stays 0")
	assert.Equal(t, claims.ActorUnspecified, evs[3].Target.Type)

	for _, e := range evs {
		assert.NoError(t, e.Validate())
	}
	golden(t, "current.golden.json", evs)
}

func TestPre2023Layout(t *testing.T) {
	evs, errs, _ := readAll(t, "testdata/pre2023.csv", true)
	require.Empty(t, errs)
	require.Len(t, evs, 2)
	assert.Equal(t, "MLI", evs[0].Place.ISO, "iso3 of the old layout")
	assert.Equal(t, "7001", evs[0].Extra["data_id"])
	assert.Equal(t, "8001", evs[0].Extra["event_id_no_cnty"])
	assert.Equal(t, claims.MakeDate(2019, time.March, 12), evs[0].Date, "12-Mar-19")
	assert.Equal(t, claims.MakeDate(1998, time.April, 4), evs[1].Date, "4 April 1998")
	assert.Equal(t, claims.Rioters, evs[1].Perpetrator.Type)
	f, _ := evs[1].Claims[0].Figure(claims.Killed, claims.UnknownGroup)
	assert.False(t, f.IsKnown())
	golden(t, "pre2023.golden.json", evs)
}

func TestBadRows(t *testing.T) {
	evs, errs, r := readAll(t, "testdata/badrows.csv", false)
	var ids []string
	for _, e := range evs {
		ids = append(ids, e.ID)
	}
	assert.Equal(t, []string{"X3", "X9"}, ids, "lenient: good rows around bad ones are read")
	assert.Equal(t, 7, r.Skipped())
	assert.Equal(t, 9, r.Rows())
	var msgs []string
	for _, err := range errs {
		assert.True(t, errors.Is(err, ErrField))
		var pe *claims.ParseError
		require.ErrorAs(t, err, &pe)
		msgs = append(msgs, err.Error())
	}
	// Columns are byte columns, as encoding/csv counts: "X1," puts event_date at byte 4.
	assert.Equal(t, []string{
		`testdata/badrows.csv:2:4: field event_date: bad field: event_date "2024-02-30" is not a date (2023-02-16, 16 February 2023 or 16-Feb-23)`,
		`testdata/badrows.csv:3:274: field fatalities: bad field: fatalities "a dozen" is not a whole number`,
		`testdata/badrows.csv:5:134: field inter1: bad field: actor type "Aliens" is neither 0-8 nor an ACLED label`,
		`testdata/badrows.csv:6:210: field geo_precision: bad field: geo_precision "4" is not 1, 2 or 3`,
		`testdata/badrows.csv:7:194: field latitude: bad field: latitude "95.0"`,
		`testdata/badrows.csv:8:274: field fatalities: bad field: fatalities "-2" is not a whole number`,
		`testdata/badrows.csv:9:163: field country: bad field: empty country`,
	}, msgs)

	_, errs, r = readAll(t, "testdata/badrows.csv", true)
	assert.Len(t, errs, 1, "strict stops at the first bad row")
	assert.Equal(t, 1, r.Rows())
}

func TestHeaderErrors(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"empty", "", "line 1: not an ACLED header: empty file"},
		{"missing fatalities", "event_id_cnty,event_date,country\nX,2025-01-01,Mali\n", "field fatalities: not an ACLED header: missing column fatalities"},
		{"twice", "event_id_cnty,event_date,country,fatalities,country\n", "field country: not an ACLED header: column \"country\" twice"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.in))
			var got []error
			for _, err := range r.Events() {
				got = append(got, err)
			}
			require.Len(t, got, 1)
			assert.Contains(t, got[0].Error(), tt.want)
		})
	}
	assert.True(t, IsHeader([]string{"\ufeffevent_id_cnty", "event_date"}))
	assert.False(t, IsHeader([]string{"id", "date_start"}))
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2023-02-16": "2023-02-16", "16 February 2023": "2023-02-16", "16-Feb-23": "2023-02-16",
		"16-Feb-2023": "2023-02-16", "1 Sept 2001": "2001-09-01", "31-Dec-97": "1997-12-31", "29 February 2024": "2024-02-29",
	} {
		d, ok := ParseDate(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, d.String(), in)
	}
	for _, in := range []string{"", "2023/02/16", "16 Febuary 2023", "30-Feb-23", "16-Feb-023", "Feb 16 2023", "16 02 2023"} {
		_, ok := ParseDate(in)
		assert.False(t, ok, in)
	}
}

// FuzzReader: no panic; every error is a *claims.ParseError; every accepted row is a
// valid event that survives a round trip through the native CSV.
func FuzzReader(f *testing.F) {
	for _, p := range []string{"testdata/current.csv", "testdata/pre2023.csv", "testdata/badrows.csv"} {
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

// benchFile is the file BenchmarkRead reads: $BILAN_BENCH_ACLED (the 1M-row file of
// bench/acledgen) when set, else a synthetic file made here.
func benchFile(b *testing.B) []byte {
	if p := os.Getenv("BILAN_BENCH_ACLED"); p != "" {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		return data
	}
	src, err := os.ReadFile("testdata/current.csv")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimRight(string(src), "\r\n"), "\r\n")
	var buf bytes.Buffer
	buf.WriteString(lines[0])
	for i := range 20000 {
		fmt.Fprintf(&buf, "SYN%d,2024-%02d-%02d,2024,1,Political violence,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,,2,Military Forces of Mali (2021-),,1,12,,466,Western Africa,Mali,Mopti,Djenne,,Djenne town %d,13.9000,-4.5500,1,Local Source; AFP,National,\"On 2024-01-01, JNIM attacked the army near Djenne (Mali). %d fatalities reported by Local Source.\",%d,,1700000000,\r\n",
			i, 1+i%12, 1+i%28, i%40, i%7, i%7)
	}
	return buf.Bytes()
}

func BenchmarkRead(b *testing.B) {
	data := benchFile(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var rows int
	for b.Loop() {
		r := NewReader(bytes.NewReader(data))
		r.Strict = true
		rows = 0
		for _, err := range r.Events() {
			if err != nil {
				b.Fatal(err)
			}
			rows++
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(rows), "ns/row")
}
