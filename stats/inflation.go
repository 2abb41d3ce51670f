package stats

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"

	"github.com/bilan-dev/bilan/claims"
	"gonum.org/v1/gonum/stat"
)

// Comparison is one event's highest partisan claim beside its confirmed figure, for
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
// partisan claim, the claim beside the confirmed figure.
func Compare(events []claims.Event, o claims.Outcome) []Comparison {
	var out []Comparison
	for i := range events {
		out = CompareEvent(out, &events[i], claims.Reconcile(&events[i]), o)
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
	// Resamples is the number of bootstrap resamples; 0 means 2000.
	Resamples int
	// Seed seeds the bootstrap (PCG); the same seed gives the same interval.
	Seed uint64
	// Level is the confidence level of the interval; 0 means 0.95.
	Level float64
}

// Inflation is how far one source's (or perpetrator's) claims exceed the confirmed
// figures: the geometric mean over events of claimed/confirmed, with a percentile
// bootstrap interval over events.
type Inflation struct {
	Key    string
	Events int // the events the ratio rests on
	// Ratio is the geometric mean of the per-event ratios; Low and High bound its
	// bootstrap interval. They are NaN when Events is 0.
	Ratio, Low, High float64
}

// Inflate computes inflation ratios from comparisons. An event counts when its claim
// has a conservative point and its confirmed Best is above zero; its ratio is the
// claimed total over the confirmed total across its groups. The interval is the
// percentile bootstrap (Efron and Tibshirani 1993, ch. 13) of the geometric mean,
// resampling events.
func Inflate(cmps []Comparison, cfg InflationConfig) []Inflation {
	type tot struct{ claimed, confirmed float64 }
	perKey := map[string]map[string]*tot{}
	for _, c := range cmps {
		p, ok := c.Claimed.Point(claims.Conservative)
		if !ok || !c.Confirmed.IsKnown() {
			continue
		}
		key := c.ClaimedBy.Name
		if cfg.By == ByClaimedFrom {
			key = c.Perpetrator
		}
		if perKey[key] == nil {
			perKey[key] = map[string]*tot{}
		}
		t := perKey[key][c.EventID]
		if t == nil {
			t = &tot{}
			perKey[key][c.EventID] = t
		}
		t.claimed += p
		t.confirmed += float64(c.Confirmed.Best)
	}
	b := cfg.Resamples
	if b <= 0 {
		b = 2000
	}
	level := cfg.Level
	if level <= 0 || level >= 1 {
		level = 0.95
	}
	keys := make([]string, 0, len(perKey))
	for k := range perKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []Inflation
	for _, k := range keys {
		ids := make([]string, 0, len(perKey[k]))
		for id := range perKey[k] {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		var logs []float64
		for _, id := range ids {
			t := perKey[k][id]
			if t.confirmed > 0 && t.claimed > 0 {
				logs = append(logs, math.Log(t.claimed/t.confirmed))
			}
		}
		inf := Inflation{Key: k, Events: len(logs), Ratio: math.NaN(), Low: math.NaN(), High: math.NaN()}
		if len(logs) > 0 {
			inf.Ratio = math.Exp(stat.Mean(logs, nil))
			rng := rand.New(rand.NewPCG(cfg.Seed, uint64(len(logs))))
			means := make([]float64, b)
			for r := range means {
				s := 0.0
				for range logs {
					s += logs[rng.IntN(len(logs))]
				}
				means[r] = s / float64(len(logs))
			}
			slices.Sort(means)
			inf.Low = math.Exp(quantile(means, (1-level)/2))
			inf.High = math.Exp(quantile(means, 1-(1-level)/2))
		}
		out = append(out, inf)
	}
	return out
}

// quantile is the type-7 sample quantile (R's default, Hyndman & Fan 1996) of sorted
// x. gonum's stat.Quantile offers the empirical and the type-4 interpolated ones only;
// type 7 is kept so the intervals agree with R's quantile() and numpy's default.
func quantile(x []float64, p float64) float64 {
	h := p * float64(len(x)-1)
	i := int(math.Floor(h))
	if i+1 >= len(x) {
		return x[len(x)-1]
	}
	return x[i] + (h-float64(i))*(x[i+1]-x[i])
}
