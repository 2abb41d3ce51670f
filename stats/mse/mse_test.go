package mse

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var datasets = []string{"hare", "hiv", "lesbian", "my3"}

func load(t testing.TB, name string) *Table {
	t.Helper()
	f, err := os.Open("testdata/" + name + ".csv")
	require.NoError(t, err)
	defer f.Close()
	tb, err := ReadTable(f)
	require.NoError(t, err)
	return tb
}

// section returns the machine-readable lines after the header line that starts with
// marker, up to the next blank line, split on ';'.
func section(t testing.TB, name, marker string) [][]string {
	t.Helper()
	f, err := os.Open("testdata/" + name + ".expected.txt")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	var rows [][]string
	in := false
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, marker):
			in = true
		case in && strings.TrimSpace(line) == "":
			return rows
		case in:
			rows = append(rows, strings.Split(line, ";"))
		}
	}
	return rows
}

func num(t testing.TB, s string) float64 {
	t.Helper()
	s = strings.Fields(s)[0]
	if s == "NA" {
		return math.NaN()
	}
	v, err := strconv.ParseFloat(s, 64)
	require.NoError(t, err, s)
	return v
}

func relClose(t *testing.T, want, got, tol float64, what string) {
	t.Helper()
	if math.Abs(got-want) > tol*math.Max(1, math.Abs(want)) {
		t.Errorf("%s = %.10g, want %.10g (R), relative difference %.2g", what, got, want, math.Abs(got-want)/math.Abs(want))
	}
}

// TestClosedp compares every closedp.t model with Rcapture's output (section 1 of
// testdata/*.expected.txt, R 4.2.2, Rcapture 1.4-4): abundance, standard error,
// deviance, AIC and BIC within 1e-6 relative, df and infoFit exactly.
func TestClosedp(t *testing.T) {
	for _, ds := range datasets {
		t.Run(ds, func(t *testing.T) {
			tb := load(t, ds)
			want := section(t, ds, "-- machine-readable (10 significant digits)")
			got := tb.Closedp()
			require.Len(t, got, len(want))
			for i, w := range want {
				g := got[i]
				require.Equal(t, w[0], g.Name)
				relClose(t, num(t, w[1]), g.Abundance, 1e-6, g.Name+" abundance")
				relClose(t, num(t, w[2]), g.StdErr, 1e-6, g.Name+" stderr")
				relClose(t, num(t, w[3]), g.Deviance, 1e-6, g.Name+" deviance")
				assert.Equal(t, int(num(t, w[4])), g.DF, g.Name+" df")
				relClose(t, num(t, w[5]), g.AIC, 1e-6, g.Name+" AIC")
				relClose(t, num(t, w[6]), g.BIC, 1e-6, g.Name+" BIC")
				assert.Equal(t, int(num(t, w[7])), int(g.Status), g.Name+" infoFit")
			}
		})
	}
}
