package acled

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/bilan-dev/bilan/claims"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type rowSummary struct {
	line    int
	id      string
	date    claims.Date
	fig     claims.Figure
	country string
}

// quirkyFile is an ACLED file whose notes hold commas, doubled quotes and newlines,
// so that chunk boundaries fall inside quoted fields.
func quirkyFile(n int) []byte {
	var b bytes.Buffer
	b.WriteString("event_id_cnty,event_date,country,notes,fatalities\r\n")
	for i := range n {
		fat := fmt.Sprint(i % 9)
		if i%7 == 0 {
			fat = ""
		}
		notes := fmt.Sprintf("\"row %d, says \"\"%d killed\"\"\nsecond line\"", i, i%9)
		if i%3 == 0 {
			notes = "plain"
		}
		fmt.Fprintf(&b, "E%d,2024-%02d-%02d,%s,%s,%s\r\n", i, 1+i%12, 1+i%28, []string{"Mali", "Niger", "Burkina Faso"}[i%3], notes, fat)
	}
	return b.Bytes()
}

// TestEachMatchesEvents: Each, over several workers and small chunks, sees the same
// rows with the same dates and figures as Events.
func TestEachMatchesEvents(t *testing.T) {
	data := quirkyFile(3000)
	var want []rowSummary
	r := NewReader(bytes.NewReader(data))
	r.Strict = true
	for ev, err := range r.Events() {
		require.NoError(t, err)
		f, _ := ev.Claims[0].Figure(claims.Killed, claims.UnknownGroup)
		want = append(want, rowSummary{id: ev.ID, date: ev.Date, fig: f, country: ev.Place.Country})
	}
	require.Len(t, want, 3000)
	for _, chunk := range []int{512, 4096, 1 << 20} {
		for _, workers := range []int{1, 3} {
			t.Run(fmt.Sprintf("chunk %d workers %d", chunk, workers), func(t *testing.T) {
				r := NewReader(bytes.NewReader(data))
				r.chunk = chunk
				got := make([][]rowSummary, workers)
				err := r.Each(workers, func(w int, row *Row) error {
					d, f, err := row.Values()
					if err != nil {
						return err
					}
					got[w] = append(got[w], rowSummary{line: row.Line(), id: string(row.Bytes(EventID)), date: d, fig: f, country: string(row.Bytes(Country))})
					return nil
				})
				require.NoError(t, err)
				all := slices.Concat(got...)
				slices.SortFunc(all, func(a, b rowSummary) int { return a.line - b.line })
				require.Len(t, all, len(want))
				for i := range all {
					// Row i begins after the header and i rows, (i+2)/3 of them plain (one line), the others two lines.
					assert.Equal(t, 2+2*i-(i+2)/3, all[i].line, "row %d starts on its line", i)
					all[i].line = 0
				}
				assert.Equal(t, want, all)
			})
		}
	}
}

func TestEachErrors(t *testing.T) {
	data := strings.Replace(string(quirkyFile(50)), "E10,2024-11-11", "E10,2024-11-31", 1)
	r := NewReader(strings.NewReader(data))
	err := r.Each(2, func(_ int, row *Row) error {
		_, _, err := row.Values()
		return err
	})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `field event_date: bad field: event_date "2024-11-31" is not a date`)
	var pe *claims.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 2+10+6, pe.Line, "line of row E10: header, ten rows before it, six of them on two lines")

	err = NewReader(strings.NewReader("event_id_cnty,event_date\n")).Each(2, func(int, *Row) error { return nil })
	assert.ErrorIs(t, err, ErrHeader)
	err = NewReader(strings.NewReader("")).Each(2, func(int, *Row) error { return nil })
	assert.ErrorIs(t, err, ErrHeader)
}

func TestRowEvent(t *testing.T) {
	data, err := os.ReadFile("testdata/current.csv")
	require.NoError(t, err)
	var want []claims.Event
	for ev, err := range NewReader(bytes.NewReader(data)).Events() {
		require.NoError(t, err)
		want = append(want, ev)
	}
	var got []claims.Event
	err = NewReader(bytes.NewReader(data)).Each(1, func(_ int, row *Row) error {
		ev, err := row.Event()
		got = append(got, ev)
		return err
	})
	require.NoError(t, err)
	assert.Equal(t, want, got)
}
