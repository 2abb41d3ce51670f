package mse_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/bilan-dev/bilan/stats/mse"
)

// my3 is Madigan and York's three-list table (626 units), shipped with the R package
// dga. The expected outputs below are R's on the same table (R 4.2.2, Rcapture 1.4-4,
// dga 2.0.2; testdata/my3.expected.txt), rounded as printed.
const my3 = `history,count
001,60
010,49
011,4
100,247
101,112
110,142
111,12
`

// Rcapture's closedp.t models on a three-list table: R prints M0 860.3 (SE 28.7) and
// Mt 763.9 (SE 20.6). With three lists Chao's single eta is negative, so Mh Chao
// falls back to M0 (docs/mse.md §2).
func ExampleTable_Closedp() {
	tb, err := mse.ReadTable(strings.NewReader(my3))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d lists, %.0f units observed\n", tb.T, tb.N())
	est, err := tb.Closedp()
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range est[:3] {
		fmt.Printf("%-13s N = %5.1f  SE %4.1f  deviance %7.3f  df %d  %s\n", e.Name, e.Abundance, e.StdErr, e.Deviance, e.DF, e.Status)
	}
	// Output:
	// 3 lists, 626 units observed
	// M0            N = 860.3  SE 28.7  deviance 407.623  df 5  ok
	// Mt            N = 763.9  SE 20.6  deviance  58.348  df 3  ok
	// Mh Chao (LB)  N = 860.3  SE 28.7  deviance 407.623  df 5  ok
}

// The multinomial profile-likelihood 95% interval of closedpCI.t for model Mt: R
// gives 762.623 [726.063, 807.03].
func ExampleTable_ProfileCI() {
	tb, err := mse.ReadTable(strings.NewReader(my3))
	if err != nil {
		log.Fatal(err)
	}
	e, err := tb.Model("Mt")
	if err != nil {
		log.Fatal(err)
	}
	iv, ok := tb.ProfileCI(e)
	if !ok {
		log.Fatal("no interval for ", e.Name)
	}
	fmt.Printf("%s: Poisson N = %.3f, multinomial N = %.3f, 95%% [%.3f, %.3f] %s\n", e.Name, e.Abundance, iv.Abundance, iv.Low, iv.High, iv.Status)
	// Output:
	// Mt: Poisson N = 763.888, multinomial N = 762.623, 95% [726.063, 807.030] ok
}

// Every hierarchical log-linear model, ranked by BIC as closedpMS.t ranks them: R
// puts [23,1] first (730.929, BIC 76.0278), then [12,23] and [13,23].
func ExampleTable_Search() {
	tb, err := mse.ReadTable(strings.NewReader(my3))
	if err != nil {
		log.Fatal(err)
	}
	models, err := tb.Search(mse.ByBIC)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(models), "models")
	for _, e := range models[:3] {
		fmt.Printf("%-8s N = %.3f  BIC %.4f\n", e.Name, e.Abundance, e.BIC)
	}
	// Output:
	// 8 models
	// [23,1]   N = 730.929  BIC 76.0278
	// [12,23]  N = 758.321  BIC 78.6106
	// [13,23]  N = 711.232  BIC 79.2749
}

// dga's Bayesian model averaging with its defaults (delta 2^-3, a 1/N prior, the grid
// widened until the posterior fits): R gives the median 731 and the 95% interval
// [694, 787], with the graph [1][23] at 0.72.
func ExampleTable_BMA() {
	tb, err := mse.ReadTable(strings.NewReader(my3))
	if err != nil {
		log.Fatal(err)
	}
	r, err := tb.BMA(mse.BMAConfig{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("median %d, 95%% [%d, %d]\n", r.Median, r.Low, r.High)
	for _, g := range r.Graphs[:3] {
		fmt.Printf("%-9s %.2f\n", g.Graph.Name(), g.Prob)
	}
	// Output:
	// median 731, 95% [694, 787]
	// [1][23]   0.72
	// [12][23]  0.16
	// [13][23]  0.12
}

// Two lists of victims matched by a key: 4 on list A, 3 on list B, 2 on both. A
// history reads list A first: "10" is on A only.
// By hand, Lincoln-Petersen is 4·3/2 = 6 and Chapman 5·4/3 − 1 = 5.667.
func ExampleFromLists() {
	tb, err := mse.FromLists([]string{"A", "B"}, [][]string{
		{"ali-2025-07-01", "moussa-2025-07-01", "awa-2025-07-02", "idrissa-2025-07-03"},
		{"awa-2025-07-02", "idrissa-2025-07-03", "fatou-2025-07-03"},
	})
	if err != nil {
		log.Fatal(err)
	}
	for h := 1; h < len(tb.Counts); h++ {
		fmt.Printf("history %s: %.0f\n", tb.History(h), tb.Counts[h])
	}
	p := tb.Pairs()[0]
	fmt.Printf("%s and %s: Lincoln-Petersen %.3f, Chapman %.3f\n", tb.Names[p.I], tb.Names[p.J], p.LP, p.Chapman)
	// Output:
	// history 10: 2
	// history 01: 1
	// history 11: 2
	// A and B: Lincoln-Petersen 6.000, Chapman 5.667
}
