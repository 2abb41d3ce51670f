package bilan

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/stats"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// trendsFile is an ACLED file with quoted newlines, empty fatalities and several
// chunks' worth of rows.
func trendsFile(n int) string {
	var b strings.Builder
	b.WriteString("event_id_cnty,event_date,time_precision,event_type,actor1,inter1,actor2,inter2,country,admin1,location,latitude,longitude,notes,fatalities\n")
	for i := range n {
		fat := fmt.Sprint(i % 13)
		if i%11 == 0 {
			fat = ""
		}
		fmt.Fprintf(&b, "X%d,%s,1,Battles,Actor %d,2,\"Army, %d\",1,%s,Region %d,Town,14.5,-3.2,\"note with \"\"quotes\"\",\ncomma\",%s\n",
			i, claims.MakeDate(2019, 1, 1).AddDays(i%900), i%4, i%3, []string{"Mali", "Niger", "Burkina Faso"}[i%3], i%5, fat)
	}
	return b.String()
}

// paths sums data on the parallel ACLED path and on the event path, and returns
// both results with the bad records each reported.
// pathResult is what one path gave.
type pathResult struct {
	series []stats.Series
	bad    []string
	err    error
}

// paths sums data on the parallel ACLED path and on the event path.
func paths(data string, o TrendOptions, lenient bool) (fast, slow pathResult) {
	run := func(event bool) (res pathResult) {
		r, err := NewReader(strings.NewReader(data), "t.csv", Options{Format: ACLED, Lenient: lenient, OnBad: func(err error) { res.bad = append(res.bad, err.Error()) }})
		if err != nil {
			res.err = err
			return res
		}
		var agg *stats.Aggregator
		if event {
			agg, res.err = r.trendsEvents(o)
		} else {
			agg, res.err = r.trendsACLED(o)
		}
		if res.err == nil {
			res.series = agg.Series()
		}
		return res
	}
	return run(false), run(true)
}

// TestTrendsFastPath: the parallel ACLED path gives the event path's series for
// every key and period it serves.
func TestTrendsFastPath(t *testing.T) {
	data := trendsFile(5000)
	for _, by := range []stats.Key{stats.ByNone, stats.ByCountry, stats.ByAdmin1, stats.ByPerpetrator, stats.ByTarget} {
		for _, m := range []stats.Measure{stats.Events, stats.Killed} {
			for _, p := range []stats.Period{stats.Week, stats.Month, stats.Year} {
				o := TrendOptions{By: by, Period: p, Measure: m, AsOf: claims.MakeDate(2020, 12, 31)}
				require.True(t, fastTrends(o))
				f, sl := paths(data, o, false)
				fast, slow, ferr, serr := f.series, sl.series, f.err, sl.err
				require.NoError(t, ferr)
				require.NoError(t, serr)
				assert.Equal(t, slow, fast, "%s %s %s", by, m, p)
			}
		}
	}
}

