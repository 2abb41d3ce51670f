package mse

import (
	"gonum.org/v1/gonum/mat"
	"math"
	"strings"
)

// BiasCorrected is Rcapture's closedp.bc estimate for one of closedp.t's models:
// the same model refitted to frequencies adjusted for small-sample bias (Rivest and
// Lévesque, "Improved log-linear model estimators of abundance in
// capture-recapture experiments", Canadian Journal of Statistics 29, 2001), or,
// for Mt and Mh Chao, a closed form.
type BiasCorrected struct {
	Abundance, StdErr float64
	// InfoFit is Rcapture's code for a refitted model (0, 1, 3 or 13 as in
	// Estimate), and −1 for the closed forms, for which R reports NA.
	InfoFit  int
	Warnings []Caution
}

// BiasCorrect computes closedp.bc for a model of Closedp, as Rcapture 1.4-4 does:
//
//   - Mt: with two lists Chapman's estimate; otherwise the root N of
//     Π(1 − n_i'/N) = 1 − n'/N with n_i' = n_i + (t+2)/(2t) and n' = n + t/2,
//     less t/2, searched in (n, 2·N̂_M0), with standard error
//     (1/(N−n') + (t−1)/N − Σ 1/(N−n_i'))^(−1/2) at the root (Seber 1982, pp. 131-133);
//   - Mh Chao: n + (t−1)f1(f1−1)/(2t(f2+1)), with Rcapture's variance;
//   - M0, Mh Poisson2, Darroch and Gamma3.5, Mth Chao, Poisson2 and Darroch: the
//     model refitted after adding δ1, δ2, δ3 to the frequencies of units caught
//     1, 2 and 3 times (for Mth to each history's count; negative results set to
//     0): M0 (−½, 1, 0); Mh, with c = (h(2) − 2h(1))/(h(3) − 2h(2) + h(1)) for its
//     heterogeneity column h, (−(1+c)/2, 1+c, (1−c)/2); Mth Chao ((t−2)/(2t),
//     2/(t(t−1)), 0), Poisson2 ((2t−5)/(4t), 3/(t(t−1)), 3/(2t(t−1)(t−2))),
//     Darroch ((t−3)/(2t), 4/(t(t−1)), 0);
//   - Mb: the Poisson regression of the numbers first caught at each occasion,
//     u_1 + 2, u_2 − 1, u_3 − 1, on the occasion, N = e^{β0}/(1 − e^{β1}); Mbh the
//     same on u_2..u_t, plus u_1.
//
// It returns false for models closedp.bc does not correct (Mth Gamma3.5,
// log-linear models) and where it refuses: Mh and Mth with fewer than 3 lists,
// Mb with fewer than 3, Mbh with fewer than 4.
func (tb *Table) BiasCorrect(e Estimate) (BiasCorrected, bool) {
	if e.spec == nil || tb.Validate() != nil {
		return BiasCorrected{}, false
	}
	t := tb.T
	name := e.spec.name
	switch {
	case name == "Mt":
		return tb.bcMt(), true
	case t < 3 && name != "M0":
		return BiasCorrected{}, false
	case name == "Mh Chao (LB)":
		return tb.bcChao(), true
	case name == "Mb":
		return tb.bcMb(false), true
	case name == "Mbh":
		if t < 4 {
			return BiasCorrected{}, false
		}
		return tb.bcMb(true), true
	}
	ft := float64(t)
	var del [3]float64
	perHistory := strings.HasPrefix(name, "Mth")
	switch name {
	case "M0":
		del = [3]float64{-0.5, 1, 0}
	case "Mh Poisson2", "Mh Darroch", "Mh Gamma3.5":
		var h func(float64) float64
		for _, he := range hetero {
			if "Mh "+he.name == name {
				h = he.col
			}
		}
		c := (h(2) - 2*h(1)) / (h(3) - 2*h(2) + h(1))
		del = [3]float64{-(1 + c) / 2, 1 + c, (1 - c) / 2}
	case "Mth Chao (LB)":
		del = [3]float64{(ft - 2) / (2 * ft), 2 / (ft * (ft - 1)), 0}
	case "Mth Poisson2":
		del = [3]float64{(2*ft - 5) / (4 * ft), 3 / (ft * (ft - 1)), 3 / (2 * ft * (ft - 1) * (ft - 2))}
	case "Mth Darroch":
		del = [3]float64{(ft - 3) / (2 * ft), 4 / (ft * (ft - 1)), 0}
	default:
		return BiasCorrected{}, false
	}
	hs, y := tb.observed()
	yd := make([]float64, len(y))
	if perHistory {
		for i, h := range hs {
			yd[i] = y[i]
			if kk := k(h); kk <= 3 {
				yd[i] = math.Max(0, y[i]+del[kk-1])
			}
		}
		fit, _ := e.spec.fit(hs, yd, t)
		return tb.bcResult(fit), true
	}
	// M0 and Mh: Rcapture fits the frequencies f_k of units caught k times, with
	// the offset log C(t, k); the design row of k is that of any history with k
	// captures.
	f := make([]float64, t)
	off := make([]float64, t)
	x := mat.NewDense(t, 1+len(e.spec.names), nil)
	for i, h := range hs {
		f[k(h)-1] += y[i]
	}
	for kk := 1; kk <= t; kk++ {
		if kk <= 3 {
			f[kk-1] = math.Max(0, f[kk-1]+del[kk-1])
		}
		off[kk-1] = math.Log(binom(t, kk))
		x.Set(kk-1, 0, 1)
		for c, v := range e.spec.col(1<<kk-1, t) {
			x.Set(kk-1, c+1, v)
		}
	}
	return tb.bcResult(fitPoissonOffset(x, f, off)), true
}

