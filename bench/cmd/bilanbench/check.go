package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

// series is a trends result: per country and month, the events, the fatalities
// and the rolling mean of fatalities.
type series map[[2]string]point

type point struct {
	events, fatalities float64
	rolling            float64 // NaN when the tool left it empty
}

// Column names of the trends result, bilan's and the peers'.
var (
	bilanColumns = [5]string{"key", "period", "events", "best", "rolling"}
	peerColumns  = [5]string{"country", "month", "events", "fatalities", "rolling3"}
)

// readSeries reads a trends result from a CSV file with a header naming cols
// (key, month, events, fatalities, rolling mean), in any order among others.
func readSeries(path string, cols [5]string) (series, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseSeries(f, cols)
}

func parseSeries(r io.Reader, cols [5]string) (series, error) {
	cr := csv.NewReader(r)
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	var idx [5]int
	for i, c := range cols {
		idx[i] = -1
		for j, h := range head {
			if strings.TrimSpace(h) == c {
				idx[i] = j
			}
		}
		if idx[i] < 0 {
			return nil, fmt.Errorf("no column %q in header %q", c, head)
		}
	}
	s := series{}
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return s, nil
		}
		if err != nil {
			return nil, err
		}
		var p point
		num := func(i int, empty float64) (float64, error) {
			v := strings.TrimSpace(rec[idx[i]])
			if v == "" || v == "NA" {
				return empty, nil
			}
			x, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return 0, fmt.Errorf("line %d: %s: %w", line, cols[i], err)
			}
			return x, nil
		}
		if p.events, err = num(2, math.NaN()); err != nil {
			return nil, err
		}
		if p.fatalities, err = num(3, math.NaN()); err != nil {
			return nil, err
		}
		if p.rolling, err = num(4, math.NaN()); err != nil {
			return nil, err
		}
		k := [2]string{rec[idx[0]], rec[idx[1]]}
		if _, dup := s[k]; dup {
			return nil, fmt.Errorf("line %d: %s %s twice", line, k[0], k[1])
		}
		s[k] = p
	}
}

// rollingTolerance is how far two rolling means may differ, relative to their size
// (at least 1): the peers print 15 to 17 significant digits.
const rollingTolerance = 1e-9

// compare returns nil when got has the same rows as want with the same events and
// fatalities and rolling means within rollingTolerance, or an error describing
// the first differences.
func compare(want, got series) error {
	var diffs []string
	keys := make([][2]string, 0, len(want))
	for k := range want {
		keys = append(keys, k)
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	n, gaps := 0, 0
	for _, k := range keys {
		w, inW := want[k]
		g, inG := got[k]
		var d string
		switch {
		case !inG:
			if w.events == 0 {
				gaps++
			}
			d = fmt.Sprintf("%s %s: missing (bilan: %v events)", k[0], k[1], w.events)
		case !inW:
			d = fmt.Sprintf("%s %s: not in bilan's output", k[0], k[1])
		case w.events != g.events:
			d = fmt.Sprintf("%s %s: events %v, bilan %v", k[0], k[1], g.events, w.events)
		case !sameNum(w.fatalities, g.fatalities, 0):
			d = fmt.Sprintf("%s %s: fatalities %v, bilan %v", k[0], k[1], g.fatalities, w.fatalities)
		case !sameNum(w.rolling, g.rolling, rollingTolerance):
			d = fmt.Sprintf("%s %s: rolling mean %v, bilan %v", k[0], k[1], g.rolling, w.rolling)
		default:
			continue
		}
		n++
		if len(diffs) < 3 {
			diffs = append(diffs, d)
		}
	}
	if n == 0 {
		return nil
	}
	hint := ""
	if gaps > 0 {
		hint = fmt.Sprintf(" (%d months without events: bilan writes every month from the first to the last, "+
			"the peers roll over the months present, so they agree only where every country has every month, as in the 1M-row file)", gaps)
	}
	return fmt.Errorf("%d of %d rows differ from bilan's%s, first: %s", n, len(keys), hint, strings.Join(diffs, "; "))
}

// sameNum reports whether a and b agree within tol relative to max(1, |a|), two
// NaNs (both empty) agreeing.
func sameNum(a, b, tol float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Abs(a-b) <= tol*math.Max(1, math.Abs(a))
}
