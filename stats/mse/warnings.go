package mse

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Code names a kind of warning. The codes are stable: programs may test them.
type Code string

// The warning codes.
const (
	// Boundary: some fitted cell rates are numerically 0 (glm's "fitted rates
	// numerically 0 occurred", Rcapture's infoFit 3), or a term of the model has
	// no record in its margin: the maximum-likelihood estimate lies on the
	// boundary of the parameter space and may not exist.
	Boundary Code = "boundary"
	// Bias: Rcapture's asymptotic bias exceeds 10% of the estimate (infoFit 1).
	Bias Code = "bias"
	// NoConvergence: the fit did not converge in R's 25 steps, or its variance is
	// not positive (infoFit 1).
	NoConvergence Code = "no_convergence"
	// InfiniteEstimate: the estimate does not exist as a finite number (it is
	// infinite, or diverges: more than 1,000 times the number observed, or a
	// standard error more than 10 times the estimate).
	InfiniteEstimate Code = "infinite_estimate"
	// NegativeEstimate: the estimate is below the number observed (Mb and Mbh can
	// give negative totals).
	NegativeEstimate Code = "negative_estimate"
	// IntervalExcludesEstimate: the profile interval does not contain the Poisson
	// estimate, or has collapsed to a point.
	IntervalExcludesEstimate Code = "interval_excludes_estimate"
	// SaturatedDominant: in model averaging, the complete graph (every list
	// depending on every other) holds most of the posterior; its posterior of N
	// depends on nothing but n and the prior.
	SaturatedDominant Code = "saturated_dominant"
	// MeanUndefined: the posterior mean of N is infinite under the prior (its tail
	// decays too slowly); the figure on a finite grid depends on the grid.
	MeanUndefined Code = "mean_undefined"
	// GridCap: the grid of N stopped growing at its cap with posterior mass still
	// in its last 5%; every quantile is then a lower bound of the true one.
	GridCap Code = "grid_cap"
	// SparseTable: two lists share no record, or most observable histories are
	// empty: log-linear estimates are unstable and may not exist.
	SparseTable Code = "sparse_table"
)

// Caution is a machine-readable warning attached to a result (the JSON "warnings"
// of bilan mse); the name Warning is the Status of infoFit 1.
type Caution struct {
	Code    Code   `json:"code"`
	Message string `json:"message"`
}

func (w Caution) String() string { return string(w.Code) + ": " + w.Message }

func warn(ws []Caution, c Code, format string, a ...any) []Caution {
	return append(ws, Caution{Code: c, Message: fmt.Sprintf(format, a...)})
}

// HasCaution reports whether ws holds a warning with code c.
func HasCaution(ws []Caution, c Code) bool {
	return slices.ContainsFunc(ws, func(w Caution) bool { return w.Code == c })
}

// Validate reports a table no estimate can be drawn from: fewer than two lists, no
// unit observed, or a list that recorded no unit. ReadTable, ReadLists and
// FromLists call it.
func (tb *Table) Validate() error {
	if tb.T < 2 {
		return fmt.Errorf("%w: %d list; multiple systems estimation needs at least 2", ErrTable, tb.T)
	}
	if len(tb.Counts) != 1<<tb.T {
		return fmt.Errorf("%w: %d counts for %d lists, want %d", ErrTable, len(tb.Counts), tb.T, 1<<tb.T)
	}
	if tb.N() == 0 {
		return fmt.Errorf("%w: every count is 0: no unit observed, nothing to estimate from", ErrTable)
	}
	for j := range tb.T {
		on := 0.0
		for h, c := range tb.Counts {
			if h>>j&1 == 1 {
				on += c
			}
		}
		if on == 0 {
			return fmt.Errorf("%w: list %s recorded no unit: drop it, a list without records says nothing about overlap", ErrTable, tb.name(j))
		}
	}
	return nil
}

// name is list j's name (0-based).
func (tb *Table) name(j int) string {
	if j < len(tb.Names) && tb.Names[j] != "" {
		return tb.Names[j]
	}
	return fmt.Sprint(j + 1)
}

// termNames writes a set of lists by the lists' names: "EXH×ABA".
func (tb *Table) termNames(tm term) string {
	var parts []string
	for j := range tb.T {
		if tm>>j&1 == 1 {
			parts = append(parts, tb.name(j))
		}
	}
	return strings.Join(parts, "×")
}

