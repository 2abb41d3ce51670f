// Package mse estimates how many were killed, counting those no list recorded:
// multiple systems estimation (capture-recapture) from the overlaps of lists of
// victims, as HRDAG estimated killings in Kosovo, Peru and Colombia.
//
// It computes what docs/mse.md defines, the way the reference R packages do, so
// that the same table gives the same numbers:
//
//   - Rcapture's closedp.t models (Baillargeon and Rivest, "Rcapture: Loglinear
//     Models for Capture-Recapture in R", Journal of Statistical Software 19, 2007):
//     M0, Mt, Mh and Mth with Chao's lower bound (and the negative-eta rule),
//     Poisson2, Darroch and Gamma3.5 heterogeneity, Mb and Mbh, as Poisson
//     log-linear models on the 2^t − 1 observable capture histories, fitted by
//     iteratively reweighted least squares as R's glm does (start μ = y + 0.1,
//     convergence at a relative deviance change below 1e-8, at most 25 steps);
//   - hierarchical log-linear models named by generating class ("[123,14,34]"),
//     the all-two-way model, and the search over all of them (closedpMS.t);
//   - the multinomial profile-likelihood interval of closedpCI.t, with Cormack's
//     (1992) correction;
//   - Lincoln-Petersen and Chapman two-list estimates (Seber 1982, §3.1.1) with Wald
//     intervals.
//
// A capture history is a string of 0 and 1, one character per list, the first
// character for list 1; a Table holds the count of each of the 2^t − 1 observable
// histories. Fit problems are statuses (Status), never silent numbers.
package mse
