package mse

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/stat/distuv"
)

// LCMCRConfig sets the latent-class sampler. Its zero value is the default below.
type LCMCRConfig struct {
	// K is the truncation of the stick-breaking process, the most latent classes;
	// 0 means 10 (the value of LCMCR's help-page example; its lcmCR function
	// defaults to 5).
	K int
	// AAlpha and BAlpha are the shape and rate of the Gamma prior of the
	// concentration α; 0 means LCMCR's 0.25 each.
	AAlpha, BAlpha float64
	// Burnin is the number of sweeps discarded after the 500-sweep warm-up; 0
	// means LCMCR's 10,000, and a negative value none.
	Burnin int
	// Samples is the number of draws of N kept; 0 means LCMCR's 1,000.
	Samples int
	// Thin keeps one sweep in Thin; 0 means LCMCR's 10.
	Thin int
	// Seed seeds the PCG generator; the same seed gives the same draws.
	Seed uint64
	// Progress, when not nil, receives a line of progress now and then.
	Progress io.Writer
}

// LCMCRResult is the posterior of N under the latent-class model.
type LCMCRResult struct {
	// Median and the 2.5% and 97.5% quantiles of the draws of N, by R's default
	// (type 7) quantile; Mean is the draws' mean.
	Median, Low, High, Mean float64
	// Draws are the kept draws of N, in order.
	Draws []float64
	// Config is the configuration used, defaults filled in.
	Config LCMCRConfig
	// Warnings: grid_cap when more than 2.5% of the draws exceed 10n, half of
	// LCMCR's truncation of n0 at 20n: the upper tail is then cut by it.
	Warnings []Caution
}

// ErrLCMCR wraps errors of the latent-class sampler's configuration.
var ErrLCMCR = errors.New("mse: bad LCMCR configuration")

// MaxLCMCRSweeps bounds burn-in plus samples × thinning.
const MaxLCMCRSweeps = 100_000_000

// MaxLCMCRWork bounds sweeps × distinct observed histories × K, the sampler's
// work: some minutes of one core (the Kosovo table's 15 histories and K = 10 run
// about 6 million of these units a second).
const MaxLCMCRWork = 2e9

