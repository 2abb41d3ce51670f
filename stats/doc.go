// Package stats turns reconciled claims into statistics: time series of claimed and
// confirmed figures by period and key, claim inflation, silence rates, trends and
// change points, the spread of violence to new areas, and period claims set against
// the events they cover.
//
// Conventions, stated once:
//
//   - Figures are intervals. Series sum the Low, Best and High of claims.Reconcile's
//     assessments; a High sum with one unbounded term is unbounded (claims.Inf).
//   - An unknown figure is never zero. An event whose figure for the measure is not
//     known is counted in Events and in Unknown, and left out of the sums.
//   - Every period between the first and the last period of an aggregation is
//     present, with zeros where no event fell: a quiet month is data.
//   - Periods are days, ISO 8601 weeks, calendar months, quarters and years, labelled
//     2025-07-22, 2025-W30, 2025-07, 2025-Q3 and 2025.
//   - Randomness (bootstrap) is seeded by the caller and reproducible.
//
// Change points: ChangePoints splits a count series into segments of constant mean
// under a negative binomial likelihood whose one dispersion θ is estimated with the
// changes (counts of deaths are overdispersed; a Poisson cost, also offered for
// comparison with R's changepoint, sees changes in noise), penalised by the MBIC as
// R's changepoint 2.3 defines it (3·log n per change plus the log of each
// segment's length). The split is the exact optimum, by the optimal partition or,
// beyond 1,000 periods, by PELT with pruning that stays exact; every segment,
// the first included, is at least MinLen periods long. A change's interval is a
// likelihood-ratio set calibrated by a parametric bootstrap; a segment's is an exact
// negative binomial interval widened over the ends its changes allow. The rates at
// which this finds changes that are not there and misses those that are, and the
// intervals' coverage, were measured by simulation and are stated on ChangePoints.
package stats

import "errors"

// ErrUnknown is returned for a name (period, key, measure) that is not defined.
var ErrUnknown = errors.New("stats: unknown name")
