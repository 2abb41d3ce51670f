package mse

import (
	"errors"
	"fmt"
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
	// the grid's last 5% (docs/mse.md §5). A MaxMissing given is not widened.
	MinMissing, MaxMissing int
	// LogPrior is the log prior of N = n + n0; nil means −log N, a 1/N prior.
	LogPrior func(N float64) float64
}

// GraphProb is a graph's posterior probability.
type GraphProb struct {
	Graph Graph
	Prob  float64
}

// BMAResult is the posterior of the total N.
type BMAResult struct {
	Mean                   float64
	Median, Low, High      int // the median and the 2.5% and 97.5% quantiles
	Mode                   int
	Delta                  float64
	MinMissing, MaxMissing int
	// LastMass is the posterior mass on the grid's last 5%.
	LastMass float64
	// Graphs are every graph with its posterior probability, most probable first.
	Graphs []GraphProb
	// Posterior[i] is P(N = n + MinMissing + i).
	Posterior []float64
}

// BMA averages over the decomposable graphical models of the lists, as dga's bma.cr
// does (Madigan and York, "Bayesian methods for estimation of the size of a closed
// population", Biometrika 84, 1997; docs/mse.md §5): an exact sum over every graph and
// every n0 of the grid, no sampling. It needs 3 to 5 lists.
func (tb *Table) BMA(cfg BMAConfig) (BMAResult, error) {
	p := tb.T
	if p < 3 || p > 5 {
		return BMAResult{}, fmt.Errorf("%w: dga averages over 3 to 5 lists, not %d", ErrBMA, p)
	}
	n := tb.N()
	widen := cfg.MaxMissing == 0
	if widen {
		cfg.MaxMissing = 5 * int(n)
	}
	graphs := DecomposableGraphs(p)
	for range 6 {
		r := tb.bma(cfg, graphs)
		if !widen || r.LastMass <= 1e-6 {
			return r, nil
		}
		cfg.MaxMissing *= 4
	}
	return tb.bma(cfg, graphs), nil
}

func (tb *Table) bma(cfg BMAConfig, graphs []Graph) BMAResult {
	p := tb.T
	n := tb.N()
	delta := cfg.Delta
	if delta == 0 {
		delta = math.Pow(2, -float64(p))
	}
	lg := func(x float64) float64 { v, _ := math.Lgamma(x); return v }
	m := cfg.MaxMissing - cfg.MinMissing + 1
	n0s := make([]float64, m)
	for i := range n0s {
		n0s[i] = float64(cfg.MinMissing + i)
	}
	// compLML(C, n0) for every non-empty subset C of the lists: the constant part
	// over the cells with a capture on C, and lgamma(D_C[0] + n0 + δ_C).
	comp := make([][]float64, 1<<p)
	parallelFor(runtime.GOMAXPROCS(0), 1<<p-1, func(_, ci int) {
		c := term(ci + 1)
		size := k(int(c))
		alpha := delta * math.Pow(2, float64(p-size))
		marg := make(map[term]float64)
		for h, y := range tb.Counts {
			marg[term(h)&c] += y
		}
		cst := -math.Pow(2, float64(size)) * lg(alpha)
		for sub := c; ; sub = (sub - 1) & c {
			if sub != 0 {
				cst += lg(marg[sub] + alpha)
			}
			if sub == 0 {
				break
			}
		}
		v := make([]float64, m)
		for i, n0 := range n0s {
			v[i] = cst + lg(marg[0]+n0+alpha)
		}
		comp[c] = v
	})
	sumLgY := 0.0
	for _, y := range tb.Counts[1:] {
		sumLgY += lg(y + 1)
	}
	tot := math.Pow(2, float64(p)) * delta
	base := make([]float64, m) // multinomial coefficient and prior
	den := make([]float64, m)
	for i, n0 := range n0s {
		lp := -math.Log(n + n0)
		if cfg.LogPrior != nil {
			lp = cfg.LogPrior(n + n0)
		}
		base[i] = lg(n0+n+1) - sumLgY - lg(n0+1) + lp
		den[i] = lg(tot) - lg(n0+n+tot)
	}
	// The graphs' log weights, then their exponentials, each pass split over the
	// cores by graph.
	w := make([][]float64, len(graphs))
	workers := runtime.GOMAXPROCS(0)
	bests := make([]float64, len(graphs))
	parallelFor(workers, len(graphs), func(_, g int) {
		gr := graphs[g]
		row := make([]float64, m)
		comps := float64(len(gr.Cliques) - len(gr.Separators))
		for i := range row {
			row[i] = base[i] + comps*den[i]
		}
		for _, c := range gr.Cliques {
			for i, v := range comp[c] {
				row[i] += v
			}
		}
		for _, s := range gr.Separators {
			for i, v := range comp[s] {
				row[i] -= v
			}
		}
		b := math.Inf(-1)
		for _, v := range row {
			if v > b {
				b = v
			}
		}
		w[g], bests[g] = row, b
	})
	best := slices.Max(bests)
	posts := make([][]float64, workers)
	probs := make([]float64, len(graphs))
	parallelFor(workers, len(graphs), func(wk, g int) {
		if posts[wk] == nil {
			posts[wk] = make([]float64, m)
		}
		if bests[g]-best < -746 {
			return // the whole graph underflows: no mass
		}
		acc := posts[wk]
		s := 0.0
		for i, v := range w[g] {
			d := v - best
			if d < -746 {
				continue
			}
			e := math.Exp(d)
			acc[i] += e
			s += e
		}
		probs[g] = s
	})
	post := make([]float64, m)
	for _, acc := range posts {
		for i, v := range acc {
			post[i] += v
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
		r.Mean += post[i] * (n + n0s[i])
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
	return r
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
