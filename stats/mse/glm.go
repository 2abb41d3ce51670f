package mse

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// glmFit is a Poisson log-linear fit.
type glmFit struct {
	beta      []float64
	mu        []float64
	vcov      *mat.SymDense // the unscaled covariance (XᵀWX)⁻¹
	deviance  float64
	rank      int
	converged bool
	iter      int
}

// fitPoisson fits y ~ Poisson(exp(Xβ)) by IRLS as R's glm.fit does for the Poisson
// family: μ starts at y + 0.1, each step solves the weighted least squares problem
// (by QR of √W·X, as glm.fit's Cdqrls), and iteration stops when the deviance
// changes by less than 1e-8 relative (|Δ|/(|dev| + 0.1)) or after 25 steps. A
// column the QR finds dependent (|R_jj| below 1e-7 of the largest, glm's tolerance)
// lowers the rank; the fit is then of the independent columns.
func fitPoisson(x *mat.Dense, y []float64) glmFit {
	n, p := x.Dims()
	f := glmFit{mu: make([]float64, n)}
	eta := make([]float64, n)
	for i, v := range y {
		f.mu[i] = v + 0.1
		eta[i] = math.Log(f.mu[i])
	}
	dev := deviance(y, f.mu)
	wx := mat.NewDense(n, p, nil)
	wz := mat.NewVecDense(n, nil)
	beta := make([]float64, p)
	keep := make([]int, 0, p)
	var lastW []float64 // the weights of the last step, which glm's covariance uses
	for f.iter = 1; f.iter <= 25; f.iter++ {
		lastW = append(lastW[:0], f.mu...)
		for i := range n {
			w := math.Sqrt(f.mu[i])
			z := eta[i] + (y[i]-f.mu[i])/f.mu[i]
			for j := range p {
				wx.Set(i, j, w*x.At(i, j))
			}
			wz.SetVec(i, w*z)
		}
		b, cols := lsq(wx, wz)
		keep = cols
		clear(beta)
		for i, c := range cols {
			beta[c] = b[i]
		}
		for i := range n {
			e := 0.0
			for j := range p {
				e += x.At(i, j) * beta[j]
			}
			eta[i] = e
			f.mu[i] = math.Exp(e)
		}
		nd := deviance(y, f.mu)
		if math.Abs(nd-dev)/(math.Abs(nd)+0.1) < 1e-8 {
			dev = nd
			f.converged = true
			break
		}
		dev = nd
	}
	f.beta = beta
	f.deviance = dev
	f.rank = len(keep)
	// The covariance from the last step's weights, as summary.glm computes it from
	// the last QR, over the kept columns (zero elsewhere).
	xs := mat.NewDense(n, len(keep), nil)
	for i := range n {
		w := math.Sqrt(lastW[i])
		for jj, j := range keep {
			xs.Set(i, jj, w*x.At(i, j))
		}
	}
	var xtwx mat.SymDense
	xtwx.SymOuterK(1, xs.T())
	var ch mat.Cholesky
	f.vcov = mat.NewSymDense(p, nil)
	if ch.Factorize(&xtwx) {
		var inv mat.SymDense
		if err := ch.InverseTo(&inv); err == nil {
			for a, i := range keep {
				for b, j := range keep {
					if b >= a {
						f.vcov.SetSym(i, j, inv.At(a, b))
					}
				}
			}
		}
	}
	return f
}

// lsq solves min |a·b − z| by QR with glm.fit's rank rule: columns whose pivot falls
// below 1e-7 of the largest are dropped, in order, and the rest solved. It returns
// the solution over the kept columns and their indexes.
func lsq(a *mat.Dense, z *mat.VecDense) ([]float64, []int) {
	n, p := a.Dims()
	cols := make([]int, 0, p)
	// Gram-Schmidt pass to find dependent columns, in order, as LINPACK's dqrdc2
	// moves them to the end.
	var basis []*mat.VecDense
	maxNorm := 0.0
	for j := range p {
		maxNorm = math.Max(maxNorm, mat.Norm(a.ColView(j), 2))
	}
	for j := range p {
		v := mat.VecDenseCopyOf(a.ColView(j))
		orig := mat.Norm(v, 2)
		for _, q := range basis {
			v.AddScaledVec(v, -mat.Dot(q, v), q)
		}
		r := mat.Norm(v, 2)
		if orig == 0 || r < 1e-7*orig || r < 1e-12*maxNorm {
			continue
		}
		v.ScaleVec(1/r, v)
		basis = append(basis, v)
		cols = append(cols, j)
	}
	sub := mat.NewDense(n, len(cols), nil)
	for jj, j := range cols {
		for i := range n {
			sub.Set(i, jj, a.At(i, j))
		}
	}
	var qr mat.QR
	qr.Factorize(sub)
	var b mat.VecDense
	if err := qr.SolveVecTo(&b, false, z); err != nil {
		return make([]float64, len(cols)), cols
	}
	return b.RawVector().Data, cols
}

// deviance is the Poisson deviance 2Σ[y log(y/μ) − (y − μ)].
func deviance(y, mu []float64) float64 {
	d := 0.0
	for i, v := range y {
		if v > 0 {
			d += v * math.Log(v/mu[i])
		}
		d -= v - mu[i]
	}
	return 2 * d
}

// logLik is Σ log dpois(y; μ), with y allowed non-integer (lgamma).
func logLik(y, mu []float64) float64 {
	l := 0.0
	for i, v := range y {
		lg, _ := math.Lgamma(v + 1)
		if v > 0 {
			l += v * math.Log(mu[i])
		}
		l += -mu[i] - lg
	}
	return l
}
