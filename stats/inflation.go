package stats

import (
	"fmt"
	"math"
	"sort"

	"github.com/bilan-dev/bilan/claims"
	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"
)

// Comparison is one event's highest partisan claim beside its credible figure, for
// one outcome and group.
type Comparison struct {
	EventID     string
	Date        claims.Date
	Perpetrator string
	Outcome     claims.Outcome
	Group       claims.Group
	Status      claims.Status
	Confirmed   claims.Figure // the credible estimate; Unknown when none
	Claimed     claims.Figure
	ClaimedBy   claims.Source
}

// Compare lists, for every event and every assessment of outcome o that carries a
// partisan claim, the claim beside the credible figure, reconciling each event under
// policy pol.
func Compare(events []claims.Event, pol claims.Policy, o claims.Outcome) []Comparison {
	var out []Comparison
	for i := range events {
		out = CompareEvent(out, &events[i], pol.Reconcile(&events[i]), o)
	}
	return out
}

// CompareEvent appends to dst the comparisons of one event from its assessments.
func CompareEvent(dst []Comparison, e *claims.Event, as []claims.Assessment, o claims.Outcome) []Comparison {
	for _, a := range as {
		if a.Outcome != o || a.ClaimedBy.Name == "" {
			continue
		}
		dst = append(dst, Comparison{
			EventID: e.ID, Date: e.Date, Perpetrator: e.Perpetrator.Name,
			Outcome: a.Outcome, Group: a.Group, Status: a.Status,
			Confirmed: a.Estimate, Claimed: a.Claimed, ClaimedBy: a.ClaimedBy,
		})
	}
	return dst
}

// InflationBy says what inflation ratios are grouped by.
type InflationBy uint8

// The groupings.
const (
	BySource      InflationBy = iota // the claimant (after citations)
	ByClaimedFrom                    // the event's perpetrator
)

// InflationConfig sets how ratios are computed. Its zero value is the default.
type InflationConfig struct {
	By InflationBy
	// Level is the confidence level of the interval; 0 means 0.95.
	Level float64
	// Policy chooses, through Policy.Count, the statuses whose credible figures a
	// ratio may rest on. With a zero Count every comparison with a credible figure
	// is used (under the default policy these are exactly the counted statuses).
	Policy claims.Policy
}

// MinIntervalEvents is the fewest events an inflation interval is given for: with
// two, the t interval's 12.7 × s/√2 half-width says nothing, and its coverage
// cannot be checked.
const MinIntervalEvents = 3

// Exclusions lists, by reason, the events left out of an inflation ratio, by ID.
type Exclusions struct {
	// Qualitative: the credible figure is qualitative only ("heavy toll"): it
	// says there were losses, not how many.
	Qualitative []string
	// Unbounded: the credible figure has no upper bound ("at least 10"): the
	// ratio has no lower bound.
	Unbounded []string
	// Zero: the credible figure may be 0 (its Low is 0), or the claim's point is
	// 0: no ratio can be bounded or logged.
	Zero []string
	// NoCredible: no credible figure (claimed only, pending, contested without a
	// figure).
	NoCredible []string
	// ClaimUnstated: the partisan claim gives no number (unknown or qualitative).
	ClaimUnstated []string
	// NotCounted: the credible figure's status is not among the Policy's counted
	// statuses.
	NotCounted []string
}

// Total returns the number of events left out.
func (x *Exclusions) Total() int {
	return len(x.Qualitative) + len(x.Unbounded) + len(x.Zero) + len(x.NoCredible) + len(x.ClaimUnstated) + len(x.NotCounted)
}

