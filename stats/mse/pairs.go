package mse

import "math"

// z975 is the 97.5% point of the standard normal, as R's qnorm(0.975).
const z975 = 1.959963984540054

// Pair is the two-list estimate for lists I and J (0-based): Lincoln-Petersen and
// Chapman, with Chapman's Wald 95% interval.
type Pair struct {
	I, J      int
	NI, NJ, M float64 // units on list I, on list J, on both
	LP, LPSE  float64 // NaN when M is 0
	Chapman   float64
	ChapmanSE float64
	// CILow and CIHigh are Chapman ± 1.959964·SE, the low end raised to the
	// units on either list (NI + NJ − M) when it falls below them: a total
	// cannot be smaller than what was seen.
	CILow, CIHigh float64
	// Warnings: infinite_estimate when the lists share no record (Lincoln-Petersen
	// does not exist, and Chapman's finite figure rests on an overlap of 0).
	Warnings []Caution
}

// Pairs returns the two-list estimates of every pair of lists (Seber, The
// Estimation of Animal Abundance, 1982, §3.1.1; the Chapman variance of Seber 1970
// and Wittes 1972): LP = n_i n_j / m with Var = n_i n_j (n_i − m)(n_j − m) / m³;
// Chapman = (n_i+1)(n_j+1)/(m+1) − 1 with Var = (n_i+1)(n_j+1)(n_i−m)(n_j−m) /
// ((m+1)²(m+2)). Products are in float64, where R's 32-bit integers overflow.
func (tb *Table) Pairs() []Pair {
	var out []Pair
	for i := 0; i < tb.T; i++ {
		for j := i + 1; j < tb.T; j++ {
			p := Pair{I: i, J: j}
			for h, c := range tb.Counts {
				a, b := h>>i&1 == 1, h>>j&1 == 1
				if a {
					p.NI += c
				}
				if b {
					p.NJ += c
				}
				if a && b {
					p.M += c
				}
			}
			ni, nj, m := p.NI, p.NJ, p.M
			p.LP, p.LPSE = math.NaN(), math.NaN()
			if m > 0 {
				p.LP = ni * nj / m
				p.LPSE = math.Sqrt(ni * nj * (ni - m) * (nj - m) / (m * m * m))
			}
			p.Chapman = (ni+1)*(nj+1)/(m+1) - 1
			p.ChapmanSE = math.Sqrt((ni + 1) * (nj + 1) * (ni - m) * (nj - m) / ((m + 1) * (m + 1) * (m + 2)))
			p.CILow, p.CIHigh = max(p.Chapman-z975*p.ChapmanSE, ni+nj-m), p.Chapman+z975*p.ChapmanSE
			if m == 0 {
				p.Warnings = warn(p.Warnings, InfiniteEstimate, "lists %s and %s share no record: Lincoln-Petersen is infinite and Chapman's figure is a floor, not an estimate", tb.name(i), tb.name(j))
			}
			out = append(out, p)
		}
	}
	return out
}
