package mse

import "math"

// ChaoBound is Chao's (1987) moment lower bound of the total, N̂ = n + f1²/(2 f2),
// from the units recorded by exactly one list (f1) and exactly two (f2) (A. Chao,
// "Estimating the population size for capture-recapture data with unequal
// catchability", Biometrics 43, 1987, 783-791). It is not Rcapture's "Mh Chao
// (LB)", the log-linear model whose estimate is the finite-t bound
// n + ((t−1)/t)·f1²/(2 f2) when no eta is dropped.
type ChaoBound struct {
	// Name says which bound: "Chao (1987) lower bound n + f1²/(2 f2)".
	Name   string
	F1, F2 float64
	// Abundance and StdErr are NaN when f2 = 0 (the bound is infinite).
	Abundance, StdErr float64
	// Low and High are Chao's log-normal 95% interval,
	// [n + (N̂−n)/C, n + (N̂−n)·C] with C = exp(1.96·√log(1 + Var/(N̂−n)²)):
	// never below n.
	Low, High float64
	Warnings  []Caution
}

// Chao1987 returns Chao's 1987 lower bound with its variance
// f2·((f1/f2)⁴/4 + (f1/f2)³ + (f1/f2)²/2) and log-normal interval. On the Kosovo
// table (f1 = 3,218, f2 = 882, n = 4,400): 10,270.5 [9,717.9, 10,880.5].
func (tb *Table) Chao1987() ChaoBound {
	c := ChaoBound{Name: "Chao (1987) lower bound n + f1²/(2 f2)", Abundance: math.NaN(), StdErr: math.NaN(), Low: math.NaN(), High: math.NaN()}
	for h, y := range tb.Counts {
		switch k(h) {
		case 1:
			c.F1 += y
		case 2:
			c.F2 += y
		}
	}
	n := tb.N()
	if c.F2 == 0 {
		c.Warnings = warn(c.Warnings, InfiniteEstimate, "no unit is on exactly two lists (f2 = 0): the bound n + f1²/(2 f2) is infinite")
		return c
	}
	r := c.F1 / c.F2
	f0 := c.F1 * c.F1 / (2 * c.F2)
	c.Abundance = n + f0
	v := c.F2 * (r*r*r*r/4 + r*r*r + r*r/2)
	c.StdErr = math.Sqrt(v)
	if f0 == 0 {
		c.Low, c.High = n, n
		c.Warnings = warn(c.Warnings, IntervalExcludesEstimate, "no unit is on exactly one list (f1 = 0): the bound is n with no interval")
		return c
	}
	cc := math.Exp(z975 * math.Sqrt(math.Log(1+v/(f0*f0))))
	c.Low, c.High = n+f0/cc, n+f0*cc
	return c
}
