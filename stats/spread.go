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

// NewAreas returns, for each period with at least one new area, the areas whose first
// event of the data falls in it. Events without an admin1 count by country alone.
func NewAreas(events []claims.Event, p Period) []Spread {
	first := map[string]int{}
	for i := range events {
		e := &events[i]
		area := e.Place.Country
		if e.Place.Admin1 != "" {
			area += " / " + e.Place.Admin1
		}
		idx := p.Index(e.Date)
		if f, ok := first[area]; !ok || idx < f {
			first[area] = idx
		}
	}
	byPeriod := map[int][]string{}
	for area, idx := range first {
		byPeriod[idx] = append(byPeriod[idx], area)
	}
	out := make([]Spread, 0, len(byPeriod))
	for idx, areas := range byPeriod {
		sort.Strings(areas)
		out = append(out, Spread{Period: idx, Label: p.Label(idx), New: areas})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Period < out[j].Period })
	return out
}