// TestPathsRejectTheSameRows: a row bad in any one field is rejected by both paths
// with the same message (it was counted by the fast path when only event_date and
// fatalities were checked there).
func TestPathsRejectTheSameRows(t *testing.T) {
	head := "event_id_cnty,event_date,time_precision,actor1,inter1,actor2,inter2,country,latitude,longitude,fatalities\n"
	good := "G1,2024-01-02,1,A,2,B,1,Mali,14.5,-3.2,4\n"
	for _, tt := range []struct{ name, row, want string }{
		{"bad latitude", "B1,2024-01-02,1,A,2,B,1,Mali,95,-3.2,4\n", "field latitude"},
		{"bad time_precision", "B1,2024-01-02,7,A,2,B,1,Mali,14.5,-3.2,4\n", "field time_precision"},
		{"bad inter1", "B1,2024-01-02,1,A,9,B,1,Mali,14.5,-3.2,4\n", "field inter1"},
		{"empty id", ",2024-01-02,1,A,2,B,1,Mali,14.5,-3.2,4\n", "field event_id_cnty"},
		{"empty country", "B1,2024-01-02,1,A,2,B,1,,14.5,-3.2,4\n", "field country"},
		{"invalid UTF-8", "B1,2024-01-02,1,A\xff,2,B,1,Mali,14.5,-3.2,4\n", "invalid UTF-8"},
		{"plus sign", "B1,2024-01-02,1,A,2,B,1,Mali,14.5,-3.2,+12\n", "field fatalities"},
		{"overflow", "B1,2024-01-02,1,A,2,B,1,Mali,14.5,-3.2,9223372036854775807\n", "field fatalities"},
		{"field count", "B1,2024-01-02,1,A,2,B,1,Mali,14.5,-3.2\n", "10 fields, the header has 11"},
		{"duplicate id", "G1,2024-01-03,1,A,2,B,1,Niger,14.5,-3.2,4\n", `"G1" is also the id of the record on line 2`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := head + good + tt.row + "G2,2024-01-05,1,A,2,B,1,Niger,,,NA\n"
			for _, lenient := range []bool{false, true} {
				f, sl := paths(data, TrendOptions{By: stats.ByCountry, Period: stats.Month}, lenient)
				fast, slow, ferr, serr, fbad, sbad := f.series, sl.series, f.err, sl.err, f.bad, sl.bad
				require.Len(t, sbad, 1)
				assert.Contains(t, sbad[0], tt.want)
				assert.Contains(t, sbad[0], "t.csv:3")
				if lenient && ferr == errSequential {
					continue // Trends reads the file again in order
				}
				assert.Equal(t, sbad, fbad, "same bad records")
				if lenient {
					require.NoError(t, ferr)
					require.NoError(t, serr)
					assert.Equal(t, slow, fast)
				} else {
					assert.ErrorIs(t, ferr, ErrBadRecords)
					assert.ErrorIs(t, serr, ErrBadRecords)
				}
			}
		})
	}
}

// FuzzTrendsPaths holds the fast path to the event path on arbitrary input: the
// same rows accepted, the same errors, the same figures.
func FuzzTrendsPaths(f *testing.F) {
	f.Add([]byte(trendsFile(20)))
	f.Add([]byte("event_id_cnty,event_date,country,fatalities\nA,2024-01-01,Mali,3\nA,2024-01-01,Mali,4\n"))
	f.Add([]byte("event_id_cnty,event_date,country,fatalities\nA,2024-01-01,Mali,+3\nB,16 March 2024,Niger,NA\nC,x\"y,z,1\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		data := string(in)
		if !strings.HasPrefix(data, "event_id_cnty,") {
			data = "event_id_cnty,event_date,country,fatalities\n" + data
		}
		for _, lenient := range []bool{false, true} {
			f, sl := paths(data, TrendOptions{By: stats.ByCountry, Period: stats.Month}, lenient)
			fast, slow, ferr, serr, fbad, sbad := f.series, sl.series, f.err, sl.err, f.bad, sl.bad
			if ferr == errSequential {
				continue
			}
			if (ferr == nil) != (serr == nil) {
				t.Fatalf("lenient %v: fast path error %v, event path error %v", lenient, ferr, serr)
			}
			if ferr != nil && !errors.Is(ferr, ErrBadRecords) {
				// A fatal error (the header): both paths give the same.
				if ferr.Error() != serr.Error() {
					t.Fatalf("fatal errors differ: %v / %v", ferr, serr)
				}
				continue
			}
			if !lenient && ferr != nil {
				// Strict: both reject the file; the parallel read may stop at a
				// broken record where the event path reads on.
				if !errors.Is(serr, ErrBadRecords) {
					t.Fatalf("strict: fast path %v, event path %v", ferr, serr)
				}
				continue
			}
			if !assert.ObjectsAreEqual(sbad, fbad) {
				t.Fatalf("bad records differ:\nfast  %q\nevent %q", fbad, sbad)
			}
			if !assert.ObjectsAreEqual(slow, fast) {
				t.Fatalf("series differ:\nfast  %v\nevent %v", fast, slow)
			}
		}
	})
}

