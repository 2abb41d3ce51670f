package stats_test

import (
	"fmt"

	"github.com/bilan-dev/bilan/stats"
)

// Weekly deaths that rise in week 12 (index 11). The counts are overdispersed: the
// Poisson cost cuts them at spikes too; the negative binomial cost finds the one
// change, with the weeks it may have happened in and each level's interval.
func ExampleChangePoints() {
	weekly := []float64{3, 0, 12, 2, 1, 15, 0, 4, 2, 11, 1, 24, 6, 41, 14, 50, 8, 19, 37, 9}
	r, err := stats.ChangePoints(weekly, stats.ChangeConfig{Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s cost, θ = %.2f, %s penalty %.2f per change, %s\n", r.Cost, r.Theta, r.Penalty, r.PenaltyValue, r.Method)
	for _, c := range r.Changes {
		fmt.Printf("change at week %d (95%%: weeks %d to %d)\n", c.At+1, c.Low+1, c.High+1)
	}
	for _, s := range r.Segments {
		fmt.Printf("weeks %d-%d: %.1f a week [%.1f, %.1f]\n", s.From+1, s.To+1, s.Mean, s.Low, s.High)
	}
	pois, _ := stats.ChangePoints(weekly, stats.ChangeConfig{Cost: stats.PoissonCost, Seed: 1})
	fmt.Printf("the Poisson cost: %d changes\n", len(pois.Changes))
	// Output:
	// negative_binomial cost, θ = 1.43, MBIC penalty 8.99 per change, op
	// change at week 12 (95%: weeks 9 to 14)
	// weeks 1-11: 4.6 a week [2.4, 11.7]
	// weeks 12-20: 23.1 a week [11.6, 56.9]
	// the Poisson cost: 3 changes
}
