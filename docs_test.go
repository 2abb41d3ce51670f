package bilan_test

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/bilan-dev/bilan/claims"
)

// TestVagueTableMatchesDocs holds docs/quantities.md §2 and claims.VagueTable to each
// other: every row of the documented table is a concept of the code with the same
// interval, ACLED's code is its floor, and every word the row lists in English,
// French and Arabic reads as that concept. A change to one without the other fails.
func TestVagueTableMatchesDocs(t *testing.T) {
	rows := docTable(t, "docs/quantities.md", "## §2")
	code := map[string]claims.VagueEntry{}
	for _, e := range claims.VagueTable() {
		code[e.Concept] = e
	}
	if len(rows) != len(code) {
		t.Errorf("docs/quantities.md §2 has %d rows, claims.VagueTable %d concepts", len(rows), len(code))
	}
	for _, r := range rows {
		// concept | English | French | Arabic | interval | ACLED's code | stricter floor
		concept := strings.ReplaceAll(r[0], " ", "_")
		t.Run(concept, func(t *testing.T) {
			e, ok := code[concept]
			if !ok {
				t.Fatalf("concept %q of the docs is not in claims.VagueTable", concept)
			}
			lo, hi := docInterval(t, r[4])
			if lo != e.Min || hi != e.Max {
				t.Errorf("docs say [%d, %d], claims.VagueTable [%d, %d]", lo, hi, e.Min, e.Max)
			}
			if acled, err := strconv.ParseInt(strings.TrimRight(strings.Fields(r[5])[0], ","), 10, 64); err != nil || acled != e.Min {
				t.Errorf("ACLED's code %q is not the floor %d", r[5], e.Min)
			}
			for _, cell := range r[1:4] {
				for _, w := range strings.FieldsFunc(cell, func(c rune) bool { return c == ',' || c == '،' }) {
					w = strings.TrimSpace(w)
					if w == "—" || w == "" {
						continue
					}
					if f, ok := claims.Vague(w); !ok || f.Word != concept {
						t.Errorf("the docs list %q as %s; claims.Vague reads it as %q (found %v)", w, concept, f.Word, ok)
					}
				}
			}
		})
	}
}

// docTable returns the cells of the first Markdown table after the heading that
// starts with section, without its header and separator rows.
func docTable(t *testing.T, path, section string) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	in, header := false, 0
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(line, section):
			in = true
		case in && strings.HasPrefix(line, "## "):
			in = false
		case in && strings.HasPrefix(line, "|"):
			if header < 2 {
				header++
				continue
			}
			var cells []string
			for _, c := range strings.Split(strings.Trim(line, "|"), "|") {
				cells = append(cells, strings.TrimSpace(c))
			}
			rows = append(rows, cells)
		case in && header == 2 && line == "":
			return rows
		}
	}
	if len(rows) == 0 {
		t.Fatalf("no table under %q in %s", section, path)
	}
	return rows
}

// docInterval reads "**[3, 9]**" or "**[3, inf)**".
func docInterval(t *testing.T, s string) (lo, hi int64) {
	t.Helper()
	s = strings.Trim(s, "*[)] ")
	a, b, ok := strings.Cut(s, ",")
	lo, err1 := strconv.ParseInt(strings.TrimSpace(a), 10, 64)
	b = strings.TrimSpace(b)
	hi, err2 := claims.Inf, error(nil)
	if b != "inf" {
		hi, err2 = strconv.ParseInt(b, 10, 64)
	}
	if !ok || err1 != nil || err2 != nil {
		t.Fatalf("interval %q is not [lo, hi] or [lo, inf)", s)
	}
	return lo, hi
}