// LCMCR draws the posterior of N under Manrique-Vallier's Bayesian non-parametric
// latent-class model ("Bayesian population size estimation using Dirichlet process
// mixtures", Biometrics 72, 2016), as the R package LCMCR (0.4.14) defines it.
//
// Each unit belongs to one of K latent classes, with stick-breaking weights ν
// (a Dirichlet process truncated at K, concentration α ~ Gamma(a_α, b_α)); within
// class k, list j records it independently with probability λ_jk ~ Beta(1, 1).
// The unobserved units n0 are imputed with the prior P(n0 | n) ∝ n/(n0 + n), which
// makes n0 given the rest negative binomial: the number of failures before n
// successes of probability 1 − P(unobserved), redrawn while above 20n as LCMCR
// does. One sweep of the Gibbs sampler draws, in LCMCR's order: the class counts
// of every observed history (multinomial); λ (Beta, through Gamma variates on the
// log scale); ν (stick-breaking Betas); n0; the classes of the n0 unobserved
// (multinomial); α (Gamma). The chain starts from λ at each list's observed rate
// and ν from Beta(1, 1) sticks, runs 500 warm-up sweeps without drawing α, sorts
// the classes by decreasing weight, then runs Burnin sweeps and keeps n + n0 every
// Thin sweeps. LCMCR's trace buffer only stores the draws and changes nothing.
//
// The generator is math/rand/v2's PCG seeded with (Seed, 0x4c434d4352); draws
// differ from R's (GSL's generator), and agree with them in distribution.
func (tb *Table) LCMCR(cfg LCMCRConfig) (LCMCRResult, error) {
	if err := tb.Validate(); err != nil {
		return LCMCRResult{}, err
	}
	if cfg.K == 0 {
		cfg.K = 10
	}
	if cfg.AAlpha == 0 {
		cfg.AAlpha = 0.25
	}
	if cfg.BAlpha == 0 {
		cfg.BAlpha = 0.25
	}
	if cfg.Burnin == 0 {
		cfg.Burnin = 10000
	}
	if cfg.Samples == 0 {
		cfg.Samples = 1000
	}
	if cfg.Thin == 0 {
		cfg.Thin = 10
	}
	switch {
	case cfg.K < 2:
		return LCMCRResult{}, fmt.Errorf("%w: K = %d, want at least 2", ErrLCMCR, cfg.K)
	case cfg.K > 1000:
		return LCMCRResult{}, fmt.Errorf("%w: K = %d, at most 1000", ErrLimit, cfg.K)
	case cfg.AAlpha < 0 || cfg.BAlpha < 0 || cfg.Samples < 0 || cfg.Thin < 0:
		return LCMCRResult{}, fmt.Errorf("%w: negative setting", ErrLCMCR)
	case float64(max(cfg.Burnin, 0))+float64(cfg.Samples)*float64(cfg.Thin) > MaxLCMCRSweeps:
		return LCMCRResult{}, fmt.Errorf("%w: burn-in + samples × thinning above %d sweeps", ErrLimit, MaxLCMCRSweeps)
	}
	s := newSampler(tb, cfg)
	sweeps := float64(max(cfg.Burnin, 0)+500) + float64(cfg.Samples)*float64(cfg.Thin)
	if w := sweeps * float64(len(s.cells)) * float64(cfg.K); w > MaxLCMCRWork {
		return LCMCRResult{}, fmt.Errorf("%w: %.0f sweeps over %d observed histories and %d classes is %.3g units of work, at most %.3g", ErrLimit, sweeps, len(s.cells), cfg.K, w, float64(MaxLCMCRWork))
	}
	s.init()
	pr := newProgress(cfg.Progress, "lcmcr", max(cfg.Burnin, 0)+cfg.Samples*cfg.Thin, "sweeps")
	for range max(cfg.Burnin, 0) {
		s.sweep(true)
		pr.step()
	}
	r := LCMCRResult{Config: cfg, Draws: make([]float64, 0, cfg.Samples)}
	for range cfg.Samples {
		for range cfg.Thin {
			s.sweep(true)
			pr.step()
		}
		r.Draws = append(r.Draws, s.n+float64(s.n0))
	}
	sorted := slices.Clone(r.Draws)
	slices.Sort(sorted)
	r.Median, r.Low, r.High = quantile7(sorted, 0.5), quantile7(sorted, 0.025), quantile7(sorted, 0.975)
	far := 0
	for _, d := range r.Draws {
		r.Mean += d / float64(len(r.Draws))
		if d > 11*s.n {
			far++
		}
	}
	if float64(far) > 0.025*float64(len(r.Draws)) {
		r.Warnings = warn(r.Warnings, GridCap, "%.1f%% of the draws put more than 10n unobserved: LCMCR truncates n0 at 20n, so the upper tail and the 97.5%% quantile are cut by that cap", 100*float64(far)/float64(len(r.Draws)))
	}
	return r, nil
}

// quantile7 is R's default quantile (type 7) of sorted x: linear interpolation
// between order statistics at (len−1)·p.
func quantile7(x []float64, p float64) float64 {
	h := float64(len(x)-1) * p
	lo := math.Floor(h)
	i := int(lo)
	if i+1 >= len(x) {
		return x[len(x)-1]
	}
	return x[i] + (h-lo)*(x[i+1]-x[i])
}

// sampler is the state of the Gibbs sampler.
type sampler struct {
	rng    *rand.Rand
	src    rand.Source
	cfg    LCMCRConfig
	j, k   int
	cells  [][]int   // the observed histories with a count, as 0/1 per list
	freq   []int     // their counts
	n      float64   // units observed
	lam    []float64 // log λ: lam[(j*K+k)*2+x] = log P(list j = x | class k)
	lnu    []float64 // log ν_k
	alpha  float64
	n0     int
	z      [][]int // z[m][k]: units of cell m in class k
	z0     []int   // the unobserved units in each class
	aux    []int   // aux[(j*K+k)*2+x]: units of class k with list j = x
	probs  []float64
	counts []int
}

