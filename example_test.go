package bilan_test

import (
	"fmt"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/claims"
)

// The first program of the package documentation: reconcile every event of the
// Sahel dataset under the default policy. An estimate no credible source gave is
// "?" (unknown, not zero); ">=1" is a floor with no ceiling: losses nobody counted.
func ExampleSahel() {
	d := bilan.Sahel()
	for i := range d.Events {
		e := &d.Events[i]
		for _, a := range claims.Reconcile(e) {
			fmt.Println(e.ID, a.Outcome, a.Group, a.Status, a.Estimate)
		}
	}
	// Output:
	// sahel-2025-nimbougou killed soldiers corroborated >=1
	// sahel-2025-bf-five-posts killed soldiers claimed_only ?
	// sahel-2025-timbuktu-ambush killed unknown pending ?
	// sahel-2025-mali-takeover killed unknown single_source >=1
	// sahel-2025-fla-drone-convoy killed unknown pending ?
}
