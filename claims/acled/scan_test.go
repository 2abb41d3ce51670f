package acled

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// csvRecords reads in with encoding/csv as the Scanner is meant to: the reference.
func csvRecords(in []byte) ([][]string, error) {
	r := csv.NewReader(bytes.NewReader(in))
	r.FieldsPerRecord = -1
	var out [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, rec)
	}
}

func scanRecords(r io.Reader) ([][]string, []int, error) {
	s := NewScanner(r)
	var out [][]string
	var lines []int
	for s.Scan() {
		rec := make([]string, s.Len())
		for i := range rec {
			rec[i] = s.Text(i)
			if string(s.Field(i)) != rec[i] {
				panic("Field and Text disagree")
			}
		}
		out = append(out, rec)
		lines = append(lines, s.Line())
	}
	return out, lines, s.Err()
}

func TestScanner(t *testing.T) {
	tests := []struct {
		name, in string
		want     [][]string
		lines    []int
	}{
		{"plain", "a,b,c\n1,2,3\n", [][]string{{"a", "b", "c"}, {"1", "2", "3"}}, []int{1, 2}},
		{"crlf and no final newline", "a,b\r\n1,2", [][]string{{"a", "b"}, {"1", "2"}}, []int{1, 2}},
		{"empty lines skipped", "a\n\n\r\nb\n\n", [][]string{{"a"}, {"b"}}, []int{1, 4}},
		{"quoted comma and quotes", "x,\"a, \"\"b\"\"\",y\n", [][]string{{"x", `a, "b"`, "y"}}, []int{1}},
		{"quoted newline", "\"l1\nl2\",z\nnext,1\n", [][]string{{"l1\nl2", "z"}, {"next", "1"}}, []int{1, 3}},
		{"quoted crlf", "\"l1\r\nl2\",z\r\n", [][]string{{"l1\nl2", "z"}}, []int{1}},
		{"empty fields", ",,\n\"\",x,\n", [][]string{{"", "", ""}, {"", "x", ""}}, []int{1, 2}},
		{"trailing cr at eof", "a,b\r", [][]string{{"a", "b"}}, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, lines, err := scanRecords(bytes.NewReader([]byte(tt.in)))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.lines, lines)
			ref, err := csvRecords([]byte(tt.in))
			require.NoError(t, err)
			assert.Equal(t, ref, got, "same records as encoding/csv")
			// One byte at a time exercises the buffer refills.
			got, _, err = scanRecords(iotest.OneByteReader(bytes.NewReader([]byte(tt.in))))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	for _, in := range []string{"a\"b,c\n", "\"abc\n", "\"a\"b,c\n"} {
		_, _, err := scanRecords(bytes.NewReader([]byte(in)))
		assert.True(t, errors.Is(err, ErrQuote) || errors.Is(err, ErrBareQuote), "%q: %v", in, err)
		_, cerr := csvRecords([]byte(in))
		assert.Error(t, cerr, "encoding/csv rejects %q too", in)
	}
}

func TestScannerLongRecord(t *testing.T) {
	long := bytes.Repeat([]byte("x"), 3<<20) // longer than the initial buffer
	in := append(append([]byte("a,\""), long...), "\",b\nc\n"...)
	got, _, err := scanRecords(bytes.NewReader(in))
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, string(long), got[0][1])
	assert.Equal(t, []string{"c"}, got[1])
}

// FuzzScanner holds the Scanner to encoding/csv: where encoding/csv reads records,
// the Scanner reads the same; where it fails, the Scanner fails too.
func FuzzScanner(f *testing.F) {
	for _, s := range []string{"a,b\n1,2\n", "\"q,\"\"x\"\"\"\r\n,\n", "\"l1\nl2\",z\n", "a\"b\n", "\"abc", "\n\n\r\n", "a,b\r"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		want, werr := csvRecords(in)
		got, _, gerr := scanRecords(bytes.NewReader(in))
		if werr != nil {
			if gerr == nil {
				t.Fatalf("encoding/csv fails (%v) but the Scanner reads %q", werr, got)
			}
			return
		}
		if gerr != nil {
			t.Fatalf("the Scanner fails (%v) where encoding/csv reads %q", gerr, want)
		}
		if !assert.ObjectsAreEqual(want, got) && !(len(want) == 0 && len(got) == 0) {
			t.Fatalf("records differ:\ncsv     %q\nscanner %q", want, got)
		}
	})
}

