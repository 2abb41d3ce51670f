// Kosovo estimates the number of Kosovar Albanians killed in spring 1999 from four
// lists that recorded them — exhumations (EXH), the American Bar Association
// (ABA/CEELI), the OSCE and Human Rights Watch (HRW) — by multiple systems
// estimation, as HRDAG did (Ball et al., "Killings and Refugee Flow in Kosovo,
// March-June 1999", AAAS/ABA, 2002). The table, kosovo.csv, is the public one shipped
// with the dga R package.
//
//	go run ./examples/kosovo
package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"log"

	"github.com/bilan-dev/bilan/stats/mse"
)

//go:embed kosovo.csv
var table []byte

func main() {
	tb, err := mse.ReadTable(bytes.NewReader(table))
	if err != nil {
		log.Fatal(err)
	}
	tb.Names = []string{"EXH", "ABA", "OSCE", "HRW"}
	fmt.Printf("%.0f victims on at least one of the %d lists\n\n", tb.N(), tb.T)
	fmt.Println("two lists at a time (Chapman, 95% Wald interval):")
	for _, p := range tb.Pairs() {
		fmt.Printf("  %-4s and %-4s %6.0f  [%6.0f, %6.0f]\n", tb.Names[p.I], tb.Names[p.J], p.Chapman, p.CILow, p.CIHigh)
	}
	c := tb.Chao1987()
	fmt.Printf("\n%s: %.0f [%.0f, %.0f]\n", c.Name, c.Abundance, c.Low, c.High)

	fmt.Println("\nlog-linear models with the lowest BIC (profile-likelihood 95% interval):")
	ests, err := tb.Search(mse.ByBIC)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range ests[:5] {
		iv, ok := tb.ProfileCI(e)
		if !ok { // no interval: say so rather than print [0, 0]
			fmt.Printf("  %-16s N = %6.0f  (no profile interval)  BIC %.1f\n", e.Name, e.Abundance, e.BIC)
			continue
		}
		fmt.Printf("  %-16s N = %6.0f  [%6.0f, %6.0f]  BIC %.1f\n", e.Name, e.Abundance, iv.Low, iv.High, e.BIC)
		for _, w := range append(e.Warnings, iv.Warnings...) {
			fmt.Printf("    %s\n", w)
		}
	}

	b, err := tb.BMA(mse.BMAConfig{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("\nBayesian model averaging (dga): median %d, 95%% [%d, %d]\n", b.Median, b.Low, b.High)
	for _, w := range b.Warnings {
		fmt.Printf("  %s\n", w)
	}

	l, err := tb.LCMCR(mse.LCMCRConfig{Seed: 1})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("latent classes (LCMCR, K = %d, seed %d): median %.0f, 95%% [%.0f, %.0f]\n", l.Config.K, l.Config.Seed, l.Median, l.Low, l.High)
	for _, w := range l.Warnings {
		fmt.Printf("  %s\n", w)
	}
}
