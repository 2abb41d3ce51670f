package mse

import (
	"math"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Synthetic fixtures, written for these tests.
const (
	// apart: lists 1 and 2 share no record.
	apart = "history,count\n100,50\n010,40\n001,30\n101,10\n011,8\n"
	// corner: only three histories seen, 101, 011 and 111 (found by a random
	// search of sparse tables for fits that stop on the boundary).
	corner = "history,count\n101,1499\n011,398\n111,1985\n"
)

func table(t *testing.T, in string) *Table {
	t.Helper()
	tb, err := ReadTable(strings.NewReader(in))
	require.NoError(t, err)
	return tb
}

func model(t *testing.T, tb *Table, name string) Estimate {
	t.Helper()
	e, err := tb.Model(name)
	require.NoError(t, err)
	return e
}

// TestWarningCodes: each warning code, produced by a fixture that triggers it.
func TestWarningCodes(t *testing.T) {
	for _, tt := range []struct {
		code Code
		got  func(t *testing.T) []Caution
	}{
		{Boundary, func(t *testing.T) []Caution {
			// Mth Poisson2 on corner: glm's "fitted rates numerically 0"
			// alone, Rcapture's infoFit 3.
			e := model(t, table(t, corner), "Mth Poisson2")
			assert.Equal(t, 3, e.InfoFit)
			return e.Warnings
		}},
		{NoConvergence, func(t *testing.T) []Caution {
			// Mth Darroch on corner: 25 IRLS steps are not enough, and fitted
			// rates are 0: both conditions, infoFit 13 (Rcapture says 1).
			e := model(t, table(t, corner), "Mth Darroch")
			assert.Equal(t, 13, e.InfoFit)
			assert.Equal(t, Warning, e.Status)
			assert.True(t, HasCaution(e.Warnings, Boundary))
			return e.Warnings
		}},
		{Bias, func(t *testing.T) []Caution {
			// docs/mse.md §6: bunting's all-two-way model, infoFit 1 in Rcapture.
			e := model(t, load(t, "bunting"), "all two-way")
			assert.Equal(t, 1, e.InfoFit)
			return e.Warnings
		}},
		{InfiniteEstimate, func(t *testing.T) []Caution {
			// Lists 1 and 2 independent given 3 while they share no record:
			// N̂ − n = n₁·n₂/0.
			e := model(t, table(t, apart), "[13,23]")
			assert.False(t, e.Exists())
			return e.Warnings
		}},
		{NegativeEstimate, func(t *testing.T) []Caution {
			// docs/mse.md §6: Mbh on duck is −103.4.
			e := model(t, load(t, "duck"), "Mbh")
			assert.InDelta(t, -103.4, e.Abundance, 0.05)
			assert.False(t, e.Exists())
			return e.Warnings
		}},
		{IntervalExcludesEstimate, func(t *testing.T) []Caution {
			// The all-two-way model on apart: a Poisson N̂ of 887.9 beside a
			// profile interval that collapses to n = 138.
			tb := table(t, apart)
			iv, ok := tb.ProfileCI(model(t, tb, "[12,13,23]"))
			require.True(t, ok)
			assert.GreaterOrEqual(t, iv.Low, tb.N(), "never below the number observed")
			return iv.Warnings
		}},
		{SparseTable, func(t *testing.T) []Caution { return table(t, apart).Warnings() }},
		{SaturatedDominant, kosovo3},
		{MeanUndefined, kosovo3},
		{GridCap, kosovo3},
	} {
		t.Run(string(tt.code), func(t *testing.T) {
			ws := tt.got(t)
			assert.True(t, HasCaution(ws, tt.code), "%v", ws)
			for _, w := range ws {
				assert.NotEmpty(t, w.Message)
			}
		})
	}
}

// kosovo3 is BMA on the three-list Kosovo table (EXH, ABA, OSCE), where the
// complete graph takes all the weight.
func kosovo3(t *testing.T) []Caution {
	kosovo3Once.Do(func() {
		tb := load(t, "kosovo_exh_aba_osce")
		r, err := tb.BMA(BMAConfig{})
		require.NoError(t, err)
		assert.Equal(t, MaxWidening*int(tb.N()), r.MaxMissing, "the grid stops at its cap")
		kosovo3Warnings = r.Warnings
	})
	return kosovo3Warnings
}

var (
	kosovo3Once     sync.Once
	kosovo3Warnings []Caution
)

// TestWarningsOnReferences: the R reference tables that Rcapture fits cleanly draw
// no warning from their closedp.t models but the ones R flags.
func TestWarningsOnReferences(t *testing.T) {
	tb := load(t, "lesbian")
	ests, err := tb.Closedp()
	require.NoError(t, err)
	for _, e := range ests {
		if e.InfoFit == 0 {
			assert.Empty(t, e.Warnings, e.Name)
		}
	}
	assert.Empty(t, tb.Warnings())
	r, err := tb.BMA(BMAConfig{})
	require.NoError(t, err)
	assert.Empty(t, r.Warnings, "dga's lesbian posterior fits in 0..5n and the complete graph has no weight")
}

// TestSearchRanksMissingLast: a model whose estimate does not exist comes after
// every one that does, whatever its criterion.
func TestSearchRanksMissingLast(t *testing.T) {
	got, err := load(t, "my3").Search(ByBIC)
	require.NoError(t, err)
	require.True(t, got[0].Exists())
	got, err = table(t, apart).Search(ByBIC)
	require.NoError(t, err)
	seen := false
	for _, e := range got {
		if !e.Exists() {
			seen = true
		} else {
			assert.False(t, seen, "%s exists and ranks after one that does not", e.Name)
		}
	}
	assert.True(t, seen, "the fixture has models without an estimate")
}

// TestDegenerateTables: tables no estimate can come from are errors.
func TestDegenerateTables(t *testing.T) {
	for name, in := range map[string]string{
		"all zero":         "history,count\n10,0\n01,0\n11,0\n",
		"a list no record": "history,count\n100,5\n010,3\n110,2\n",
		"one list":         "history,count\n1,5\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ReadTable(strings.NewReader(in))
			assert.ErrorIs(t, err, ErrTable)
		})
	}
	_, err := FromLists([]string{"A", "B"}, [][]string{{"x"}, nil})
	assert.ErrorIs(t, err, ErrTable, "list B has no record")
	tb := NewTable(3)
	_, err = tb.Closedp()
	assert.ErrorIs(t, err, ErrTable, "an all-zero table built in code")
}