// TestReadAllFormats: Open tells every format apart and refuses what is not a
// dataset with a message that says what the file is.
func TestDetect(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"empty", "", "empty file"},
		{"blank", " \n\n", "empty file"},
		{"xlsx", "PK\x03\x04\x14\x00", "a zip archive (an .xlsx workbook?)"},
		{"html", "<!DOCTYPE html><html>", "HTML or XML"},
		{"semicolons", "event_id_cnty;event_date;country;fatalities\nA;2024-01-01;Mali;3\n", "semicolon-separated"},
		{"unknown csv", "a,b,c\n1,2,3\n", "neither native JSON nor the native CSV header, nor an ACLED export"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewReader(strings.NewReader(tt.in), "f", Options{})
			require.Error(t, err)
			assert.ErrorIs(t, err, claims.ErrFormat)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	for _, tt := range []struct {
		name, in string
		want     Format
	}{
		{"json", "\ufeff {\"format\":\"bilan/1\"}", NativeJSON},
		{"native csv", strings.Join(claims.CSVHeader, ",") + "\n", NativeCSV},
		{"acled", "event_id_cnty,event_date,country,fatalities\n", ACLED},
		{"ucdp", "id,relid,date_start,best\n", UCDP},
		{"ucdp without best", "id,relid,date_start,low\n", UCDP},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewReader(strings.NewReader(tt.in), "f", Options{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, r.Format())
		})
	}
}

// TestLenientResync: a CSV syntax error costs the broken record only, with the line
// where it is; the rows after it are read (a bare quote on line 3 used to keep 1
// event of 1,000).
func TestLenientResync(t *testing.T) {
	var b strings.Builder
	b.WriteString("event_id_cnty,event_date,country,fatalities\n")
	for i := range 1000 {
		if i == 1 {
			b.WriteString("E1,2024-01-01,Ma\"li,3\n")
			continue
		}
		fmt.Fprintf(&b, "E%d,2024-01-01,Mali,3\n", i)
	}
	var bad []string
	r, err := NewReader(strings.NewReader(b.String()), "f.csv", Options{Lenient: true, OnBad: func(err error) { bad = append(bad, err.Error()) }})
	require.NoError(t, err)
	d, err := r.Dataset()
	require.NoError(t, err)
	assert.Len(t, d.Events, 999)
	require.Len(t, bad, 1)
	assert.Contains(t, bad[0], "f.csv:3:")
	assert.Equal(t, Counts{Records: 1000, Events: 999, Bad: 1}, r.Counts())
}

// TestAllBadFails: a lenient read that kept nothing fails, saying so.
func TestAllBadFails(t *testing.T) {
	r, err := NewReader(strings.NewReader("event_id_cnty,event_date,country,fatalities\nA,x,Mali,1\nB,y,Mali,1\n"), "f.csv", Options{Lenient: true})
	require.NoError(t, err)
	_, err = r.Dataset()
	assert.ErrorIs(t, err, ErrBadRecords)
	assert.Contains(t, err.Error(), "all 2 records were bad")
}