// Inflation is how far one source's (or perpetrator's) claims exceed the credible
// figures.
type Inflation struct {
	Key string
	// Events counts the events the ratio rests on: those whose claim and credible
	// figure are both bounded numbers, the credible one above zero.
	Events int
	// Ratio is the geometric mean over those events of claim/credible, each at
	// its point (claims.BestPoint, or the figure's Low when it states none: the
	// rule claims.Reconcile uses for Best, applied to claim and credible figure
	// alike). NaN when Events is 0.
	Ratio float64
	// Low and High bound the Level interval of the geometric mean: the Student t
	// interval on the log ratios (see Inflate). NaN when Events < MinIntervalEvents.
	Low, High float64
	// MinRatio and MaxRatio are the geometric means of the per-event interval
	// ends [claim.Min/credible.Max, claim.Max/credible.Min]: how low and how high
	// the ratio could be given the figures' own ranges, before any sampling error.
	// MaxRatio is +Inf when a claim has no upper bound. NaN when Events is 0.
	MinRatio, MaxRatio float64
	// Undetermined counts the events whose own ratio interval contains 1: on
	// those the figures cannot tell an inflated claim from an accurate one.
	Undetermined int
	// CannotTell is set when the data cannot say whether the claims exceed the
	// credible figures: no interval (fewer than MinIntervalEvents events), an
	// interval containing 1, or figures whose ranges allow a ratio of 1 on
	// average (MinRatio <= 1 <= MaxRatio).
	CannotTell bool
	// Excluded lists the events left out, by reason.
	Excluded Exclusions
}

// Reason says why the data cannot tell whether the claims exceed the credible
// figures, or returns "" when it can (CannotTell is false): no usable event, fewer
// than MinIntervalEvents events (no interval), an interval containing 1, or
// figures whose own ranges allow a ratio of 1.
func (in *Inflation) Reason() string {
	switch {
	case !in.CannotTell:
		return ""
	case in.Events == 0:
		return "no usable event"
	case in.Events < MinIntervalEvents:
		return fmt.Sprintf("fewer than %d events: no interval", MinIntervalEvents)
	case in.Low <= 1 && 1 <= in.High:
		return "the interval contains 1"
	}
	return "the figures' own ranges allow a ratio of 1"
}

// eventTotal is one event's claim and credible figure, summed over the groups both
// give a usable number for.
type eventTotal struct {
	claimPt, credPt  float64
	claimLo, claimHi float64
	credLo, credHi   float64
	used             bool
	reason           *[]string
	reasonRank       int
}