func newSampler(tb *Table, cfg LCMCRConfig) *sampler {
	src := rand.NewPCG(cfg.Seed, 0x4c434d4352)
	s := &sampler{rng: rand.New(src), src: src, cfg: cfg, j: tb.T, k: cfg.K, n: tb.N()}
	for h := 1; h < len(tb.Counts); h++ {
		if tb.Counts[h] > 0 {
			s.cells = append(s.cells, hist2(h, tb.T))
			s.freq = append(s.freq, int(tb.Counts[h]))
		}
	}
	s.lam = make([]float64, tb.T*cfg.K*2)
	s.lnu = make([]float64, cfg.K)
	s.z = make([][]int, len(s.cells))
	for m := range s.z {
		s.z[m] = make([]int, cfg.K)
	}
	s.z0 = make([]int, cfg.K)
	s.aux = make([]int, tb.T*cfg.K*2)
	s.probs = make([]float64, cfg.K)
	s.counts = make([]int, cfg.K)
	return s
}

func hist2(h, t int) []int {
	v := make([]int, t)
	for j := range t {
		v[j] = h >> j & 1
	}
	return v
}

// init sets LCMCR's starting point and runs its 500 warm-up sweeps.
func (s *sampler) init() {
	acc := 0.0
	for k := 0; k < s.k-1; k++ {
		g1, g2 := s.logGamma(1), s.logGamma(1)
		sum := logSum(g1, g2)
		s.lnu[k] = g1 - sum + acc
		acc += g2 - sum
	}
	s.lnu[s.k-1] = acc
	for j := range s.j {
		on := 0
		for m, c := range s.cells {
			on += c[j] * s.freq[m]
		}
		p := float64(on) / s.n
		for k := range s.k {
			s.lam[(j*s.k+k)*2+1] = math.Log(p)
			s.lam[(j*s.k+k)*2] = math.Log1p(-p)
		}
	}
	s.alpha = 0.3 / float64(s.k)
	for range 500 {
		s.sweep(false)
	}
	// Sort the classes by decreasing weight.
	order := make([]int, s.k)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case s.lnu[a] > s.lnu[b]:
			return -1
		case s.lnu[a] < s.lnu[b]:
			return 1
		}
		return 0
	})
	lnu, z0, lam := slices.Clone(s.lnu), slices.Clone(s.z0), slices.Clone(s.lam)
	for nk, ok := range order {
		s.lnu[nk], s.z0[nk] = lnu[ok], z0[ok]
		for j := range s.j {
			for x := range 2 {
				s.lam[(j*s.k+nk)*2+x] = lam[(j*s.k+ok)*2+x]
			}
		}
	}
	for m := range s.z {
		zm := slices.Clone(s.z[m])
		for nk, ok := range order {
			s.z[m][nk] = zm[ok]
		}
	}
}

