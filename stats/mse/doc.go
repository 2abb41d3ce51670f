// Package mse estimates how many were killed, counting those no list recorded:
// multiple systems estimation (capture-recapture) from the overlaps of lists of
// victims, as HRDAG estimated killings in Kosovo, Peru and Colombia.
//
// It computes what the reference R packages compute, so that the same table gives
// the same numbers:
//
//   - Rcapture's closedp.t models (Baillargeon and Rivest, "Rcapture: Loglinear
//     Models for Capture-Recapture in R", Journal of Statistical Software 19, 2007):
//     M0, Mt, Mh and Mth with Chao's lower bound (and the negative-eta rule),
//     Poisson2, Darroch and Gamma3.5 heterogeneity, Mb and Mbh, as Poisson
//     log-linear models on the 2^t − 1 observable capture histories, fitted by
//     iteratively reweighted least squares as R's glm does (start μ = y + 0.1,
//     convergence at a relative deviance change below 1e-8, at most 25 steps);
//     and closedp.bc's small-sample bias correction of them (BiasCorrect);
//   - hierarchical log-linear models named by generating class ("[123,14,34]"),
//     the all-two-way model, and the search over all of them (closedpMS.t);
//   - the multinomial profile-likelihood interval of closedpCI.t, with Cormack's
//     (1992) correction;
//   - Lincoln-Petersen and Chapman two-list estimates (Seber 1982, §3.1.1) with Wald
//     intervals, and Chao's (1987) moment lower bound n + f1²/(2 f2) with its
//     log-normal interval (not Rcapture's log-linear "Mh Chao (LB)");
//   - dga's Bayesian model averaging over decomposable graphs (BMA);
//   - LCMCR's Dirichlet-process latent-class model (Manrique-Vallier 2016), by the
//     same Gibbs sampler, seeded.
//
// A capture history is a string of 0 and 1, one character per list, the first
// character for list 1; a Table holds the count of each of the 2^t − 1 observable
// histories, and may name its lists. Tables with no unit, one list, or a list
// that recorded nobody are errors (Validate).
//
// # Judgement
//
// Rcapture's infoFit code is kept in Estimate.Status (as R reports it) and
// Estimate.InfoFit (1, 3, and 13 when both hold). Beyond it, every result carries
// Cautions with stable codes (boundary, bias, no_convergence, infinite_estimate,
// negative_estimate, interval_excludes_estimate, saturated_dominant,
// mean_undefined, grid_cap, sparse_table), each with a message. An estimate that
// does not exist (infinite: above 1,000 times the number observed, or a standard
// error above 10 times the estimate; or below the number observed) is reported by
// Exists, and Search ranks it after every estimate that does. Intervals never go
// below the number observed.
//
// Under dga's default prior (1/N, δ = 2^-p) the complete graph's posterior of N
// decays as N^(δ−2), so the posterior mean is infinite whenever that graph has
// weight; BMA says so (mean_undefined) when the mean on the grid would visibly grow
// with the grid, and saturated_dominant when that graph holds most of the weight.
//
// # Bounded cost
//
// Search enumerates at most MaxSearchLists lists (5: 6,893 models), Closedp and
// Model fit at most MaxModelLists (14); beyond, an error wrapping ErrLimit before
// any work. BMA computes its grid in chunks, holding one float64 per grid point;
// the automatic widening stops at MaxWidening·n, MaxGrid points or MaxWork
// graph-points, with a grid_cap caution. The configurations take an optional
// Progress writer for long computations.
package mse
