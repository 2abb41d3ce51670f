package mse

import (
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/mat"
)

// Status says how far an estimate can be trusted, as Rcapture's infoFit codes do.
type Status int

// The statuses.
const (
	OK          Status = 0  // the fit converged and is of full rank
	Warning     Status = 1  // no convergence, or an asymptotic bias above 10% of N
	RankDefect  Status = 2  // the design matrix is not of full rank
	OtherWarn   Status = 3  // another warning
	Failed      Status = -1 // the model could not be fitted
	BeyondRange Status = 4  // a profile bound beyond its search interval
)

func (s Status) String() string {
	switch s {
	case OK:
		return "ok"
	case Warning:
		return "warning"
	case RankDefect:
		return "rank_deficient"
	case OtherWarn:
		return "other_warning"
	case Failed:
		return "failed"
	case BeyondRange:
		return "beyond_range"
	}
	return "Status(" + strconv.Itoa(int(s)) + ")"
}

// epsilon is R's .Machine$double.eps.
const epsilon = 2.220446049250313e-16

// Estimate is one model's abundance estimate and fit.
type Estimate struct {
	Name      string
	Abundance float64
	StdErr    float64
	Deviance  float64
	DF        int
	AIC, BIC  float64
	Status    Status
	// Bias is the asymptotic bias of the abundance (Rcapture's cp$bias); NaN for
	// Mb and Mbh.
	Bias float64
	// Coef names and gives the fitted log-linear coefficients, the intercept
	// first; Dropped lists the eta columns Chao's rule set to zero.
	CoefNames []string
	Coef      []float64
	Dropped   []string
	// InfoFit is Rcapture's infoFit code with its distinctions kept: 0 OK, 1 no
	// convergence, a variance not positive or a large bias, 2 not of full rank,
	// 3 fitted rates numerically 0 (the boundary), and 13 when the conditions of
	// both 1 and 3 hold (Rcapture then reports 1, and Status says Warning).
	InfoFit int
	// Warnings say what is wrong with the estimate, if anything.
	Warnings []Caution

	spec *spec
}

// spec is a model's design: named columns besides the intercept, as functions of
// the history, and how its abundance is computed.
type spec struct {
	name  string
	names []string
	col   func(h, t int) []float64
	chao  int    // how many trailing columns are Chao's eta, dropped when negative
	kind  int    // 0: N = n + exp(b0); 1: Mb; 2: Mbh
	terms []term // a log-linear model's interaction terms, sub-terms included
}

func hist(h, t int) []float64 {
	v := make([]float64, t)
	for j := range t {
		v[j] = float64(h >> j & 1)
	}
	return v
}

// firstCapture is the number of occasions before the first capture.
func firstCapture(h, t int) float64 {
	for j := range t {
		if h>>j&1 == 1 {
			return float64(j)
		}
	}
	return float64(t)
}

func etaNames(t int) []string {
	var n []string
	for j := 3; j <= t; j++ {
		n = append(n, "eta"+strconv.Itoa(j))
	}
	return n
}

func eta(h, t int) []float64 {
	var v []float64
	for j := 3; j <= t; j++ {
		v = append(v, math.Max(float64(k(h)-j+1), 0))
	}
	return v
}

func betaNames(t int) []string {
	var n []string
	for j := 1; j <= t; j++ {
		n = append(n, "beta"+strconv.Itoa(j))
	}
	return n
}

// heterogeneity columns of Rcapture's Mh models (docs/mse.md §2).
var hetero = []struct {
	name string
	col  func(k float64) float64
}{
	{"Poisson2", func(k float64) float64 { return math.Pow(2, k) - 1 }},
	{"Darroch", func(k float64) float64 { return k * k / 2 }},
	{"Gamma3.5", func(k float64) float64 { return -math.Log(3.5+k) + math.Log(3.5) }},
}