// TestChapmanLowClamp: Chapman's Wald low end never goes below the units on
// either list. Hand calculation: n_i = 12, n_j = 10, m = 1: Chapman =
// 13·11/2 − 1 = 70.5, SE = √(13·11·11·9/(4·3)) = 34.35, 70.5 − 1.96·34.35 < 0,
// raised to 12 + 10 − 1 = 21.
func TestChapmanLowClamp(t *testing.T) {
	tb := table(t, "history,count\n10,11\n01,9\n11,1\n")
	p := tb.Pairs()[0]
	assert.InDelta(t, 70.5, p.Chapman, 1e-9)
	assert.Equal(t, 21.0, p.CILow)
}

// TestListNames: a header comment names the lists, and the names reach warnings.
func TestListNames(t *testing.T) {
	tb := table(t, "# lists: EXH, ABA, OSCE\n"+strings.TrimPrefix(apart, ""))
	assert.Equal(t, []string{"EXH", "ABA", "OSCE"}, tb.Names)
	assert.Contains(t, tb.Warnings()[0].Message, "EXH and ABA share no record")
	_, err := ReadTable(strings.NewReader("# lists: A,B\n" + apart))
	assert.ErrorContains(t, err, "names 2 lists")
	_, err = ReadTable(strings.NewReader("# note\nhistory,count\n01,x\n"))
	assert.ErrorContains(t, err, "line 3")
}

