package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// apart is a synthetic table where lists 1 and 2 share no record.
const apart = "history,count\n100,50\n010,40\n001,30\n101,10\n011,8\n"

// TestMSEWarnings: warnings reach the JSON as {"code","message"}, an estimate that
// does not exist is null and ranked last, and the text explains each warning and
// ends with guidance.
func TestMSEWarnings(t *testing.T) {
	code, stdout, stderr := bilanRun(t, apart, "mse", "-json", "-search", "bic", "-lists", "EXH,ABA,OSCE", "-")
	require.Equal(t, 0, code, stderr)
	var out struct {
		Lists    []string
		Warnings []struct{ Code, Message string }
		Search   []struct {
			Name      string
			Abundance *float64
			InfoFit   int `json:"info_fit"`
			Warnings  []struct{ Code, Message string }
		}
		Guidance string
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	assert.Equal(t, []string{"EXH", "ABA", "OSCE"}, out.Lists)
	require.NotEmpty(t, out.Warnings)
	assert.Equal(t, "sparse_table", out.Warnings[0].Code)
	assert.Contains(t, out.Warnings[0].Message, "EXH and ABA")
	last := out.Search[len(out.Search)-1]
	assert.Nil(t, last.Abundance, "%s has no finite estimate", last.Name)
	assert.NotNil(t, out.Search[0].Abundance)
	assert.NotEmpty(t, out.Guidance)

	code, stdout, _ = bilanRun(t, apart, "mse", "-search", "bic", "-")
	require.Equal(t, 0, code)
	assert.Contains(t, stdout, "infinite_estimate: the estimate")
	assert.Contains(t, stdout, "—")
	assert.Contains(t, stdout, "\nguidance: ")

	code, stdout, _ = bilanRun(t, "", "mse", "-bma", "-json", "../../stats/mse/testdata/kosovo_exh_aba_osce.csv")
	require.Equal(t, 0, code)
	var b struct {
		BMA struct {
			Mean     *float64
			Warnings []struct{ Code string }
		}
		Guidance string
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &b))
	assert.Nil(t, b.BMA.Mean, "the mean is infinite under the complete graph")
	var cs []string
	for _, w := range b.BMA.Warnings {
		cs = append(cs, w.Code)
	}
	assert.Subset(t, cs, []string{"saturated_dominant", "mean_undefined", "grid_cap"})
	assert.Contains(t, b.Guidance, "do not report it")
}

// TestMSELimits: beyond the limits, a clear error and exit 1 before any work.
func TestMSELimits(t *testing.T) {
	code, _, stderr := bilanRun(t, "", "mse", "-search", "aic", "../../stats/mse/testdata/six.csv")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "limited to 5 lists")
	code, _, stderr = bilanRun(t, "history,count\n10,0\n01,0\n11,0\n", "mse", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "no unit observed")
	code, _, _ = bilanRun(t, apart, "mse", "-lists", "A,B", "-")
	assert.Equal(t, 2, code)
}

// TestMSEEstimators: -bc, Chao's 1987 bound, -lcmcr and list names in JSON.
func TestMSEEstimators(t *testing.T) {
	code, stdout, stderr := bilanRun(t, "", "mse", "-json", "-bc", "-lcmcr", "-samples", "200", "-burnin", "500", "-seed", "3", "../../stats/mse/testdata/kosovo.csv")
	require.Equal(t, 0, code, stderr)
	var out struct {
		Models []struct {
			Name        string
			AbundanceBC *float64 `json:"abundance_bc"`
			StdErrBC    *float64 `json:"stderr_bc"`
		}
		Chao1987 struct {
			Name      string
			Abundance float64
			CILow     float64 `json:"ci_low"`
			CIHigh    float64 `json:"ci_high"`
		}
		LCMCR map[string]any `json:"lcmcr"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	// Rcapture 1.4-4 closedp.bc on Kosovo, M0: 7606.211488 (SE 136.5165423)
	// (stats/mse/testdata/closedp_bc.R.txt).
	require.NotNil(t, out.Models[0].AbundanceBC)
	assert.InDelta(t, 7606.211488, *out.Models[0].AbundanceBC, 1e-3)
	assert.InDelta(t, 136.5165423, *out.Models[0].StdErrBC, 1e-4)
	// docs/mse.md §2: Chao 1987 on Kosovo, 10,270.5 [9,717.9, 10,880.5].
	assert.InDelta(t, 10270.5, out.Chao1987.Abundance, 0.05)
	assert.InDelta(t, 9717.9, out.Chao1987.CILow, 0.05)
	assert.InDelta(t, 10880.5, out.Chao1987.CIHigh, 0.05)
	for _, k := range []string{"median", "ci_low", "ci_high", "mean", "samples", "k", "seed"} {
		assert.Contains(t, out.LCMCR, k)
	}
	assert.Equal(t, 200.0, out.LCMCR["samples"])
	assert.Equal(t, 10.0, out.LCMCR["k"])
	assert.Equal(t, 3.0, out.LCMCR["seed"])
	assert.Less(t, out.LCMCR["ci_low"].(float64), out.LCMCR["median"].(float64))

	// Same seed, same figures.
	_, again, _ := bilanRun(t, "", "mse", "-json", "-bc", "-lcmcr", "-samples", "200", "-burnin", "500", "-seed", "3", "../../stats/mse/testdata/kosovo.csv")
	assert.Equal(t, stdout, again)

	code, stdout, _ = bilanRun(t, "", "mse", "-bc", "-lists", "EXH,ABA,OSCE,HRW", "../../stats/mse/testdata/kosovo.csv")
	require.Equal(t, 0, code)
	assert.Contains(t, stdout, "4 lists (EXH, ABA, OSCE, HRW)")
	assert.Contains(t, stdout, "EXH-ABA")
	assert.Contains(t, stdout, "Chao (1987) lower bound n + f1²/(2 f2)")
	assert.Contains(t, stdout, "n/a", "Mth Gamma3.5 has no bias correction")
}

// TestMSEGuidance: the guidance says plainly when the lists cannot support an
// estimate (a synthetic table where every model either diverges or sits on the
// boundary n0 = 0), and flags a best model that does not fit.
func TestMSEGuidance(t *testing.T) {
	code, stdout, _ := bilanRun(t, "history,count\n100,20\n010,1\n001,1\n111,1\n", "mse", "-")
	require.Equal(t, 0, code)
	assert.Contains(t, stdout, "guidance: the lists cannot support an estimate")
	code, stdout, _ = bilanRun(t, "", "mse", "../../stats/mse/testdata/lesbian.csv")
	require.Equal(t, 0, code)
	assert.Contains(t, stdout, "does not fit the table (deviance 98.1 on 9 df")
}
