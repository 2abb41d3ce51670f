// Nimbougou reconciles the claims about the JNIM attack on the army checkpoint at
// Nimbougou (Sikasso, Mali, 22 July 2025) in the embedded Sahel dataset, as of the
// day of the report and under a looser policy, and shows why the status differs.
//
//	go run ./examples/nimbougou
package main

import (
	"fmt"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/claims"
)

func main() {
	d := bilan.Sahel()
	e := d.Event("sahel-2025-nimbougou")
	for i, c := range e.Claims {
		fmt.Printf("%d. %-28s %-18s %-14s %s\n", i+1, c.Source.Name, c.Source.Kind, c.Stance, figures(c))
	}
	for _, p := range []struct {
		name string
		p    claims.Policy
	}{
		{"default policy", claims.Policy{}},
		{"qualitative tolls confirm", claims.Policy{QualitativeConfirms: true}},
	} {
		for _, a := range p.p.Reconcile(e) {
			fmt.Printf("%s: %s %s %s, %s; claimed %s by %s\n",
				p.name, a.Outcome, a.Group, a.Status, lowHigh(&a), a.Claimed, a.ClaimedBy.Name)
		}
	}
}

func figures(c claims.Claim) string {
	if len(c.Figures) == 0 {
		return "(no figures)"
	}
	s := ""
	for _, f := range c.Figures {
		s += fmt.Sprintf("%s %s %s ", f.Outcome, f.Group, f.Figure)
	}
	return s
}

// lowHigh writes an assessment's bounds, or says there is no credible figure.
func lowHigh(a *claims.Assessment) string {
	low, ok := a.Low()
	if !ok {
		return "no credible figure"
	}
	if high, ok := a.High(); ok {
		return fmt.Sprintf("low %d, high %d", low, high)
	}
	return fmt.Sprintf("low %d, high unbounded", low)
}