// bcResult is N̂ = n + e^{β0} and its standard error from a refitted model.
func (tb *Table) bcResult(fit glmFit) BiasCorrected {
	n := tb.N()
	f0 := math.Exp(fit.beta[0])
	r := BiasCorrected{Abundance: n + f0, StdErr: math.Sqrt(f0 + f0*f0*fit.vcov.At(0, 0))}
	r.judge(fit, n)
	return r
}

// judge sets the warnings and infoFit of a refitted model.
func (r *BiasCorrected) judge(fit glmFit, n float64) {
	cond1, cond3 := false, false
	if !fit.converged {
		cond1 = true
		r.Warnings = warn(r.Warnings, NoConvergence, "the bias-corrected fit did not converge in 25 IRLS steps")
	}
	for _, m := range fit.mu {
		if m < 10*epsilon {
			cond3 = true
			r.Warnings = warn(r.Warnings, Boundary, "fitted rates numerically 0 occurred in the bias-corrected fit")
			break
		}
	}
	switch {
	case cond1 && cond3:
		r.InfoFit = 13
	case cond1:
		r.InfoFit = 1
	case cond3:
		r.InfoFit = 3
	}
	r.judgeValue(n)
}

// judgeValue warns of a corrected estimate that does not exist.
func (r *BiasCorrected) judgeValue(n float64) {
	switch {
	case math.IsNaN(r.Abundance) || math.IsInf(r.Abundance, 0):
		r.Warnings = warn(r.Warnings, InfiniteEstimate, "the bias-corrected estimate is not a finite number")
	case r.Abundance < n:
		r.Warnings = warn(r.Warnings, NegativeEstimate, "the bias-corrected estimate %.4g is below the %.0f units observed", r.Abundance, n)
	case r.Abundance > 1000*n:
		r.Warnings = warn(r.Warnings, InfiniteEstimate, "the bias-corrected estimate %.4g is more than 1,000 times the %.0f observed", r.Abundance, n)
	}
}

// Exists reports whether the corrected estimate is a finite total at least the
// number observed.
func (r BiasCorrected) Exists() bool {
	return !HasCaution(r.Warnings, InfiniteEstimate) && !HasCaution(r.Warnings, NegativeEstimate)
}

func binom(n, r int) float64 {
	c := 1.0
	for i := 1; i <= r; i++ {
		c = c * float64(n-r+i) / float64(i)
	}
	return c
}

