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
// family: μ starts at y + 0.1, each step solves the weighted least squares problem,
// and iteration stops when the deviance changes by less than 1e-8 relative
// (|Δ|/(|dev| + 0.1)) or after 25 steps. Columns that depend on earlier ones (found
// once, by Gram-Schmidt with glm's tolerance 1e-7, since positive weights do not
// change the rank) are left out and the rank lowered, as glm.fit's pivoting QR
// does; each step then solves the normal equations XᵀWXβ = XᵀWz of the kept columns
// by Cholesky, which for these small, well-scaled designs agrees with the QR to far
// below the tolerance.
func fitPoisson(x *mat.Dense, y []float64) glmFit { return fitPoissonOffset(x, y, nil) }

// fitPoissonOffset is fitPoisson with a fixed offset in the linear predictor,
// log μ = off + Xβ, as glm's offset (nil: none).
func fitPoissonOffset(x *mat.Dense, y, off []float64) glmFit {
	n, p := x.Dims()
	if off == nil {
		off = make([]float64, n)
	}
	f := glmFit{mu: make([]float64, n)}
	eta := make([]float64, n)
	for i, v := range y {
		f.mu[i] = v + 0.1
		eta[i] = math.Log(f.mu[i])
	}
	keep := independent(x)
	q := len(keep)
	xs := mat.NewDense(n, q, nil)
	for i := range n {
		for jj, j := range keep {
			xs.Set(i, jj, x.At(i, j))
		}
	}
	dev := deviance(y, f.mu)
	beta := make([]float64, p)
	a := mat.NewSymDense(q, nil)
	rhs := mat.NewVecDense(q, nil)
	var ch mat.Cholesky
	var b mat.VecDense
	normal := func(w []float64, z []float64) bool {
		// a = XᵀWX, rhs = XᵀWz, by rows: the design is tall and narrow.
		ad := a.RawSymmetric().Data
		clear(ad)
		rd := rhs.RawVector().Data
		clear(rd)
		for i := range n {
			row := xs.RawRowView(i)
			wi := w[i]
			for r := range q {
				v := wi * row[r]
				if v == 0 {
					continue
				}
				rd[r] += v * z[i]
				base := r * q
				for c := r; c < q; c++ {
					ad[base+c] += v * row[c]
				}
			}
		}
		return ch.Factorize(a)
	}
	z := make([]float64, n)
	w := make([]float64, n)
	for f.iter = 1; f.iter <= 25; f.iter++ {
		for i := range n {
			w[i] = f.mu[i]
			z[i] = eta[i] - off[i] + (y[i]-f.mu[i])/f.mu[i]
		}
		if !normal(w, z) || ch.SolveVecTo(&b, rhs) != nil {
			break
		}
		clear(beta)
		for jj, j := range keep {
			beta[j] = b.AtVec(jj)
		}
		for i := range n {
			row := xs.RawRowView(i)
			e := off[i]
			for jj := range q {
				e += row[jj] * b.AtVec(jj)
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
	f.rank = q
	// The covariance from the last step's weights (w), as summary.glm computes it
	// from the last QR, over the kept columns (zero elsewhere).
	f.vcov = mat.NewSymDense(p, nil)
	if normal(w, z) {
		var inv mat.SymDense
		if err := ch.InverseTo(&inv); err == nil {
			for r, i := range keep {
				for c, j := range keep {
					if c >= r {
						f.vcov.SetSym(i, j, inv.At(r, c))
					}
				}
			}
		}
	}
	return f
}

// independent returns the columns of x that do not depend on earlier ones, by
// Gram-Schmidt with glm.fit's relative tolerance 1e-7.
func independent(x *mat.Dense) []int {
	_, p := x.Dims()
	var basis []*mat.VecDense
	var cols []int
	for j := range p {
		v := mat.VecDenseCopyOf(x.ColView(j))
		orig := mat.Norm(v, 2)
		for _, q := range basis {
			v.AddScaledVec(v, -mat.Dot(q, v), q)
		}
		r := mat.Norm(v, 2)
		if orig == 0 || r < 1e-7*orig {
			continue
		}
		v.ScaleVec(1/r, v)
		basis = append(basis, v)
		cols = append(cols, j)
	}
	return cols
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