// closedpSpecs returns closedp.t's models for t lists, in Rcapture's order; with two
// lists only M0, Mt and Mb.
func closedpSpecs(t int) []*spec {
	m0 := &spec{name: "M0", names: []string{"beta"}, col: func(h, t int) []float64 { return []float64{float64(k(h))} }}
	mt := &spec{name: "Mt", names: betaNames(t), col: hist}
	mb := &spec{name: "Mb", names: []string{"beta1", "beta2"}, kind: 1,
		col: func(h, t int) []float64 { return []float64{firstCapture(h, t), float64(k(h) - 1)} }}
	if t == 2 {
		return []*spec{m0, mt, mb}
	}
	specs := []*spec{m0, mt,
		{name: "Mh Chao (LB)", names: append([]string{"beta"}, etaNames(t)...), chao: t - 2,
			col: func(h, t int) []float64 { return append([]float64{float64(k(h))}, eta(h, t)...) }}}
	for _, he := range hetero {
		specs = append(specs, &spec{name: "Mh " + he.name, names: []string{"beta", "tau"},
			col: func(h, t int) []float64 { return []float64{float64(k(h)), he.col(float64(k(h)))} }})
	}
	specs = append(specs, &spec{name: "Mth Chao (LB)", names: append(betaNames(t), etaNames(t)...), chao: t - 2,
		col: func(h, t int) []float64 { return append(hist(h, t), eta(h, t)...) }})
	for _, he := range hetero {
		specs = append(specs, &spec{name: "Mth " + he.name, names: append(betaNames(t), "tau"),
			col: func(h, t int) []float64 { return append(hist(h, t), he.col(float64(k(h)))) }})
	}
	mbh := &spec{name: "Mbh", names: []string{"eta", "beta1", "beta2"}, kind: 2,
		col: func(h, t int) []float64 { return []float64{float64(1 - h&1), firstCapture(h, t), float64(k(h) - 1)} }}
	return append(specs, mb, mbh)
}

// design builds the design matrix (intercept first) of the columns keep of s over
// the histories hs.
func (s *spec) design(hs []int, t int, keep []bool) *mat.Dense {
	p := 1
	for _, kp := range keep {
		if kp {
			p++
		}
	}
	x := mat.NewDense(len(hs), p, nil)
	for i, h := range hs {
		x.Set(i, 0, 1)
		c := 1
		for j, v := range s.col(h, t) {
			if keep[j] {
				x.Set(i, c, v)
				c++
			}
		}
	}
	return x
}

// fitSpec fits s to the cells hs with counts y, applying Chao's negative-eta rule
// (drop the first negative eta and refit, until none is negative).
func (s *spec) fit(hs []int, y []float64, t int) (glmFit, []bool) {
	keep := make([]bool, len(s.names))
	for i := range keep {
		keep[i] = true
	}
	for {
		f := fitPoisson(s.design(hs, t, keep), y)
		if s.chao == 0 {
			return f, keep
		}
		// The coefficients of the kept columns, in order.
		idx := 1
		dropped := false
		for j := range s.names {
			if !keep[j] {
				continue
			}
			if j >= len(s.names)-s.chao && f.beta[idx] < 0 {
				keep[j] = false
				dropped = true
				break
			}
			idx++
		}
		if !dropped {
			return f, keep
		}
	}
}

// observed returns the observable histories and their counts.
func (tb *Table) observed() ([]int, []float64) {
	hs := make([]int, 0, len(tb.Counts)-1)
	y := make([]float64, 0, len(tb.Counts)-1)
	for h := 1; h < len(tb.Counts); h++ {
		hs = append(hs, h)
		y = append(y, tb.Counts[h])
	}
	return hs, y
}

