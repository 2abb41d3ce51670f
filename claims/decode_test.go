package claims

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDecoderSkipsBOM: a UTF-8 byte order mark before native JSON is skipped, as
// Read's documentation says (it used to be rejected).
func TestDecoderSkipsBOM(t *testing.T) {
	b, err := os.ReadFile("../testdata/sahel-2025.json")
	require.NoError(t, err)
	d, err := Read(bytes.NewReader(append([]byte("\ufeff"), b...)), "bom.json")
	require.NoError(t, err)
	assert.Len(t, d.Events, 5)
}

// TestDecoderDuplicateMembers: a member given twice is an error with its line,
// never a silent "the later one wins" (a second "events" used to drop every
// event before it).
func TestDecoderDuplicateMembers(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"top level", "{\"format\": \"bilan/1\",\n\"events\": [],\n\"events\": []}", `dup.json:3:1: field events: syntax error: member "events" given twice (first on line 2)`},
		{"in an event", "{\"format\": \"bilan/1\", \"events\": [\n{\"id\": \"a\", \"id\": \"b\"}]}", `dup.json:2:13: field events.id: syntax error: member "id" given twice in one object`},
		{"nested", "{\"format\": \"bilan/1\", \"events\": [{\"id\": \"a\", \"place\": {\"country\": \"Mali\",\n \"country\": \"Niger\"}}]}", `member "country" given twice`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.in), "dup.json")
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrSyntax)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	// The same names in sibling objects are no duplicates.
	_, _, dup := duplicateKey([]byte(`[{"a":1,"b":{"a":2}},{"a":3}]`))
	assert.False(t, dup)
}

// failAfter serves data and then fails, as a dropped connection would.
type failAfter struct {
	r io.Reader
}

func (f *failAfter) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errors.New("connection reset")
	}
	return n, err
}

// TestDecoderStreams: events come as they are read, before the end of the file:
// the first events of a file that breaks later are delivered.
func TestDecoderStreams(t *testing.T) {
	for _, format := range []string{"json", "csv"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			d := &Dataset{}
			for i := range 3000 {
				d.Events = append(d.Events, Event{ID: "e" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + itoa(i), Date: MakeDate(2024, 1, 1+i%28), Place: Place{Country: "Mali"}})
			}
			if format == "json" {
				require.NoError(t, WriteJSON(&buf, d))
			} else {
				require.NoError(t, WriteCSV(&buf, d))
			}
			half := buf.Bytes()[:buf.Len()/2]
			dec := NewDecoder(&failAfter{bytes.NewReader(half)}, "half")
			n := 0
			var last error
			for _, err := range dec.Events() {
				if err != nil {
					last = err
					break
				}
				n++
			}
			require.Error(t, last)
			assert.Greater(t, n, 1000, "events before the break are delivered")
		})
	}
}

func itoa(i int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + i%10)}, b...)
		if i /= 10; i == 0 {
			return string(b)
		}
	}
}

// TestCSVUnboundedIsInf: in the native CSV an unbounded figure's max is "inf" and an
// unknown figure's min and max are empty, so that the two never read alike; files
// written with an empty max for unbounded figures still read.
func TestCSVUnboundedIsInf(t *testing.T) {
	d := &Dataset{Events: []Event{{ID: "e", Date: MakeDate(2025, 7, 22), Place: Place{Country: "Mali"}, Claims: []Claim{{
		Source: Source{Name: "local sources", Kind: LocalSources}, ReportedAt: MakeDate(2025, 7, 22),
		Figures: []Count{{Outcome: Killed, Group: Soldiers, Figure: Heavy()}, {Outcome: Wounded, Group: Soldiers}},
	}}}}}
	var b bytes.Buffer
	require.NoError(t, WriteCSV(&b, d))
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	require.Len(t, lines, 3)
	// The claim identity columns (empty here) follow the figure's.
	assert.True(t, strings.HasSuffix(lines[1], ",killed,soldiers,qualitative,qualitative,1,inf,,,,"), lines[1])
	assert.True(t, strings.HasSuffix(lines[2], ",wounded,soldiers,?,unknown,,,,,,"), lines[2])
	back, err := Read(strings.NewReader(b.String()), "inf.csv")
	require.NoError(t, err)
	assert.Equal(t, d.Events[0].Claims[0].Figures, back.Events[0].Claims[0].Figures)

	old := strings.Replace(b.String(), "qualitative,1,inf\n", "qualitative,1,\n", 1)
	back, err = Read(strings.NewReader(old), "old.csv")
	require.NoError(t, err, "an empty max with a min is the older spelling of unbounded")
	assert.Equal(t, Heavy(), back.Events[0].Claims[0].Figures[0].Figure)
}
