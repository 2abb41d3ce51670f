package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/bilan-dev/bilan/claims"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// inflationData is a synthetic native dataset: JNIM claims three times what local
// and security sources report on four events (2, 3, 4, 5 soldiers killed), and 30
// against a "heavy toll" on a fifth.
func inflationData(t *testing.T) string {
	t.Helper()
	day := claims.MakeDate(2025, time.July, 1)
	jnim := claims.Source{Name: "JNIM", Kind: claims.MilitantStatement, Side: claims.SideArmedGroup}
	local := claims.Source{Name: "local sources", Kind: claims.LocalSources}
	secu := claims.Source{Name: "security sources", Kind: claims.SecuritySources}
	soldiers := func(f claims.Figure) []claims.Count {
		return []claims.Count{{Outcome: claims.Killed, Group: claims.Soldiers, Figure: f}}
	}
	d := &claims.Dataset{}
	for i, n := range []int64{2, 3, 4, 5, 0} {
		cred, claimed := claims.N(n), claims.N(3*n)
		if n == 0 {
			cred, claimed = claims.Heavy(), claims.N(30)
		}
		d.Events = append(d.Events, claims.Event{
			ID: fmt.Sprintf("ev-%d", i+1), Date: day, Place: claims.Place{Country: "Burkina Faso"},
			Perpetrator: claims.Actor{Name: "JNIM", Type: claims.RebelGroup},
			Target:      claims.Actor{Name: "Military Forces of Burkina Faso", Type: claims.StateForces},
			Claims: []claims.Claim{
				{Source: jnim, ReportedAt: day, Stance: claims.Responsibility, Figures: soldiers(claimed)},
				{Source: local, ReportedAt: day, Figures: soldiers(cred)},
				{Source: secu, ReportedAt: day, Figures: soldiers(cred)},
			},
		})
	}
	var b bytes.Buffer
	require.NoError(t, claims.WriteJSON(&b, d))
	return b.String()
}

// TestInflationJSONFieldsExact: the JSON has exactly the fields issue 11 fixes, with
// null where there is no value.
func TestInflationJSONFieldsExact(t *testing.T) {
	code, stdout, stderr := bilanRun(t, inflationData(t), "inflation", "-json", "-")
	require.Equal(t, 0, code, stderr)
	var out map[string][]map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	require.Len(t, out["groups"], 1)
	g := out["groups"][0]
	var keys []string
	for k := range g {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	assert.Equal(t, []string{"ci_high", "ci_low", "events", "excluded", "key", "ratio"}, keys)
	assert.Equal(t, "JNIM", g["key"])
	assert.Equal(t, 4.0, g["events"])
	// Every ratio is 3: the geometric mean is 3, the t interval a point.
	assert.InDelta(t, 3, g["ratio"], 1e-9)
	assert.InDelta(t, 3, g["ci_low"], 1e-9)
	assert.InDelta(t, 3, g["ci_high"], 1e-9)
	ex := g["excluded"].(map[string]any)
	assert.Equal(t, 1.0, ex["qualitative"])
	for _, k := range []string{"unbounded", "zero", "no_credible", "claim_unstated", "not_counted"} {
		assert.Equal(t, 0.0, ex[k], k)
	}

	// The seed dataset: no usable event, so null ratio and interval, not 0.
	code, stdout, _ = bilanRun(t, "", "inflation", "-json")
	require.Equal(t, 0, code)
	assert.Contains(t, stdout, `"ratio": null`)
	assert.Contains(t, stdout, `"ci_low": null`)
	assert.Contains(t, stdout, `"ci_high": null`)
}

// TestInflationTextTable: one row per claimant with events used, ratio, interval,
// and the events left out by reason, with their IDs; no number where none exists.
func TestInflationTextTable(t *testing.T) {
	code, stdout, stderr := bilanRun(t, inflationData(t), "inflation", "-")
	require.Equal(t, 0, code, stderr)
	lines := strings.Split(stdout, "\n")
	assert.Equal(t, []string{"claimant", "events", "ratio", "95%", "low", "95%", "high", "cannot", "tell", "left", "out"}, strings.Fields(lines[0]))
	assert.Equal(t, []string{"JNIM", "4", "3.00", "3.00", "3.00", "no", "qualitative", "1", "(ev-5)"}, strings.Fields(lines[1]))

	code, stdout, _ = bilanRun(t, "", "inflation", "-by", "perpetrator")
	require.Equal(t, 0, code)
	assert.Contains(t, stdout, "JNIM: Group for Support of Islam and Muslims")
	assert.Contains(t, stdout, "—")
	assert.NotContains(t, stdout, "NaN")

	code, _, stderr = bilanRun(t, "", "inflation", "-by", "group")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "-by must be claimant or perpetrator")
}