func BenchmarkScanner(b *testing.B) {
	data := benchFile(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		s := NewScanner(bytes.NewReader(data))
		for s.Scan() {
		}
		if s.Err() != nil {
			b.Fatal(s.Err())
		}
	}
}

func BenchmarkEncodingCSV(b *testing.B) {
	data := benchFile(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := csv.NewReader(bytes.NewReader(data))
		r.ReuseRecord = true
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestScannerErrorLines: a syntax error names the line and column where it is, not
// the line of the record before it (encoding/csv's ParseError gives the same line).
func TestScannerErrorLines(t *testing.T) {
	for _, tt := range []struct {
		name, in  string
		line, col int
		sentinel  error
	}{
		{"bare quote on line 3", "a,b\n1,2\nx\"y,3\n4,5\n", 3, 2, ErrBareQuote},
		{"text after a closing quote on line 2", "a,b\n\"x\"y,2\n", 2, 4, ErrQuote},
		{"quote never closed on line 3", "a,b\n1,2\n\"open,3\n4,5\n6,7\n", 3, 1, ErrQuote},
		{"closing quote then junk two lines down", "a,b\n\"l1\nl2\"x,3\n", 3, 4, ErrQuote},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := scanRecords(strings.NewReader(tt.in))
			var se *ScanError
			require.ErrorAs(t, err, &se)
			assert.ErrorIs(t, err, tt.sentinel)
			assert.Equal(t, tt.line, se.Line, "line")
			assert.Equal(t, tt.col, se.Column, "column")
			_, cerr := csvRecords([]byte(tt.in))
			var ce *csv.ParseError
			require.ErrorAs(t, cerr, &ce, "encoding/csv rejects it too")
			if tt.sentinel == ErrBareQuote {
				// For a quote never closed encoding/csv names the line where the
				// input ended; the Scanner names the quote's line.
				assert.Equal(t, ce.Line, se.Line, "encoding/csv names the same line")
			}
		})
	}
}

// TestScannerRecover: after a syntax error, Recover skips the broken record's first
// line and scanning goes on with the next record that parses.
func TestScannerRecover(t *testing.T) {
	in := "a,b\n1,2\nx\"y,3\n4,5\n\"open,6\n7,8\n"
	s := NewScanner(strings.NewReader(in))
	var recs []string
	var errLines []int
	for {
		for s.Scan() {
			recs = append(recs, fmt.Sprintf("%d:%s", s.Line(), s.Text(0)))
		}
		var se *ScanError
		if !errors.As(s.Err(), &se) {
			break
		}
		errLines = append(errLines, se.Line)
		require.True(t, s.Recover())
	}
	require.NoError(t, s.Err())
	assert.Equal(t, []string{"1:a", "2:1", "4:4", "6:7"}, recs)
	assert.Equal(t, []int{3, 5}, errLines)
	assert.False(t, s.Recover(), "nothing to recover from at a clean end")
}

// TestScannerUnclosedQuoteLinear: a quote left open before many lines costs one
// pass, not one pass per line (it took 23 s for 80,000 lines when each newline
// re-read the record from its start). Counted in bytes split, not timed.
func TestScannerUnclosedQuoteLinear(t *testing.T) {
	var b strings.Builder
	b.WriteString("a,b\n\"open,1\n")
	for i := range 80000 {
		fmt.Fprintf(&b, "%d,x\n", i)
	}
	s := NewScanner(strings.NewReader(b.String()))
	n := 0
	for s.Scan() {
		n++
	}
	var se *ScanError
	require.ErrorAs(t, s.Err(), &se)
	assert.Equal(t, 2, se.Line, "the error is at the open quote's line")
	assert.Equal(t, 1, n)
	require.True(t, s.Recover())
	for s.Scan() {
		n++
	}
	require.NoError(t, s.Err())
	assert.Equal(t, 1+80000, n, "every line after the broken one is read")
	// The broken record is split once (to the end of input), then each line once:
	// about twice the input, where re-splitting at every newline was quadratic
	// (some 80,000²/2 lines' worth).
	assert.LessOrEqual(t, s.splitted, 3*b.Len(), "bytes split stay linear in the input")
}