// Inflate computes inflation ratios from comparisons, one per claimant (or
// perpetrator), sorted by key.
//
// An event counts when its claim states a number and its credible figure is a
// bounded number above zero; every other event is left out under its reason
// (Inflation.Excluded), never divided by a floor. An event's ratio is its claimed
// total over its credible total across the groups usable for both, each figure at
// the same point convention (claims.BestPoint, else Low).
//
// The ratio is the geometric mean of the per-event ratios, exp(mean log r). Its
// interval is the Student t interval for the mean of the logs, back-transformed:
// exp(mean ± t(n-1, (1+Level)/2) · s/√n) (Student 1908), an interval for the
// geometric mean, which is the median when the ratios are log-normal (the "naive"
// interval of Zhou and Gao 1997, "Confidence intervals for the log-normal mean",
// Statistics in Medicine 16, is this one read as an interval for the median). It
// replaces the percentile bootstrap, which covered 82-84% of the true factor at 5
// events and 89-93% at 10 in bilan's simulations (issue 11). Simulated in
// TestInflationCoverage (log-normal scatter of the claims, σ 0.5 and 1, rounded
// to whole numbers), it covers 0.951-0.954 at 5 events, 0.945-0.949 at 10 and
// 0.955 at 30, for a nominal 0.95. Below MinIntervalEvents events there is no
// interval.
func Inflate(cmps []Comparison, cfg InflationConfig) []Inflation {
	level := cfg.Level
	if level <= 0 || level >= 1 {
		level = 0.95
	}
	perKey := map[string]map[string]*eventTotal{}
	excluded := map[string]*Exclusions{}
	for _, c := range cmps {
		key := c.ClaimedBy.Name
		if cfg.By == ByClaimedFrom {
			key = c.Perpetrator
		}
		if perKey[key] == nil {
			perKey[key] = map[string]*eventTotal{}
			excluded[key] = &Exclusions{}
		}
		t := perKey[key][c.EventID]
		if t == nil {
			t = &eventTotal{reasonRank: math.MaxInt}
			perKey[key][c.EventID] = t
		}
		x := excluded[key]
		conf := c.Confirmed
		rank, reason := 0, (*[]string)(nil)
		claimPt, claimOK := pointOf(c.Claimed)
		switch {
		case cfg.Policy.Count != 0 && !cfg.Policy.Counts(c.Status):
			rank, reason = 1, &x.NotCounted
		case !conf.IsKnown():
			rank, reason = 2, &x.NoCredible
		case conf.Qualifier == claims.Qualitative:
			rank, reason = 3, &x.Qualitative
		case conf.Max == claims.Inf:
			rank, reason = 4, &x.Unbounded
		case conf.Min == 0:
			rank, reason = 5, &x.Zero
		case !claimOK:
			rank, reason = 6, &x.ClaimUnstated
		case claimPt == 0:
			rank, reason = 7, &x.Zero
		}
		if reason != nil {
			if rank < t.reasonRank {
				t.reasonRank, t.reason = rank, reason
			}
			continue
		}
		credPt, _ := pointOf(conf)
		t.used = true
		t.claimPt += claimPt
		t.credPt += credPt
		t.claimLo += float64(c.Claimed.Min)
		t.claimHi += maxOf(c.Claimed)
		t.credLo += float64(conf.Min)
		t.credHi += float64(conf.Max)
	}
	keys := make([]string, 0, len(perKey))
	for k := range perKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]Inflation, 0, len(keys))
	for _, k := range keys {
		ids := make([]string, 0, len(perKey[k]))
		for id := range perKey[k] {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		inf := Inflation{Key: k, Ratio: math.NaN(), Low: math.NaN(), High: math.NaN(), MinRatio: math.NaN(), MaxRatio: math.NaN()}
		var logs, los, his []float64
		for _, id := range ids {
			t := perKey[k][id]
			if !t.used {
				*t.reason = append(*t.reason, id)
				continue
			}
			logs = append(logs, math.Log(t.claimPt/t.credPt))
			lo, hi := t.claimLo/t.credHi, t.claimHi/t.credLo
			los, his = append(los, math.Log(lo)), append(his, math.Log(hi))
			if lo <= 1 && 1 <= hi {
				inf.Undetermined++
			}
		}
		inf.Excluded = *excluded[k]
		inf.Events = len(logs)
		if n := len(logs); n > 0 {
			inf.Ratio = math.Exp(stat.Mean(logs, nil))
			inf.MinRatio, inf.MaxRatio = math.Exp(stat.Mean(los, nil)), math.Exp(stat.Mean(his, nil))
			if n >= MinIntervalEvents {
				inf.Low, inf.High = tInterval(logs, level)
			}
		}
		inf.CannotTell = math.IsNaN(inf.Low) || (inf.Low <= 1 && 1 <= inf.High) ||
			(inf.MinRatio <= 1 && 1 <= inf.MaxRatio)
		out = append(out, inf)
	}
	return out
}

// tInterval returns exp of the Student t interval for the mean of logs at level.
func tInterval(logs []float64, level float64) (lo, hi float64) {
	n := float64(len(logs))
	m, sd := stat.MeanStdDev(logs, nil)
	t := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: n - 1}.Quantile(1 - (1-level)/2)
	h := t * sd / math.Sqrt(n)
	return math.Exp(m - h), math.Exp(m + h)
}

// pointOf is the figure's point under the rule claims.Reconcile uses for Best: the
// point it states (claims.BestPoint), else its Low. A qualitative or unknown figure
// has none.
func pointOf(f claims.Figure) (float64, bool) {
	if !f.IsKnown() || f.Qualifier == claims.Qualitative {
		return 0, false
	}
	if v, ok := claims.BestPoint(f); ok {
		return float64(v), true
	}
	return float64(f.Min), true
}

func maxOf(f claims.Figure) float64 {
	if f.Max == claims.Inf {
		return math.Inf(1)
	}
	return float64(f.Max)
}

// quantile is the type-7 sample quantile (R's default, Hyndman & Fan 1996) of sorted
// x. gonum's stat.Quantile offers the empirical and the type-4 interpolated ones only;
// type 7 is kept so the figures agree with R's quantile() and numpy's default.
func quantile(x []float64, p float64) float64 {
	h := p * float64(len(x)-1)
	i := int(math.Floor(h))
	if i+1 >= len(x) {
		return x[len(x)-1]
	}
	return x[i] + (h-float64(i))*(x[i+1]-x[i])
}
