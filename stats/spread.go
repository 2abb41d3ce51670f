package stats

import (
	"sort"

	"github.com/bilan-dev/bilan/claims"
)

// Spread lists the admin1 areas ("Country / Admin1") where an event fell for the first
// time in a period: violence reaching new areas ("activity spread to northern Benin
// and Togo").
type Spread struct {
	Period int
	Label  string
	New    []string
}

// AreaTracker records the first period of each area, event by event; NewAreas is
// its one-call form.
type AreaTracker struct {
	p     Period
	first map[string]int
}

// NewAreaTracker returns an empty tracker over periods p.
func NewAreaTracker(p Period) *AreaTracker { return &AreaTracker{p: p, first: map[string]int{}} }

// Add records one event.
func (t *AreaTracker) Add(e *claims.Event) {
	area := e.Place.Country
	if e.Place.Admin1 != "" {
		area += " / " + e.Place.Admin1
	}
	t.addArea(area, t.p.Index(e.Date))
}

func (t *AreaTracker) addArea(area string, idx int) {
	if f, ok := t.first[area]; !ok || idx < f {
		t.first[area] = idx
	}
}

// Merge adds o's areas into t.
func (t *AreaTracker) Merge(o *AreaTracker) {
	for a, i := range o.first {
		t.addArea(a, i)
	}
}

// Spread returns, per period with a new area, the areas first seen in it.
func (t *AreaTracker) Spread() []Spread {
	byPeriod := map[int][]string{}
	for area, idx := range t.first {
		byPeriod[idx] = append(byPeriod[idx], area)
	}
	out := make([]Spread, 0, len(byPeriod))
	for idx, areas := range byPeriod {
		sort.Strings(areas)
		out = append(out, Spread{Period: idx, Label: t.p.Label(idx), New: areas})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Period < out[j].Period })
	return out
}

// NewAreas returns, for each period with at least one new area, the areas whose first
// event of the data falls in it. Events without an admin1 count by country alone.
func NewAreas(events []claims.Event, p Period) []Spread {
	t := NewAreaTracker(p)
	for i := range events {
		t.Add(&events[i])
	}
	return t.Spread()
}