// listTotals returns the units on each list.
func (tb *Table) listTotals() []float64 {
	ni := make([]float64, tb.T)
	for h, y := range tb.Counts {
		for j := range tb.T {
			if h>>j&1 == 1 {
				ni[j] += y
			}
		}
	}
	return ni
}

func (tb *Table) bcMt() BiasCorrected {
	t := tb.T
	n := tb.N()
	ni := tb.listTotals()
	r := BiasCorrected{InfoFit: -1}
	if t == 2 { // Chapman, Seber (1982) p. 60
		m := ni[0] + ni[1] - n
		r.Abundance = (ni[0]+1)*(ni[1]+1)/(m+1) - 1
		r.StdErr = math.Sqrt((ni[0] + 1) * (ni[1] + 1) * (ni[0] - m) * (ni[1] - m) / ((m + 2) * (m + 1) * (m + 1)))
		r.judgeValue(n)
		return r
	}
	ft := float64(t)
	nc := n + ft/2
	nic := make([]float64, t)
	for j := range ni {
		nic[j] = ni[j] + (ft+2)/(2*ft)
	}
	eqn := func(N float64) float64 {
		p := 1.0
		for _, v := range nic {
			p *= 1 - v/N
		}
		return p - (1 - nc/N)
	}
	m0 := tb.estimate(closedpSpecs(t)[0])
	lo, hi := n, 2*m0.Abundance
	if math.IsNaN(hi) || eqn(lo)*eqn(hi) > 0 {
		r.Abundance, r.StdErr = math.NaN(), math.NaN()
		r.Warnings = warn(r.Warnings, NoConvergence, "the bias-corrected Mt equation has no root between n and twice the M0 estimate")
		r.judgeValue(n)
		return r
	}
	root := bisect(eqn, lo, hi)
	s := 1/(root-nc) + (ft-1)/root
	for _, v := range nic {
		s -= 1 / (root - v)
	}
	r.Abundance = root - ft/2
	r.StdErr = math.Sqrt(1 / s)
	r.judgeValue(n)
	return r
}

func (tb *Table) bcChao() BiasCorrected {
	var f1, f2 float64
	for h, y := range tb.Counts {
		switch k(h) {
		case 1:
			f1 += y
		case 2:
			f2 += y
		}
	}
	t := float64(tb.T)
	n := tb.N()
	r := BiasCorrected{InfoFit: -1}
	a := (t - 1) * f1 * (f1 - 1) / (2 * t * (f2 + 1))
	r.Abundance = n + a
	r.StdErr = math.Sqrt(a + (t-1)*(t-1)*f1*(f1-1)*(f1*f1+4*f1*f2+3*f1-6*f2-6)/(4*t*t*(f2+1)*(f2+1)*(f2+2)))
	r.judgeValue(n)
	return r
}

func (tb *Table) bcMb(heterogeneous bool) BiasCorrected {
	t := tb.T
	u := make([]float64, t) // units first caught at each occasion
	for h, y := range tb.Counts {
		if h == 0 {
			continue
		}
		u[int(firstCapture(h, t))] += y
	}
	omit := 0.0
	if heterogeneous {
		omit, u = u[0], u[1:]
	}
	u[0] += 2
	u[1]--
	u[2]--
	for i := range u {
		u[i] = math.Max(0, u[i])
	}
	hs := make([]int, len(u))
	for i := range hs {
		hs[i] = i
	}
	s := &spec{names: []string{"beta"}, col: func(h, _ int) []float64 { return []float64{float64(h)} }}
	fit, _ := s.fit(hs, u, t)
	b0, b1 := fit.beta[0], fit.beta[1]
	e1 := math.Exp(b1)
	nn := math.Exp(b0) / (1 - e1)
	v0, v1 := nn, nn*e1/(1-e1)
	V := fit.vcov
	q := v0*v0*V.At(0, 0) + 2*v0*v1*V.At(0, 1) + v1*v1*V.At(1, 1)
	r := BiasCorrected{Abundance: nn + omit, StdErr: math.Sqrt(q - nn)}
	r.judge(fit, tb.N())
	return r
}
