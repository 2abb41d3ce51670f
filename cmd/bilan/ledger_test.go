package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilan-dev/bilan/claims"
)

const acledSample = "../../claims/acled/testdata/current.csv"

func TestNotesFields(t *testing.T) {
	code, out, errs := bilanRun(t, "", "notes", acledSample)
	require.Equal(t, 0, code, errs)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 1, "one event of the sample has an attributed statement")
	var v map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &v))
	assert.Equal(t, "NER9003", v["event"])
	c := v["claims"].([]any)[0].(map[string]any)
	keys := func(m map[string]any) []string {
		var k []string
		for key := range m {
			k = append(k, key)
		}
		return k
	}
	assert.ElementsMatch(t, []string{"source", "kind", "side", "stance", "figures", "text", "start", "end"}, keys(c))
	f := c["figures"].([]any)[0].(map[string]any)
	assert.ElementsMatch(t, []string{"outcome", "group", "min", "max", "qualifier"}, keys(f))
	assert.Equal(t, "responsibility", c["stance"])
}

func TestClaimsFromNotesFlag(t *testing.T) {
	code, out, errs := bilanRun(t, "", "convert", "-claims-from-notes", acledSample)
	require.Equal(t, 0, code, errs)
	d, err := claims.Read(strings.NewReader(out), "out")
	require.NoError(t, err)
	e := d.Event("NER9003")
	require.NotNil(t, e)
	require.Len(t, e.Claims, 2, "ACLED's claim and the group's")
	assert.Equal(t, claims.MilitantStatement, e.Claims[1].Source.Kind)
}

func TestLedgerWorkflow(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "l.db")
	ok := func(args ...string) string {
		t.Helper()
		code, out, errs := bilanRun(t, "", args...)
		require.Equal(t, 0, code, "%v: %s", args, errs)
		return out
	}
	ok("ledger", "init", db)
	out := ok("ledger", "import", "-claims-from-notes", db, acledSample)
	assert.Contains(t, out, "4 records, 4 new versions, 5 claims recorded (0 revisions), 0 already held")
	out = ok("ledger", "import", db, acledSample, "-claims-from-notes")
	assert.Contains(t, out, "0 claims recorded (0 revisions), 5 already held")

	claim := filepath.Join(dir, "c.json")
	require.NoError(t, os.WriteFile(claim, []byte(`{"event": "MLI9001", "claim": {"source": {"name": "JNIM / az-Zallaqa", "kind": "militant_statement",
	 "side": "armed_group"}, "reported_at": "2025-07-23", "stance": "responsibility",
	 "figures": [{"outcome": "killed", "group": "soldiers", "qualifier": "exact", "min": 15, "max": 15}]}}`), 0o644))
	out = ok("ledger", "add", db, claim)
	assert.Contains(t, out, "recorded on event MLI9001")

	out = ok("ledger", "history", db, "MLI9001")
	assert.Contains(t, out, "killed soldiers 15")
	assert.Equal(t, 3, strings.Count(out, "\n"), "a header and two claims")

	out = ok("ledger", "export", db, "-as-of", "2025-07-22")
	d, err := claims.Read(strings.NewReader(out), "export")
	require.NoError(t, err)
	assert.Len(t, d.Event("MLI9001").Claims, 1, "the group's claim came on the 23rd")

	code, _, errs := bilanRun(t, "", "ledger", "add", db, claim)
	assert.Equal(t, 1, code, "the same claim again is refused")
	assert.Contains(t, errs, "already recorded")

	// Other subcommands read the ledger file, as it is or as it was.
	out = ok("summary", db)
	assert.Contains(t, out, "killed soldiers 15")
	out = ok("summary", "-recorded-as-of", "2000-01-01", db)
	assert.Contains(t, out, ": 0 events", "nothing was recorded in 2000")
	code, _, _ = bilanRun(t, "", "summary", "-recorded-as-of", "2000-13-01", db)
	assert.Equal(t, 2, code, "a bad date is a usage error")
}

func TestLinkMerge(t *testing.T) {
	dir := t.TempDir()
	cl := filepath.Join(dir, "claims.json")
	require.NoError(t, os.WriteFile(cl, []byte(`{"format": "bilan/2", "events": [{"id": "stmt-1", "date": "2025-07-17", "date_precision": "day",
	 "place": {"country": "Burkina Faso", "admin1": "Sahel", "locality": "Djibo", "precision": "near"}, "perpetrator": {"name": "JNIM"}, "target": {},
	 "claims": [{"source": {"name": "JNIM", "kind": "militant_statement", "side": "armed_group"}, "reported_at": "2025-07-18", "stance": "responsibility"}]},
	 {"id": "stmt-2", "date": "2025-03-01", "date_precision": "day", "place": {"country": "Mali", "precision": "country"}, "perpetrator": {}, "target": {},
	 "claims": [{"source": {"name": "JNIM", "kind": "militant_statement", "side": "armed_group"}, "reported_at": "2025-03-01"}]}]}`), 0o644))
	merged := filepath.Join(dir, "merged.json")
	code, out, errs := bilanRun(t, "", "link", "-merge", merged, cl, acledSample)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "stmt-1: match BFA9002")
	assert.Contains(t, out, "stmt-2: no candidate")
	assert.Contains(t, errs, "1 left for review: stmt-2 (none)")
	f, err := os.Open(merged)
	require.NoError(t, err)
	defer f.Close()
	d, err := claims.Read(f, merged)
	require.NoError(t, err)
	assert.Len(t, d.Event("BFA9002").Claims, 2)
}
