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
package stats

import "errors"

// ErrUnknown is returned for a name (period, key, measure) that is not defined.
var ErrUnknown = errors.New("stats: unknown name")
