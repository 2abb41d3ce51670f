package stats

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize"
	"gonum.org/v1/gonum/stat/distuv"
)

// ErrTrend is returned when a series holds too little to estimate a trend.
var ErrTrend = errors.New("stats: no trend can be estimated")

// Trend is the growth of a count series per period, from a log-linear regression of
// the counts on time: log E[y_t] = a + b·t.
type Trend struct {
	// Model is "poisson", or "negative_binomial" when the counts are overdispersed.
	Model string
	// Rate is the growth per period, exp(b) − 1; Low and High bound its 95% Wald
	// interval, exp(b ± 1.96·se) − 1.
	Rate, Low, High float64
	B, SE           float64
	// Theta is the negative binomial's shape (variance μ + μ²/θ); +Inf for Poisson.
	Theta float64
	// Dispersion is the Pearson χ² of the Poisson fit over its degrees of freedom,
	// and LR the likelihood-ratio statistic of the negative binomial against it.
	Dispersion, LR float64
	N              int
}

// z975 is the 97.5% quantile of the standard normal.
var z975 = distuv.UnitNormal.Quantile(0.975)

// FitTrend fits a Poisson regression of y on t = 0, 1, ... (centred), by iteratively
// reweighted least squares as R's glm does (convergence when the deviance changes by
// less than 1e-8 relatively, at most 25 iterations). When the negative binomial
// (NB2, variance μ + μ²/θ, θ by maximum likelihood alternating with the
// coefficients as MASS::glm.nb does) fits better by the likelihood-ratio test for a
// parameter on the boundary — 2Δℓ > 2.706, the 5% point of the 50:50 mixture of
// χ²₀ and χ²₁ (Cameron and Trivedi, Regression Analysis of Count Data, 2nd ed.,
// 2013, §3.4) — the negative binomial is reported.
func FitTrend(y []float64) (Trend, error) {
	n := len(y)
	if n < 3 {
		return Trend{}, fmt.Errorf("%w: %d periods, want at least 3", ErrTrend, n)
	}
	sum := 0.0
	for _, v := range y {
		if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
			return Trend{}, fmt.Errorf("%w: count %v", ErrTrend, v)
		}
		sum += v
	}
	if sum == 0 {
		return Trend{}, fmt.Errorf("%w: every count is zero", ErrTrend)
	}
	pois, err := irls(y, math.Inf(1))
	if err != nil {
		return Trend{}, err
	}
	t := Trend{Model: "poisson", Theta: math.Inf(1), N: n, B: pois.b[1], SE: pois.se1}
	pearson := 0.0
	for i, m := range pois.mu {
		pearson += (y[i] - m) * (y[i] - m) / m
	}
	t.Dispersion = pearson / float64(n-2)
	llP := loglik(y, pois.mu, math.Inf(1))

	theta := momentTheta(y)
	var nb fit
	ok := false
	if !math.IsInf(theta, 1) {
		for range 25 {
			nb, err = irls(y, theta)
			if err != nil {
				break
			}
			next := mlTheta(y, nb.mu, theta)
			done := math.Abs(next-theta) < 1e-6*theta
			theta = next
			if done {
				ok = true
				break
			}
		}
	}
	if ok && !math.IsInf(theta, 1) {
		llNB := loglik(y, nb.mu, theta)
		t.LR = 2 * (llNB - llP)
		if t.LR > 2.705543 {
			t.Model, t.Theta, t.B, t.SE = "negative_binomial", theta, nb.b[1], nb.se1
		}
	}
	t.Rate = math.Expm1(t.B)
	t.Low = math.Expm1(t.B - z975*t.SE)
	t.High = math.Expm1(t.B + z975*t.SE)
	return t, nil
}

type fit struct {
	b   [2]float64
	se1 float64
	mu  []float64
}