// sweep is one Gibbs sweep; alpha says whether to draw α.
func (s *sampler) sweep(alpha bool) {
	K := s.k
	// Classes of the observed units, cell by cell.
	for m, c := range s.cells {
		best := math.Inf(-1)
		for k := range K {
			l := s.lnu[k]
			for j, x := range c {
				l += s.lam[(j*K+k)*2+x]
			}
			s.probs[k] = l
			best = max(best, l)
		}
		for k := range K {
			s.probs[k] = math.Exp(s.probs[k] - best)
		}
		s.multinomial(s.freq[m], s.probs, s.z[m])
	}
	// λ given the classes, the unobserved counted as absent from every list.
	clear(s.aux)
	for m, c := range s.cells {
		for k, nk := range s.z[m] {
			if nk == 0 {
				continue
			}
			for j, x := range c {
				s.aux[(j*K+k)*2+x] += nk
			}
		}
	}
	for j := range s.j {
		for k := range K {
			s.aux[(j*K+k)*2] += s.z0[k]
			a := s.logGamma(1 + float64(s.aux[(j*K+k)*2+1]))
			b := s.logGamma(1 + float64(s.aux[(j*K+k)*2]))
			c := logSum(a, b)
			s.lam[(j*K+k)*2+1], s.lam[(j*K+k)*2] = a-c, b-c
		}
	}
	// ν by stick-breaking.
	copy(s.counts, s.z0)
	for m := range s.z {
		for k, nk := range s.z[m] {
			s.counts[k] += nk
		}
	}
	left := float64(s.n0) + s.n
	acc := 0.0
	for k := 0; k < K-1; k++ {
		left -= float64(s.counts[k])
		g1 := s.logGamma(1 + float64(s.counts[k]))
		g2 := s.logGamma(s.alpha + left)
		sum := logSum(g1, g2)
		s.lnu[k] = g1 - sum + acc
		acc += g2 - sum
	}
	s.lnu[K-1] = acc
	// n0: the probability of being on no list, then the negative binomial.
	p0 := 0.0
	for k := range K {
		l := s.lnu[k]
		for j := range s.j {
			l += s.lam[(j*K+k)*2]
		}
		s.probs[k] = l
		p0 += math.Exp(l)
	}
	for {
		s.n0 = s.negBinomial(s.n, 1-p0)
		if float64(s.n0) <= 20*s.n {
			break
		}
	}
	// Classes of the unobserved.
	if s.n0 == 0 {
		clear(s.z0)
	} else {
		best := slices.Max(s.probs)
		for k := range K {
			s.probs[k] = math.Exp(s.probs[k] - best)
		}
		s.multinomial(s.n0, s.probs, s.z0)
	}
	if alpha {
		s.alpha = distuv.Gamma{Alpha: s.cfg.AAlpha + float64(K) - 1, Beta: s.cfg.BAlpha - s.lnu[K-1], Src: s.src}.Rand()
	}
}

// logGamma draws the logarithm of a Gamma(shape, 1) variate, exactly also for
// shapes so small that the variate itself underflows: for shape < 1,
// log G(shape) = log G(shape + 1) + log(U)/shape.
func (s *sampler) logGamma(shape float64) float64 {
	if shape >= 1 {
		return math.Log(distuv.Gamma{Alpha: shape, Beta: 1, Src: s.src}.Rand())
	}
	u := 1 - s.rng.Float64() // in (0, 1]
	return math.Log(distuv.Gamma{Alpha: shape + 1, Beta: 1, Src: s.src}.Rand()) + math.Log(u)/shape
}

// multinomial draws counts of size units over weights w (not normalised) into out,
// by successive binomials.
func (s *sampler) multinomial(size int, w []float64, out []int) {
	clear(out)
	total := 0.0
	for _, v := range w {
		total += v
	}
	left := size
	for k, v := range w {
		if left == 0 {
			break
		}
		if k == len(w)-1 || total <= 0 {
			out[k] = left
			break
		}
		p := min(1, v/total)
		var x int
		switch {
		case p <= 0:
		case p >= 1:
			x = left
		case left == 1:
			if s.rng.Float64() < p {
				x = 1
			}
		default:
			x = int(distuv.Binomial{N: float64(left), P: p, Src: s.src}.Rand())
		}
		out[k] = x
		left -= x
		total -= v
	}
}

// negBinomial draws the number of failures before r successes of probability p,
// as a Poisson with a Gamma(r, (1−p)/p) mean (as GSL does).
func (s *sampler) negBinomial(r, p float64) int {
	if p >= 1 {
		return 0
	}
	lambda := distuv.Gamma{Alpha: r, Beta: p / (1 - p), Src: s.src}.Rand()
	if lambda <= 0 {
		return 0
	}
	return int(distuv.Poisson{Lambda: lambda, Src: s.src}.Rand())
}

// logSum is log(e^a + e^b).
func logSum(a, b float64) float64 {
	if a < b {
		a, b = b, a
	}
	if math.IsInf(a, -1) {
		return a
	}
	return a + math.Log1p(math.Exp(b-a))
}
