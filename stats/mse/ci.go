package mse

import "math"

// Interval is the multinomial profile-likelihood 95% interval of closedpCI.t.
type Interval struct {
	// Abundance is the multinomial estimate, the N that maximises the profile
	// likelihood (slightly below the Poisson estimate).
	Abundance float64
	Low, High float64
	// Status is OK, or BeyondRange when a bound has no sign change in its search
	// interval: the low bound is then n (R warns), the high bound +Inf (R prints
	// ">3N").
	Status Status
	// Warnings: interval_excludes_estimate when the interval does not contain the
	// Poisson estimate or has collapsed to a point (less than one unit wide).
	Warnings []Caution
}

// chi2Half is half the 95% point of χ²₁: the profile drop that bounds the interval.
const chi2Half = 1.920729410347062

// profile returns ℓ(N) = −(D(N) − 2·ct)/2 for the estimate's model (docs/mse.md §4.1): the
// deviance D(N) of the Poisson fit on all 2^t cells, the unobserved one holding
// n0 = N − n, and Cormack's (1992) correction ct with M = N.
func (tb *Table) profile(e *Estimate, N float64) float64 {
	hs := make([]int, 0, len(tb.Counts))
	y := make([]float64, 0, len(tb.Counts))
	for h := range tb.Counts {
		hs = append(hs, h)
		y = append(y, tb.Counts[h])
	}
	n := tb.N()
	n0 := N - n
	y[0] = n0
	f, _ := e.spec.fit(hs, y, tb.T)
	M := N
	var ct float64
	switch {
	case M > 100 && (n0 == 0 || n0 == 1):
		ct = -M + 0.5*math.Log(2*math.Pi*M)
	case M > 100:
		ct = n0 - M - 0.5*math.Log(n0/M)
	default:
		lm, _ := math.Lgamma(M + 1)
		ln0, _ := math.Lgamma(n0 + 1)
		pow := 0.0
		if n0 > 0 {
			pow = n0 * math.Log(n0)
		}
		ct = pow + lm - M*math.Log(M) - ln0
	}
	return -(f.deviance - 2*ct) / 2
}

// ProfileCI computes closedpCI.t's multinomial profile-likelihood 95% interval for an
// estimate of tb (not for Mb and Mbh, whose abundance is not n + e^{β0}). The
// multinomial abundance maximises ℓ over [n, 1.5·N̂]; the bounds are where ℓ falls
// 1.920729 below its maximum, searched in [n, N̂_mult] and [N̂_mult, 3·N̂]. R finds
// them to 1e-4 (optimize, uniroot); these are found to 1e-9 relative. Chao models
// apply their negative-eta rule at every N.
func (tb *Table) ProfileCI(e Estimate) (Interval, bool) {
	if e.spec == nil || e.spec.kind != 0 {
		return Interval{}, false
	}
	n := tb.N()
	l := func(N float64) float64 { return tb.profile(&e, N) }
	// The maximum by golden-section search: ℓ is unimodal in N.
	lo, hi := n, 1.5*e.Abundance
	nmax := goldenMax(l, lo, hi, 1e-10*hi)
	lmax := l(nmax)
	iv := Interval{Abundance: nmax}
	g := func(N float64) float64 { return l(N) - (lmax - chi2Half) }
	if g(n) > 0 {
		iv.Low, iv.Status = n, BeyondRange
	} else {
		iv.Low = bisect(g, n, nmax)
	}
	top := 3 * e.Abundance
	if g(top) > 0 {
		iv.High, iv.Status = math.Inf(1), BeyondRange
	} else {
		iv.High = bisect(g, nmax, top)
	}
	switch {
	case iv.High-iv.Low < 1:
		iv.Warnings = warn(iv.Warnings, IntervalExcludesEstimate, "the profile interval [%.1f, %.1f] is less than one unit wide: it has collapsed to a point and says nothing of the uncertainty", iv.Low, iv.High)
	case e.Abundance < iv.Low || e.Abundance > iv.High:
		iv.Warnings = warn(iv.Warnings, IntervalExcludesEstimate, "the profile interval [%.1f, %.1f] does not contain the Poisson estimate %.1f: the two disagree, trust neither", iv.Low, iv.High, e.Abundance)
	}
	return iv, true
}

// goldenMax finds the maximum of a unimodal f on [a, b] by golden-section search.
func goldenMax(f func(float64) float64, a, b, tol float64) float64 {
	r := (math.Sqrt(5) - 1) / 2
	c, d := b-r*(b-a), a+r*(b-a)
	fc, fd := f(c), f(d)
	for b-a > tol {
		if fc > fd {
			b, d, fd = d, c, fc
			c = b - r*(b-a)
			fc = f(c)
		} else {
			a, c, fc = c, d, fd
			d = a + r*(b-a)
			fd = f(d)
		}
	}
	return (a + b) / 2
}

// bisect finds a root of g in [a, b], where g changes sign, to 1e-10 relative.
func bisect(g func(float64) float64, a, b float64) float64 {
	ga := g(a)
	for i := 0; i < 200 && b-a > 1e-10*math.Max(1, math.Abs(b)); i++ {
		m := (a + b) / 2
		gm := g(m)
		if (gm > 0) == (ga > 0) {
			a, ga = m, gm
		} else {
			b = m
		}
	}
	return (a + b) / 2
}