// estimate fits s and computes its abundance, standard error and fit statistics.
func (tb *Table) estimate(s *spec) Estimate {
	if err := tb.Validate(); err != nil {
		return Estimate{Name: s.name, Abundance: math.NaN(), StdErr: math.NaN(), Bias: math.NaN(), Status: Failed, InfoFit: -1,
			Deviance: math.NaN(), AIC: math.NaN(), BIC: math.NaN(), spec: s,
			Warnings: []Caution{{Code: InfiniteEstimate, Message: strings.TrimPrefix(err.Error(), "mse: ")}}}
	}
	hs, y := tb.observed()
	f, keep := s.fit(hs, y, tb.T)
	e := Estimate{Name: s.name, Deviance: f.deviance, DF: len(hs) - f.rank, spec: s, Bias: math.NaN()}
	e.CoefNames = []string{"Intercept"}
	for j, n := range s.names {
		if keep[j] {
			e.CoefNames = append(e.CoefNames, n)
		} else {
			e.Dropped = append(e.Dropped, n)
		}
	}
	e.Coef = f.beta
	n := tb.N()
	ll := logLik(y, f.mu)
	e.AIC = -2*ll + 2*float64(f.rank)
	e.BIC = e.AIC + (math.Log(n)-2)*float64(f.rank)
	b := f.beta
	v := f.vcov
	t := float64(tb.T)
	switch s.kind {
	case 0:
		f0 := math.Exp(b[0])
		e.Abundance = n + f0
		e.StdErr = math.Sqrt(f0 + f0*f0*v.At(0, 0))
		e.Bias = bias(s.design(hs, tb.T, keep), v, f.mu, b[0])
	case 1: // Mb: docs/mse.md §2
		e1, e2 := math.Exp(b[1]), math.Exp(b[2])
		d := 1 + e2 - e1
		nn := math.Exp(b[0]) * math.Pow(1+e2, t) / d
		g := mat.NewVecDense(3, []float64{nn, nn * e1 / d, nn * (t*e2/(1+e2) - e2/d)})
		e.Abundance = nn
		e.StdErr = math.Sqrt(mat.Inner(g, v, g) - nn)
	case 2: // Mbh, with the gradient as Rcapture's closedp.internal writes it: its
		// fourth term is A·((t−1)e^{β2}/(1+e^{β2}) − e^{η+β1+β2}/D²), where the
		// exact derivative would have N in place of A in its first part.
		e1, e2, ee := math.Exp(b[2]), math.Exp(b[3]), math.Exp(b[1]+b[2])
		d := 1 + e2 - e1
		a := math.Exp(b[0]) * math.Pow(1+e2, t-1)
		nn := a * (1 + ee/d)
		g := mat.NewVecDense(4, []float64{
			nn,
			a * ee / d,
			a * (ee/d + ee*e1/(d*d)),
			a * ((t-1)*e2/(1+e2) - ee*e2/(d*d)),
		})
		e.Abundance = nn
		e.StdErr = math.Sqrt(mat.Inner(g, v, g) - nn)
	}
	tiny := slices.ContainsFunc(f.mu, func(m float64) bool { return m < 10*epsilon })
	switch {
	case f.rank < len(b):
		e.Status = RankDefect
	case !f.converged || math.IsNaN(e.StdErr) || e.StdErr <= 0:
		e.Status = Warning
	case !math.IsNaN(e.Bias) && math.Abs(e.Bias) > 0.1*e.Abundance:
		e.Status = Warning
	case tiny:
		// glm.fit's warning "fitted rates numerically 0 occurred", which
		// Rcapture reports as infoFit 3.
		e.Status = OtherWarn
	}
	tb.judge(&e, f, tiny)
	return e
}

// bias is Rcapture's asymptotic bias of N̂ = n + exp(b0) (docs/mse.md §2): with V the
// covariance, ξ = −½ diag(X V Xᵀ), ψ = −2 Xᵀ diag(μ) ξ, ψ₀ − 1, bias = ½ e^{b0} (−Vψ)₀.
func bias(x *mat.Dense, v *mat.SymDense, mu []float64, b0 float64) float64 {
	n, p := x.Dims()
	var xv mat.Dense
	xv.Mul(x, v)
	psi := mat.NewVecDense(p, nil)
	for i := range n {
		row, xvr := x.RawRowView(i), xv.RawRowView(i)
		xi := 0.0
		for j := range p {
			xi += xvr[j] * row[j]
		}
		xi *= -0.5
		for j := range p {
			psi.SetVec(j, psi.AtVec(j)-2*row[j]*mu[i]*xi)
		}
	}
	psi.SetVec(0, psi.AtVec(0)-1)
	var vp mat.VecDense
	vp.MulVec(v, psi)
	return 0.5 * math.Exp(b0) * -vp.AtVec(0)
}

// Closedp fits Rcapture's closedp.t models to the table: M0, Mt, Mh Chao (LB), Mh
// Poisson2, Mh Darroch, Mh Gamma3.5, the four Mth, Mb and Mbh; with two lists only
// M0, Mt and Mb.
//
// More than MaxModelLists lists is an error wrapping ErrLimit; a table Validate
// rejects is its error.
func (tb *Table) Closedp() ([]Estimate, error) {
	if err := tb.checkModelLists(); err != nil {
		return nil, err
	}
	specs := closedpSpecs(tb.T)
	out := make([]Estimate, len(specs))
	parallelFor(runtime.GOMAXPROCS(0), len(specs), func(_, i int) { out[i] = tb.estimate(specs[i]) })
	return out, nil
}

func (tb *Table) checkModelLists() error {
	if tb.T > MaxModelLists {
		return fmt.Errorf("%w: log-linear models are fitted on at most %d lists (2^%d − 1 cells), this table has %d: merge lists (the library's Pairs still gives every two-list estimate)", ErrLimit, MaxModelLists, MaxModelLists, tb.T)
	}
	return tb.Validate()
}