// TestMonadic: a monadic export's two rows of an event are one event with both
// actors; rows with one id that disagree are an error naming both lines.
func TestMonadic(t *testing.T) {
	head := "event_id_cnty,event_date,actor1,inter1,country,fatalities\n"
	data := head + "M1,2024-01-01,JNIM,2,Mali,5\nM1,2024-01-01,Military Forces of Mali,1,Mali,5\nM2,2024-01-02,Civilians,7,Niger,1\n"
	r, err := NewReader(strings.NewReader(data), "m.csv", Options{})
	require.NoError(t, err)
	assert.True(t, r.Monadic())
	d, err := r.Dataset()
	require.NoError(t, err)
	require.Len(t, d.Events, 2)
	assert.Equal(t, "JNIM", d.Events[0].Perpetrator.Name)
	assert.Equal(t, "Military Forces of Mali", d.Events[0].Target.Name)
	assert.Equal(t, Counts{Records: 3, Events: 2, Merged: 1}, r.Counts())

	agg, err := Trends(mustReader(t, data), TrendOptions{By: stats.ByCountry, Period: stats.Year, Measure: stats.Killed})
	require.NoError(t, err)
	var killed int64
	for _, s := range agg.Series() {
		for _, p := range s.Points {
			killed += p.Best
		}
	}
	assert.Equal(t, int64(6), killed, "5 in Mali counted once, 1 in Niger")

	bad := head + "M1,2024-01-01,JNIM,2,Mali,5\nM1,2024-01-01,FAMa,1,Mali,7\n"
	_, err = mustReader(t, bad).Dataset()
	require.Error(t, err)
	var msgs []string
	r, _ = NewReader(strings.NewReader(bad), "m.csv", Options{OnBad: func(err error) { msgs = append(msgs, err.Error()) }})
	_, _ = r.Dataset()
	require.Len(t, msgs, 1)
	assert.Contains(t, msgs[0], "m.csv:3: field fatalities")
	assert.Contains(t, msgs[0], "line 2")
}

func mustReader(t *testing.T, data string) *Reader {
	r, err := NewReader(strings.NewReader(data), "m.csv", Options{})
	require.NoError(t, err)
	return r
}

// TestGzip: a gzip-compressed file reads as its content does.
func TestGzip(t *testing.T) {
	var z bytes.Buffer
	zw := gzipWriter(&z)
	zw.Write([]byte("event_id_cnty,event_date,country,fatalities\nA,2024-01-01,Mali,3\n"))
	zw.Close()
	r, err := NewReader(&z, "f.csv.gz", Options{})
	require.NoError(t, err)
	assert.Equal(t, ACLED, r.Format())
	d, err := r.Dataset()
	require.NoError(t, err)
	assert.Len(t, d.Events, 1)
}

// TestNA: R's NA is a missing value, never an actor or a tag.
func TestNA(t *testing.T) {
	data := "event_id_cnty,event_date,actor1,actor2,admin3,tags,country,fatalities\nA,2024-01-01,JNIM,NA,NA,NA,Mali,NA\n"
	d, err := mustReader(t, data).Dataset()
	require.NoError(t, err)
	ev := d.Events[0]
	assert.Empty(t, ev.Target.Name)
	assert.Empty(t, ev.Place.Admin3)
	assert.Empty(t, ev.Tags)
	f, _ := ev.Claims[0].Figure(claims.Killed, claims.UnknownGroup)
	assert.False(t, f.IsKnown(), "NA fatalities are unknown, not 0")
}

func gzipWriter(w *bytes.Buffer) *gzip.Writer { return gzip.NewWriter(w) }

// TestIDSet: the set finds every repeat, and only repeats, across growth and
// arena blocks, long IDs included.
func TestIDSet(t *testing.T) {
	s := newIDSet()
	for i := range 300000 {
		id := fmt.Sprintf("MLI%d", i)
		if i%1000 == 0 {
			id = strings.Repeat("x", 300) + id // the long-ID map
		}
		first, dup, err := s.add([]byte(id), i+2)
		require.NoError(t, err)
		require.False(t, dup, "%s first seen", id)
		require.Zero(t, first)
	}
	for _, i := range []int{0, 1, 999, 1000, 123456, 299999} {
		id := fmt.Sprintf("MLI%d", i)
		if i%1000 == 0 {
			id = strings.Repeat("x", 300) + id
		}
		first, dup, err := s.add([]byte(id), 1)
		require.NoError(t, err)
		assert.True(t, dup, id)
		assert.Equal(t, i+2, first, "the first line of %s", id)
	}
	_, dup, _ := s.add([]byte("MLI300000"), 1)
	assert.False(t, dup)
}