// margin is the number of units recorded by every list of tm.
func (tb *Table) margin(tm term) float64 {
	s := 0.0
	for h, c := range tb.Counts {
		if term(h)&tm == tm {
			s += c
		}
	}
	return s
}

// Warnings returns the table's own warnings: sparse_table when two lists share no
// record or when more than half the observable histories are empty.
func (tb *Table) Warnings() []Caution {
	var ws []Caution
	var apart []string
	for a := 0; a < tb.T; a++ {
		for b := a + 1; b < tb.T; b++ {
			if tb.margin(term(1<<a|1<<b)) == 0 {
				apart = append(apart, tb.name(a)+" and "+tb.name(b))
			}
		}
	}
	if len(apart) > 0 {
		ws = warn(ws, SparseTable, "lists %s share no record: a model that takes them as independent (given the other lists) has no finite estimate, and one with their interaction sits on the boundary", strings.Join(apart, ", "))
	}
	empty := 0
	for _, c := range tb.Counts[1:] {
		if c == 0 {
			empty++
		}
	}
	if cells := len(tb.Counts) - 1; 2*empty > cells {
		ws = warn(ws, SparseTable, "%d of the %d observable histories are empty: log-linear fits may sit on the boundary and their estimates may not exist", empty, cells)
	}
	return ws
}

// Exists reports whether the estimate is a finite total at least the number
// observed: false for a failed fit, an infinite_estimate or a negative_estimate.
func (e Estimate) Exists() bool {
	return e.Status != Failed && !math.IsNaN(e.Abundance) &&
		!HasCaution(e.Warnings, InfiniteEstimate) && !HasCaution(e.Warnings, NegativeEstimate)
}

// judge sets the estimate's warnings and Rcapture-style infoFit code from its fit.
func (tb *Table) judge(e *Estimate, f glmFit, tiny bool) {
	n := tb.N()
	cond1, cond3 := false, false
	if !f.converged {
		cond1 = true
		e.Warnings = warn(e.Warnings, NoConvergence, "the fit did not converge in 25 IRLS steps (R's glm limit)")
	} else if math.IsNaN(e.StdErr) || e.StdErr <= 0 {
		cond1 = true
		e.Warnings = warn(e.Warnings, NoConvergence, "the estimated variance of N is not positive: the standard error does not exist")
	}
	if !math.IsNaN(e.Bias) && math.Abs(e.Bias) > 0.1*e.Abundance {
		cond1 = true
		e.Warnings = warn(e.Warnings, Bias, "asymptotic bias %.4g is more than 10%% of the estimate (Rcapture: large bias)", e.Bias)
	}
	if tiny {
		cond3 = true
		e.Warnings = warn(e.Warnings, Boundary, "fitted rates numerically 0 occurred: the MLE is on the boundary and may not exist")
	}
	if d := e.Abundance - n; d >= 0 && d < 0.5 {
		e.Warnings = warn(e.Warnings, Boundary, "the model puts %.3g units outside every list (N̂ = n): the estimate sits on the boundary n0 = 0, which on sparse overlaps is a failure of the model, not evidence that the lists missed no one", d)
	}
	for _, tm := range e.spec.terms {
		if tb.margin(tm) == 0 {
			e.Warnings = warn(e.Warnings, Boundary, "the interaction %s has no record in its margin: its MLE is −∞", tb.termNames(tm))
		}
	}
	switch {
	case math.IsInf(e.Abundance, 0) || math.IsNaN(e.Abundance):
		e.Warnings = warn(e.Warnings, InfiniteEstimate, "the estimate is not a finite number")
	case e.Abundance < n:
		e.Warnings = warn(e.Warnings, NegativeEstimate, "the estimate %.4g is below the %.0f units observed", e.Abundance, n)
	case e.Abundance > 1000*n:
		e.Warnings = warn(e.Warnings, InfiniteEstimate, "the estimate %.4g is more than 1,000 times the %.0f observed: the fit diverges, no finite MLE", e.Abundance, n)
	case e.StdErr > 10*e.Abundance:
		e.Warnings = warn(e.Warnings, InfiniteEstimate, "the standard error %.4g is more than 10 times the estimate: no usable finite estimate", e.StdErr)
	}
	switch {
	case f.rank < len(f.beta):
		e.InfoFit = 2
	case cond1 && cond3:
		e.InfoFit = 13
	case cond1:
		e.InfoFit = 1
	case cond3:
		e.InfoFit = 3
	}
}