// TestLimits: inputs beyond the limits are refused before any work, with an error
// naming the limit; within them, BMA on five lists holds one float64 per grid
// point: its total allocation (a bound on its peak) stays under 1 GB.
func TestLimits(t *testing.T) {
	six := load(t, "six")
	_, err := six.Search(ByBIC)
	assert.ErrorIs(t, err, ErrLimit)
	assert.ErrorContains(t, err, "limited to 5 lists")

	big := NewTable(MaxModelLists + 1)
	big.Counts[1], big.Counts[2], big.Counts[3] = 1, 1, 1
	for j := 2; j < big.T; j++ {
		big.Counts[1<<j] = 1
	}
	_, err = big.Closedp()
	assert.ErrorIs(t, err, ErrLimit)
	_, err = big.Model("M0")
	assert.ErrorIs(t, err, ErrLimit)

	_, err = load(t, "my3").BMA(BMAConfig{MaxMissing: MaxGrid + 1})
	assert.ErrorIs(t, err, ErrLimit)

	five := load(t, "five")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r, err := five.BMA(BMAConfig{})
	require.NoError(t, err)
	runtime.ReadMemStats(&after)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(1<<30))
	assert.Len(t, r.Graphs, 822)
}

// TestBMAWorstCaseMemory: five lists whose complete graph takes all the weight
// widen the grid to its cap (MaxWork / 822 graphs, 326,563 points); everything
// allocated on the way, a bound on the peak, stays under 256 MB, where holding
// every graph's weights at every point would take 2.1 GB.
func TestBMAWorstCaseMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("268 million graph-points")
	}
	tb := load(t, "five_dependent")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r, err := tb.BMA(BMAConfig{})
	require.NoError(t, err)
	runtime.ReadMemStats(&after)
	assert.Equal(t, MaxWork/822, r.MaxMissing)
	assert.True(t, HasCaution(r.Warnings, GridCap))
	assert.True(t, HasCaution(r.Warnings, SaturatedDominant))
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(256<<20))
}

// TestChao1987: Chao's 1987 bound on Kosovo, f1 = 3218, f2 = 882, n = 4400:
// 10,270.5 [9,717.9, 10,880.5] (docs/mse.md §2, by hand from the formulas).
func TestChao1987(t *testing.T) {
	c := load(t, "kosovo").Chao1987()
	assert.Equal(t, 3218.0, c.F1)
	assert.Equal(t, 882.0, c.F2)
	assert.InDelta(t, 10270.5, c.Abundance, 0.05)
	assert.InDelta(t, 9717.9, c.Low, 0.05)
	assert.InDelta(t, 10880.5, c.High, 0.05)
	assert.Contains(t, c.Name, "1987")
	assert.Empty(t, c.Warnings)
	z := table(t, "history,count\n10,5\n01,4\n").Chao1987()
	assert.True(t, math.IsNaN(z.Abundance))
	assert.True(t, HasCaution(z.Warnings, InfiniteEstimate))
}

// FuzzReadTable: ReadTable never panics, and a table it accepts is valid and fits.
func FuzzReadTable(f *testing.F) {
	f.Add("history,count\n10,3\n01,2\n11,1\n")
	f.Add("# lists: A,B,C\nhistory,count\n100,50\n010,40\n001,30\n101,10\n011,8\n")
	f.Add("history,count\n10,0\n01,0\n")
	f.Add("# lists: A,\nhistory,count\n1,1\n")
	f.Fuzz(func(t *testing.T, in string) {
		tb, err := ReadTable(strings.NewReader(in))
		if err != nil {
			assert.ErrorIs(t, err, ErrTable)
			return
		}
		require.NoError(t, tb.Validate())
		assert.Len(t, tb.Names, tb.T)
		if tb.T <= 6 {
			ests, err := tb.Closedp()
			require.NoError(t, err)
			for _, e := range ests {
				for _, w := range e.Warnings {
					assert.NotEmpty(t, w.Message)
				}
			}
		}
	})
}