// irls fits log μ = b0 + b1·t by IRLS, with weights μ/(1 + μ/θ) (θ = +Inf is
// Poisson), solving the weighted normal equations with gonum's Cholesky.
//
// It starts from the fit with no trend, b = (log ȳ, 0), where stats/mse's
// fitPoisson starts as R's glm.fit does, from μ = y + 0.1. The answers agree: with
// a log link the Poisson log-likelihood, and the NB2 one at fixed θ, are concave in
// b (the second derivative in η = log μ is −μ, or −(y+θ)μθ/(θ+μ)², both negative),
// so IRLS from either start reaches the one maximum, to the 1e-8 deviance tolerance
// both use; only the path and the number of steps differ. mse keeps glm.fit's start
// to follow R step by step; here the no-trend fit is a start that needs no design
// matrix and is the same at every θ of FitTrend's alternation. The fitters are not
// shared because mse's takes any design matrix and drops aliased columns, which a
// two-column trend never needs.
func irls(y []float64, theta float64) (fit, error) {
	n := len(y)
	mid := float64(n-1) / 2
	f := fit{mu: make([]float64, n)}
	mean := 0.0
	for _, v := range y {
		mean += v
	}
	mean /= float64(n)
	f.b = [2]float64{math.Log(mean), 0}
	dev := math.Inf(1)
	var xtwx mat.SymDense
	for iter := 0; iter < 25; iter++ {
		a := mat.NewSymDense(2, nil)
		rhs := mat.NewVecDense(2, nil)
		for i := range y {
			ti := float64(i) - mid
			eta := f.b[0] + f.b[1]*ti
			mu := math.Exp(eta)
			w := mu
			if !math.IsInf(theta, 1) {
				w = mu / (1 + mu/theta)
			}
			z := eta + (y[i]-mu)/mu
			a.SetSym(0, 0, a.At(0, 0)+w)
			a.SetSym(0, 1, a.At(0, 1)+w*ti)
			a.SetSym(1, 1, a.At(1, 1)+w*ti*ti)
			rhs.SetVec(0, rhs.AtVec(0)+w*z)
			rhs.SetVec(1, rhs.AtVec(1)+w*ti*z)
		}
		var ch mat.Cholesky
		if !ch.Factorize(a) {
			return f, fmt.Errorf("%w: singular fit", ErrTrend)
		}
		var b mat.VecDense
		if err := ch.SolveVecTo(&b, rhs); err != nil {
			return f, fmt.Errorf("%w: %v", ErrTrend, err)
		}
		f.b = [2]float64{b.AtVec(0), b.AtVec(1)}
		d := 0.0
		for i := range y {
			f.mu[i] = math.Exp(f.b[0] + f.b[1]*(float64(i)-mid))
			d += devianceTerm(y[i], f.mu[i], theta)
		}
		xtwx.CopySym(a)
		if math.Abs(d-dev)/(math.Abs(d)+0.1) < 1e-8 {
			break
		}
		dev = d
	}
	// The covariance at the final coefficients.
	a := mat.NewSymDense(2, nil)
	for i := range y {
		ti := float64(i) - mid
		mu := f.mu[i]
		w := mu
		if !math.IsInf(theta, 1) {
			w = mu / (1 + mu/theta)
		}
		a.SetSym(0, 0, a.At(0, 0)+w)
		a.SetSym(0, 1, a.At(0, 1)+w*ti)
		a.SetSym(1, 1, a.At(1, 1)+w*ti*ti)
	}
	var inv mat.SymDense
	var ch mat.Cholesky
	if !ch.Factorize(a) {
		return f, fmt.Errorf("%w: singular information matrix", ErrTrend)
	}
	if err := ch.InverseTo(&inv); err != nil {
		return f, fmt.Errorf("%w: %v", ErrTrend, err)
	}
	f.se1 = math.Sqrt(inv.At(1, 1))
	return f, nil
}

func devianceTerm(y, mu, theta float64) float64 {
	d := 0.0
	if y > 0 {
		d = y * math.Log(y/mu)
	}
	if math.IsInf(theta, 1) {
		return 2 * (d - (y - mu))
	}
	return 2 * (d - (y+theta)*math.Log((y+theta)/(mu+theta)))
}

// loglik is the Poisson (θ = +Inf) or NB2 log-likelihood.
func loglik(y, mu []float64, theta float64) float64 {
	l := 0.0
	for i, v := range y {
		lgy1, _ := math.Lgamma(v + 1)
		if math.IsInf(theta, 1) {
			l += v*math.Log(mu[i]) - mu[i] - lgy1
			continue
		}
		a, _ := math.Lgamma(v + theta)
		b, _ := math.Lgamma(theta)
		l += a - b - lgy1 + theta*math.Log(theta/(theta+mu[i])) + v*math.Log(mu[i]/(theta+mu[i]))
	}
	return l
}

// momentTheta is the moment estimate mean²/(var − mean), +Inf when the counts are
// not overdispersed.
func momentTheta(y []float64) float64 {
	m, v := 0.0, 0.0
	for _, x := range y {
		m += x
	}
	m /= float64(len(y))
	for _, x := range y {
		v += (x - m) * (x - m)
	}
	v /= float64(len(y) - 1)
	if v <= m {
		return math.Inf(1)
	}
	return m * m / (v - m)
}

// mlTheta maximises the NB2 log-likelihood in θ for fixed means, over log θ, with
// gonum's Nelder-Mead.
func mlTheta(y, mu []float64, start float64) float64 {
	p := optimize.Problem{Func: func(x []float64) float64 {
		th := math.Exp(x[0])
		return -loglik(y, mu, th)
	}}
	res, err := optimize.Minimize(p, []float64{math.Log(start)}, &optimize.Settings{Converger: &optimize.FunctionConverge{Absolute: 1e-10, Iterations: 200}}, &optimize.NelderMead{})
	if err != nil && res == nil {
		return start
	}
	th := math.Exp(res.X[0])
	if th > 1e8 {
		return math.Inf(1)
	}
	return th
}