// Model fits one model by name: a closedp.t name ("Mth Darroch", also "Mh Chao"
// for "Mh Chao (LB)"), "all two-way", or a hierarchical log-linear model named by
// its generating class ("[123,14,34]").
func (tb *Table) Model(name string) (Estimate, error) {
	if err := tb.checkModelLists(); err != nil {
		return Estimate{}, err
	}
	if strings.HasPrefix(name, "[") {
		s, err := loglinear(name, tb.T)
		if err != nil {
			return Estimate{}, err
		}
		return tb.estimate(s), nil
	}
	if name == "all two-way" || name == "all two-way log-linear" {
		return tb.estimate(allTwoWay(tb.T)), nil
	}
	for _, s := range closedpSpecs(tb.T) {
		if s.name == name || strings.TrimSuffix(s.name, " (LB)") == name {
			return tb.estimate(s), nil
		}
	}
	return Estimate{}, fmt.Errorf("mse: no model %q for %d lists", name, tb.T)
}

// A term is a set of lists, as a bit mask.
type term int

func (t term) String() string {
	var b strings.Builder
	for j := 0; j < 20; j++ {
		if t>>j&1 == 1 {
			b.WriteString(strconv.Itoa(j + 1))
		}
	}
	return b.String()
}

// loglinearSpec is the hierarchical log-linear model with the given interaction terms
// (each of size 2 or more; every main effect is in): its columns are the main
// effects c1..ct, then the terms and all their sub-terms of size 2 or more, by size
// and order.
func loglinearSpec(terms []term, t int) *spec {
	set := map[term]bool{}
	for _, tm := range terms {
		for sub := tm; sub > 0; sub = (sub - 1) & tm {
			if k(int(sub)) >= 2 {
				set[sub] = true
			}
		}
	}
	all := make([]term, 0, len(set))
	for tm := range set {
		all = append(all, tm)
	}
	sort.Slice(all, func(i, j int) bool {
		if k(int(all[i])) != k(int(all[j])) {
			return k(int(all[i])) < k(int(all[j]))
		}
		return all[i].String() < all[j].String()
	})
	var names []string
	for j := 1; j <= t; j++ {
		names = append(names, "c"+strconv.Itoa(j))
	}
	for _, tm := range all {
		var parts []string
		for j := 0; j < t; j++ {
			if tm>>j&1 == 1 {
				parts = append(parts, "c"+strconv.Itoa(j+1))
			}
		}
		names = append(names, strings.Join(parts, ":"))
	}
	return &spec{name: className(all, t), names: names, terms: all, col: func(h, t int) []float64 {
		v := hist(h, t)
		for _, tm := range all {
			x := 0.0
			if term(h)&tm == tm {
				x = 1
			}
			v = append(v, x)
		}
		return v
	}}
}

// className is the generating class of a hierarchical model: its maximal terms, the
// largest first, then the main effects no term covers, as Rcapture writes it:
// "[234,12,14]", "[12,3,4]".
func className(terms []term, t int) string {
	var max []term
	for _, a := range terms {
		maximal := true
		for _, b := range terms {
			if a != b && a&b == a {
				maximal = false
			}
		}
		if maximal {
			max = append(max, a)
		}
	}
	sort.Slice(max, func(i, j int) bool {
		if k(int(max[i])) != k(int(max[j])) {
			return k(int(max[i])) > k(int(max[j]))
		}
		return max[i].String() < max[j].String()
	})
	var parts []string
	covered := term(0)
	for _, m := range max {
		parts = append(parts, m.String())
		covered |= m
	}
	for j := 0; j < t; j++ {
		if covered>>j&1 == 0 {
			parts = append(parts, strconv.Itoa(j+1))
		}
	}
	return "[" + strings.Join(parts, ",") + "]"
}

// loglinear parses a generating class such as "[123,14,34]" for t lists.
func loglinear(name string, t int) (*spec, error) {
	body := strings.TrimSuffix(strings.TrimPrefix(name, "["), "]")
	var terms []term
	for _, g := range strings.Split(body, ",") {
		var tm term
		for _, c := range g {
			j := int(c - '0')
			if j < 1 || j > t || j > 9 || tm>>(j-1)&1 == 1 {
				return nil, fmt.Errorf("mse: generating class %q: bad term %q for %d lists", name, g, t)
			}
			tm |= 1 << (j - 1)
		}
		if tm == 0 {
			return nil, fmt.Errorf("mse: generating class %q: empty term", name)
		}
		if k(int(tm)) >= t {
			return nil, fmt.Errorf("mse: generating class %q: the %d-way term saturates the model", name, t)
		}
		if k(int(tm)) >= 2 {
			terms = append(terms, tm)
		}
	}
	return loglinearSpec(terms, t), nil
}

