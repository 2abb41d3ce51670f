// Package stats turns reconciled claims into statistics: time series of claimed and
// credible figures by period and key, claim inflation, silence rates, trends and
// change points, the spread of violence to new areas, and period claims set against
// the events they cover.
//
// Conventions, stated once:
//
//   - Figures are intervals. Series sum the Low, Best and High of claims.Reconcile's
//     assessments; a High sum with one unbounded term is unbounded (claims.Inf).
//   - "Credible", not "confirmed": the sums take the estimates of the statuses the
//     caller's claims.Policy counts (Policy.Count; by default single_source,
//     corroborated, confirmed and contested, every status with a credible figure).
//     Observer, Compare, Statuses, CheckPeriods and InflationConfig take the Policy;
//     "confirmed" sums are the ones of a policy that counts confirmed only.
//   - An unknown figure is never zero. An event whose figure for the measure is not
//     known, or not counted, is counted in Events and in Unknown, and left out of
//     the sums. Values gives NaN for a period whose events all lack a figure, and
//     Rolling and Cumulative skip NaN as pandas does (rolling(k, min_periods=1),
//     cumsum): an unknown period is not a quiet one.
//   - Groups are totalled by a hierarchy (GroupTotal, after docs/quantities.md §4 on
//     pooled figures): soldiers, militia and foreign forces may be inside a
//     security_forces figure, and every group inside an unknown-group figure
//     ("people"). A figure is never added to one that may contain it: "10 soldiers"
//     and "15 security forces" total at least 15 and at most 25, Best 15.
//   - A key's series starts at its own first event and runs to the data's last
//     period; every period between is present, with zeros where no event fell: a
//     quiet month is data. FilledSeries starts every key at the data's first period.
//   - Periods are days, ISO 8601 weeks, calendar months, quarters and years, labelled
//     2025-07-22, 2025-W30, 2025-07, 2025-Q3 and 2025.
//   - Claim inflation (Inflate) uses only events whose claim states a number and
//     whose credible figure is a bounded number above zero; the others are counted
//     apart by reason. Claim and credible figure are reduced to a point by the same
//     rule (claims.BestPoint, else Low). The interval is the Student t interval on
//     the log ratios, given from MinIntervalEvents events; its coverage of the true
//     geometric-mean ratio, simulated in TestInflationCoverage, is 0.945-0.955 at 5,
//     10 and 30 events (nominal 0.95), where the percentile bootstrap it replaced
//     covered 0.82-0.84 at 5.
//   - Randomness in tests and simulations is seeded and reproducible.
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
