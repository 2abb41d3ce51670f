package mse

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBiasCorrect compares closedp.bc with Rcapture 1.4-4 (testdata/closedp_bc.R.txt,
// by testdata/closedp_bc.R under R 4.2.2): abundance and standard error within 1e-6
// relative, infoFit exactly (NA for the closed forms is −1), and the models R
// refuses refused.
func TestBiasCorrect(t *testing.T) {
	f, err := os.Open("testdata/closedp_bc.R.txt")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	tables := map[string][]Estimate{}
	rows := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		w := strings.Split(line, ";")
		ds := strings.TrimSuffix(w[0], ".csv")
		tb := load(t, ds)
		if tables[ds] == nil {
			tables[ds], err = tb.Closedp()
			require.NoError(t, err)
		}
		var e Estimate
		for _, x := range tables[ds] {
			if x.Name == w[1] {
				e = x
			}
		}
		got, ok := tb.BiasCorrect(e)
		rows++
		if w[2] == "error" {
			assert.False(t, ok, line)
			continue
		}
		require.True(t, ok, line)
		relClose(t, num(t, w[2]), got.Abundance, 1e-6, line+" abundance")
		relClose(t, num(t, w[3]), got.StdErr, 1e-6, line+" stderr")
		want := -1
		if w[4] != "NA" {
			want = int(num(t, w[4]))
		}
		assert.Equal(t, want, got.InfoFit, line+" infoFit")
	}
	assert.Equal(t, 9*11, rows)
}