// allTwoWay is the model with every two-way interaction (Rcapture's mX = ~.^2).
func allTwoWay(t int) *spec {
	var terms []term
	for a := 0; a < t; a++ {
		for b := a + 1; b < t; b++ {
			terms = append(terms, term(1<<a|1<<b))
		}
	}
	s := loglinearSpec(terms, t)
	s.name = "all two-way"
	return s
}

// Criterion ranks models in a search.
type Criterion int

// The criteria.
const (
	ByAIC Criterion = iota
	ByBIC
)

// MaxSearchLists is the most lists Search enumerates. Five lists have 6,893
// hierarchical models with every main effect and no five-way term, fitted in
// seconds; six have millions (the hierarchical models on six lists are counted by
// the Dedekind number M(6) = 7,828,354), beyond any exhaustive search.
const MaxSearchLists = 5

// MaxModelLists is the most lists Closedp and Model fit: a log-linear model on t
// lists has 2^t − 1 cells, and each fit of 14 models on 2^16 − 1 cells already
// holds tens of megabytes and takes seconds.
const MaxModelLists = 14

// ErrLimit is wrapped by refusals of inputs beyond what can be computed in bounded
// time and memory; the message names the limit.
var ErrLimit = errors.New("mse: beyond a limit")

// SearchConfig sets Search.
type SearchConfig struct {
	// Criterion ranks the models; its zero value is ByAIC.
	Criterion Criterion
	// Progress, when not nil, receives a line of progress now and then.
	Progress io.Writer
}

// Search fits every hierarchical log-linear model that holds all main effects, with
// interactions up to order t−1 (113 models for four lists, 8 for three), as
// closedpMS.t does, and returns them ranked by the criterion, best first; models
// whose estimate does not exist (Estimate.Exists) come after every one that does,
// in their own order. More than MaxSearchLists lists is an error wrapping ErrLimit,
// returned before any work.
func (tb *Table) Search(c Criterion) ([]Estimate, error) {
	return tb.SearchWith(SearchConfig{Criterion: c})
}

// SearchWith is Search with progress reports.
func (tb *Table) SearchWith(cfg SearchConfig) ([]Estimate, error) {
	if tb.T > MaxSearchLists {
		return nil, fmt.Errorf("%w: the exhaustive model search is limited to %d lists, this table has %d (6 lists have millions of hierarchical models); fit named models instead", ErrLimit, MaxSearchLists, tb.T)
	}
	if err := tb.Validate(); err != nil {
		return nil, err
	}
	var cands []term // the interaction terms, by size then order
	for tm := term(1); tm < term(1)<<tb.T; tm++ {
		if n := k(int(tm)); n >= 2 && n <= tb.T-1 {
			cands = append(cands, tm)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return k(int(cands[i])) < k(int(cands[j])) })
	var models [][]term
	var rec func(i int, chosen []term)
	rec = func(i int, chosen []term) {
		if i == len(cands) {
			models = append(models, slices.Clone(chosen))
			return
		}
		rec(i+1, chosen)
		tm := cands[i]
		if k(int(tm)) > 2 {
			// Hierarchical: every sub-term one smaller must be in.
			for j := 0; j < tb.T; j++ {
				if tm>>j&1 == 1 && !slices.Contains(chosen, tm&^(1<<j)) {
					return
				}
			}
		}
		rec(i+1, append(chosen, tm))
	}
	rec(0, nil)
	out := make([]Estimate, len(models))
	pr := newProgress(cfg.Progress, "search", len(models), "models")
	parallelFor(runtime.GOMAXPROCS(0), len(models), func(_, i int) {
		out[i] = tb.estimate(loglinearSpec(models[i], tb.T))
		pr.step()
	})
	key := func(e Estimate) float64 {
		if cfg.Criterion == ByBIC {
			return e.BIC
		}
		return e.AIC
	}
	sort.SliceStable(out, func(i, j int) bool {
		if a, b := out[i].Exists(), out[j].Exists(); a != b {
			return a
		}
		return key(out[i]) < key(out[j])
	})
	return out, nil
}
