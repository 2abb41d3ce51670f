package mse

import "math"

// z975 is the 97.5% point of the standard normal, as R's qnorm(0.975).
const z975 = 1.959963984540054

// Pair is the two-list estimate for lists I and J (0-based): Lincoln-Petersen and
// Chapman, with Chapman's Wald 95% interval.
type Pair struct {
	I, J          int
	NI, NJ, M     float64 // units on list I, on list J, on both
	LP, LPSE      float64 // NaN when M is 0
	Chapman       float64
	ChapmanSE     float64
	CILow, CIHigh float64 // Chapman ± 1.959964·SE
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
			p.CILow, p.CIHigh = p.Chapman-z975*p.ChapmanSE, p.Chapman+z975*p.ChapmanSE
			out = append(out, p)
		}
	}
	return out
}
