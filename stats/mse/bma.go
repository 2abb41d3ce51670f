package mse

import (
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// ErrBMA is returned when BMA cannot run on a table.
var ErrBMA = errors.New("mse: no Bayesian model averaging")

// Graph is a decomposable graph on the lists: its cliques and the non-empty
// separators of a junction tree, as sets of lists.
type Graph struct {
	Cliques    []term
	Separators []term
}

// Name writes the graph by its cliques, vertex i for list i: "[14][234]".
func (g Graph) Name() string {
	var b strings.Builder
	for _, c := range g.Cliques {
		b.WriteString("[" + c.String() + "]")
	}
	return b.String()
}

// CliqueLists returns the graph's cliques as the names of their lists, given the
// table's names.
func (g Graph) CliqueLists(names []string) [][]string {
	var out [][]string
	for _, c := range g.Cliques {
		var l []string
		for j := range names {
			if c>>j&1 == 1 {
				l = append(l, names[j])
			}
		}
		out = append(out, l)
	}
	return out
}

// DecomposableGraphs returns every decomposable (chordal) graph on p labelled
// vertices: 8, 61 and 822 for p = 3, 4, 5, the graphs dga ships as graphs3..5.
// Each graph's cliques are its maximal cliques and its separators the non-empty
// intersections along a maximum-weight spanning forest of the clique graph (a
// junction tree).
func DecomposableGraphs(p int) []Graph {
	type edge struct{ a, b int }
	var edges []edge
	for a := 0; a < p; a++ {
		for b := a + 1; b < p; b++ {
			edges = append(edges, edge{a, b})
		}
	}
	var out []Graph
	for mask := 0; mask < 1<<len(edges); mask++ {
		adj := make([]term, p)
		for i, e := range edges {
			if mask>>i&1 == 1 {
				adj[e.a] |= 1 << e.b
				adj[e.b] |= 1 << e.a
			}
		}
		isClique := func(s term) bool {
			for v := 0; v < p; v++ {
				if s>>v&1 == 1 && (s&^(1<<v))&^adj[v] != 0 {
					return false
				}
			}
			return true
		}
		// Chordal: vertices can be removed one by one, each simplicial (its
		// remaining neighbours form a clique).
		left := term(1)<<p - 1
		for left != 0 {
			removed := false
			for v := 0; v < p; v++ {
				if left>>v&1 == 1 && isClique(adj[v]&left) {
					left &^= 1 << v
					removed = true
					break
				}
			}
			if !removed {
				break
			}
		}
		if left != 0 {
			continue
		}
		var cliques []term
		for s := term(1); s < term(1)<<p; s++ {
			if !isClique(s) {
				continue
			}
			maximal := true
			for v := 0; v < p; v++ {
				if s>>v&1 == 0 && isClique(s|1<<v) {
					maximal = false
					break
				}
			}
			if maximal {
				cliques = append(cliques, s)
			}
		}
		sort.Slice(cliques, func(i, j int) bool { return cliques[i].String() < cliques[j].String() })
		out = append(out, Graph{Cliques: cliques, Separators: junction(cliques)})
	}
	return out
}

// junction returns the non-empty separators of a maximum-weight spanning forest of
// the clique graph (Kruskal): the junction tree's separators.
func junction(cliques []term) []term {
	type pair struct {
		i, j int
		w    int
	}
	var pairs []pair
	for i := range cliques {
		for j := i + 1; j < len(cliques); j++ {
			if w := k(int(cliques[i] & cliques[j])); w > 0 {
				pairs = append(pairs, pair{i, j, w})
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].w > pairs[b].w })
	parent := make([]int, len(cliques))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	var seps []term
	for _, pr := range pairs {
		a, b := find(pr.i), find(pr.j)
		if a != b {
			parent[a] = b
			seps = append(seps, cliques[pr.i]&cliques[pr.j])
		}
	}
	return seps
}

// BMAConfig sets dga's bma.cr. Its zero value is dga's default.
type BMAConfig struct {
	// Delta is the prior cell count; 0 means 2^-p.
	Delta float64
	// MinMissing and MaxMissing bound the grid of unobserved counts n0; MaxMissing
	// 0 means 5n, widened fourfold while more than 1e-6 of the posterior lies in
	// the grid's last 5% (docs/mse.md §5), up to MaxWidening·n, MaxGrid points or
	// MaxWork, whichever is smallest. A MaxMissing given is not widened, and must keep the
	// grid within MaxGrid points.
	MinMissing, MaxMissing int
	// LogPrior is the log prior of N = n + n0; nil means −log N, a 1/N prior.
	LogPrior func(N float64) float64
	// Progress, when not nil, receives a line of progress now and then.
	Progress io.Writer
}

// MaxWidening is how far the automatic grid widens: n0 up to 320 times the number
// observed (dga's runs needed 20n for HIV and 80n for Madigan and York's three
// lists).
const MaxWidening = 320

// MaxGrid is the most grid points BMA computes: the posterior of N is held as one
// float64 per point, and every graph's weight is computed at every point.
const MaxGrid = 1 << 23

// MaxWork bounds the automatic widening by time: graphs × grid points at most 2^28
// (for five lists' 822 graphs, 326,000 points, some 30 s on one core).
const MaxWork = 1 << 28

// GraphProb is a graph's posterior probability.
type GraphProb struct {
	Graph Graph
	Prob  float64
}

// BMAResult is the posterior of the total N.
type BMAResult struct {
	// Mean is the posterior mean on the grid; when Warnings holds mean_undefined
	// the true mean is infinite and this figure only measures the grid.
	Mean              float64
	Median, Low, High int // the median and the 2.5% and 97.5% quantiles
	// HighBeyondGrid is true when more than 2.5% of the posterior lies beyond the
	// grid (by a power-law extrapolation of its tail): High is then only the
	// grid's end and the 97.5% quantile is unbounded as far as this run knows.
	HighBeyondGrid         bool
	Mode                   int
	Delta                  float64
	MinMissing, MaxMissing int
	// LastMass is the posterior mass on the grid's last 5%; TailBeyond the mass
	// the tail's power law puts beyond the grid (0 when the tail decays faster).
	LastMass, TailBeyond float64
	// Graphs are every graph with its posterior probability, most probable first.
	Graphs []GraphProb
	// Posterior[i] is P(N = n + MinMissing + i).
	Posterior []float64
	// Warnings: saturated_dominant, mean_undefined, grid_cap.
	Warnings []Caution
}

// BMA averages over the decomposable graphical models of the lists, as dga's bma.cr
// does (Madigan and York, "Bayesian methods for estimation of the size of a closed
// population", Biometrika 84, 1997; docs/mse.md §5): an exact sum over every graph and
// every n0 of the grid, no sampling. It needs 3 to 5 lists.
//
// The grid is computed in chunks, each graph's log weights rescaled chunk by chunk,
// so memory is one float64 per grid point whatever the number of graphs.
func (tb *Table) BMA(cfg BMAConfig) (BMAResult, error) {
	p := tb.T
	if p < 3 || p > 5 {
		return BMAResult{}, fmt.Errorf("%w: dga averages over 3 to 5 lists, not %d", ErrBMA, p)
	}
	if err := tb.Validate(); err != nil {
		return BMAResult{}, err
	}
	n := tb.N()
	if cfg.MinMissing < 0 || cfg.MaxMissing < 0 || (cfg.MaxMissing > 0 && cfg.MaxMissing < cfg.MinMissing) {
		return BMAResult{}, fmt.Errorf("%w: grid %d..%d", ErrBMA, cfg.MinMissing, cfg.MaxMissing)
	}
	widen := cfg.MaxMissing == 0
	if widen {
		cfg.MaxMissing = cfg.MinMissing + 5*int(n)
	}
	if cfg.MaxMissing-cfg.MinMissing+1 > MaxGrid {
		return BMAResult{}, fmt.Errorf("%w: a grid of %d points, at most %d", ErrLimit, cfg.MaxMissing-cfg.MinMissing+1, MaxGrid)
	}
	graphs := DecomposableGraphs(p)
	limit := cfg.MinMissing + min(MaxWidening*int(n), MaxGrid-1, MaxWork/len(graphs))
	if widen && cfg.MaxMissing > limit {
		cfg.MaxMissing = limit
	}
	for {
		r := tb.bma(cfg, graphs)
		if !widen || r.LastMass <= 1e-6 {
			return r, nil
		}
		if cfg.MaxMissing >= limit {
			r.Warnings = warn(r.Warnings, GridCap, "the grid stopped at n0 = %d (its cap: %d·n, %d points, or %d graph-points of work) with %.3g of the posterior in its last 5%% and about %.3g beyond it: the quantiles are those of the posterior cut at the grid, each below the true one", r.MaxMissing, MaxWidening, MaxGrid, MaxWork, r.LastMass, r.TailBeyond)
			return r, nil
		}
		cfg.MaxMissing = min(cfg.MinMissing+4*(cfg.MaxMissing-cfg.MinMissing), limit)
	}
}

// bmaChunk is how many grid points one worker computes at a time.
const bmaChunk = 2048

func (tb *Table) bma(cfg BMAConfig, graphs []Graph) BMAResult {
	p := tb.T
	n := tb.N()
	delta := cfg.Delta
	if delta == 0 {
		delta = math.Pow(2, -float64(p))
	}
	lg := func(x float64) float64 { v, _ := math.Lgamma(x); return v }
	m := cfg.MaxMissing - cfg.MinMissing + 1
	// The constant part of compLML(C, ·) for every non-empty subset C of the
	// lists (over the cells with a capture on C), and D_C[0] + δ_C.
	cst := make([]float64, 1<<p)
	zero := make([]float64, 1<<p)
	for ci := 1; ci < 1<<p; ci++ {
		c := term(ci)
		size := k(int(c))
		alpha := delta * math.Pow(2, float64(p-size))
		marg := make(map[term]float64)
		for h, y := range tb.Counts {
			marg[term(h)&c] += y
		}
		v := -math.Pow(2, float64(size)) * lg(alpha)
		for sub := c; sub != 0; sub = (sub - 1) & c {
			v += lg(marg[sub] + alpha)
		}
		cst[c], zero[c] = v, marg[0]+alpha
	}
	sumLgY := 0.0
	for _, y := range tb.Counts[1:] {
		sumLgY += lg(y + 1)
	}
	tot := math.Pow(2, float64(p)) * delta
	// Each chunk of the grid: every graph's log weights, exponentiated relative
	// to the chunk's maximum; the chunk's scale kept to put the chunks on one.
	chunks := (m + bmaChunk - 1) / bmaChunk
	scale := make([]float64, chunks)
	gprob := make([][]float64, chunks) // per chunk, per graph, relative to scale
	post := make([]float64, m)
	pr := newProgress(cfg.Progress, fmt.Sprintf("bma over %d graphs, n0 in %d..%d", len(graphs), cfg.MinMissing, cfg.MaxMissing), chunks, "chunks")
	workers := runtime.GOMAXPROCS(0)
	type buf struct{ comp, w, base []float64 }
	bufs := make([]*buf, workers)
	parallelFor(workers, chunks, func(wk, ch int) {
		b := bufs[wk]
		if b == nil {
			b = &buf{comp: make([]float64, (1<<p)*bmaChunk), w: make([]float64, len(graphs)*bmaChunk), base: make([]float64, 2*bmaChunk)}
			bufs[wk] = b
		}
		i0 := ch * bmaChunk
		cn := min(bmaChunk, m-i0)
		base, den := b.base[:cn], b.base[bmaChunk:bmaChunk+cn]
		for i := range cn {
			n0 := float64(cfg.MinMissing + i0 + i)
			lp := -math.Log(n + n0)
			if cfg.LogPrior != nil {
				lp = cfg.LogPrior(n + n0)
			}
			base[i] = lg(n0+n+1) - sumLgY - lg(n0+1) + lp
			den[i] = lg(tot) - lg(n0+n+tot)
		}
		for c := 1; c < 1<<p; c++ {
			row := b.comp[c*bmaChunk : c*bmaChunk+cn]
			for i := range row {
				row[i] = cst[c] + lg(zero[c]+float64(cfg.MinMissing+i0+i))
			}
		}
		best := math.Inf(-1)
		for g, gr := range graphs {
			row := b.w[g*bmaChunk : g*bmaChunk+cn]
			comps := float64(len(gr.Cliques) - len(gr.Separators))
			for i := range row {
				row[i] = base[i] + comps*den[i]
			}
			for _, c := range gr.Cliques {
				for i, v := range b.comp[int(c)*bmaChunk : int(c)*bmaChunk+cn] {
					row[i] += v
				}
			}
			for _, s := range gr.Separators {
				for i, v := range b.comp[int(s)*bmaChunk : int(s)*bmaChunk+cn] {
					row[i] -= v
				}
			}
			for _, v := range row {
				best = max(best, v)
			}
		}
		probs := make([]float64, len(graphs))
		acc := post[i0 : i0+cn]
		for g := range graphs {
			s := 0.0
			for i, v := range b.w[g*bmaChunk : g*bmaChunk+cn] {
				d := v - best
				if d < -746 {
					continue
				}
				e := math.Exp(d)
				acc[i] += e
				s += e
			}
			probs[g] = s
		}
		scale[ch], gprob[ch] = best, probs
		pr.step()
	})
	best := slices.Max(scale)
	probs := make([]float64, len(graphs))
	for ch := range chunks {
		f := math.Exp(scale[ch] - best)
		i0 := ch * bmaChunk
		for i := i0; i < min(m, i0+bmaChunk); i++ {
			post[i] *= f
		}
		for g, v := range gprob[ch] {
			probs[g] += v * f
		}
	}
	total := 0.0
	for _, v := range probs {
		total += v
	}
	r := BMAResult{Delta: delta, MinMissing: cfg.MinMissing, MaxMissing: cfg.MaxMissing, Posterior: post}
	mode := 0
	for i := range post {
		post[i] /= total
		r.Mean += post[i] * (n + float64(cfg.MinMissing+i))
		if post[i] > post[mode] {
			mode = i
		}
	}
	r.Mode = int(n) + cfg.MinMissing + mode
	quant := func(q float64) int {
		c := 0.0
		for i, v := range post {
			c += v
			if c >= q {
				return int(n) + cfg.MinMissing + i
			}
		}
		return int(n) + cfg.MaxMissing
	}
	r.Median, r.Low, r.High = quant(0.5), quant(0.025), quant(0.975)
	for i := m - int(math.Ceil(0.05*float64(m))); i < m; i++ {
		r.LastMass += post[i]
	}
	for g := range graphs {
		r.Graphs = append(r.Graphs, GraphProb{Graph: graphs[g], Prob: probs[g] / total})
	}
	slices.SortStableFunc(r.Graphs, func(a, b GraphProb) int {
		switch {
		case a.Prob > b.Prob:
			return -1
		case a.Prob < b.Prob:
			return 1
		}
		return 0
	})
	r.judge(tb, cfg, n)
	return r
}

// judge sets the result's warnings. The posterior's tail is read as a power law
// N^a from its last point and the point 5% of the grid before it: beyond the grid
// it holds about p(G)·G/(−a−1) (a < −1), and a mean over a grid ten times wider
// would grow by about p(G)·G²(10^(a+2) − 1)/(a+2) (a > −2: the mean diverges).
func (r *BMAResult) judge(tb *Table, cfg BMAConfig, n float64) {
	full := term(1)<<tb.T - 1
	for _, g := range r.Graphs {
		if len(g.Graph.Cliques) == 1 && g.Graph.Cliques[0] == full && g.Prob > 0.5 {
			r.Warnings = warn(r.Warnings, SaturatedDominant, "the complete graph %s holds %.3g of the posterior: under it the posterior of N depends on nothing but n and the prior, so the overlaps between lists do not inform the estimate", g.Graph.Name(), g.Prob)
		}
	}
	m := len(r.Posterior)
	j := max(1, m/20)
	last, prev := r.Posterior[m-1], r.Posterior[m-1-min(j, m-1)]
	if m < 2 || last <= 0 || prev <= 0 {
		return
	}
	nG := n + float64(r.MaxMissing)
	nP := n + float64(r.MaxMissing-min(j, m-1))
	a := math.Log(last/prev) / math.Log(nG/nP)
	if a < -1 {
		r.TailBeyond = last * nG / (-a - 1)
	} else {
		r.TailBeyond = math.Inf(1)
	}
	if r.TailBeyond > 0.025 {
		r.HighBeyondGrid = true
	}
	if a > -2 {
		grow := last * nG * nG * (math.Pow(10, a+2) - 1) / (a + 2)
		if grow > 1e-4*r.Mean {
			why := fmt.Sprintf("the posterior's tail decays as N^%.3f", a)
			if cfg.LogPrior == nil {
				why = fmt.Sprintf("under the 1/N prior the complete graph's posterior of N decays as N^(δ−2) = N^%.3f (here the tail reads N^%.3f)", r.Delta-2, a)
			}
			r.Warnings = warn(r.Warnings, MeanUndefined, "%s, so the posterior mean is infinite: the %.1f on this grid would grow by about %.3g on a grid ten times wider; report the median and quantiles", why, r.Mean, grow)
		}
	}
}

// parallelFor calls do(worker, i) for i in [0, n) on workers goroutines.
func parallelFor(workers, n int, do func(worker, i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for wk := range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				do(wk, i)
			}
		}()
	}
	wg.Wait()
}
