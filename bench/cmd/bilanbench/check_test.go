package main

import (
	"strings"
	"testing"
	"time"
)

// bilanCSV is bilan's trends output for two months of one country (written by
// hand in bilan's columns): rolling means 3 and (3+4)/2 = 3.5.
const bilanCSV = `key,period,events,low,best,high,claimed,rolling
Mali,2025-01,2,3,3,3,,3
Mali,2025-02,1,4,4,4,,3.5
`

func TestCompare(t *testing.T) {
	want, err := parseSeries(strings.NewReader(bilanCSV), bilanColumns)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, peer string
		ok         bool
		msg        string
	}{
		{"same rows in another order and column order agree",
			"month,country,fatalities,events,rolling3\n2025-02,Mali,4,1,3.5\n2025-01,Mali,3,2,3.0\n", true, ""},
		{"rolling means within 1e-9 relative agree",
			"country,month,events,fatalities,rolling3\nMali,2025-01,2,3,3.0000000000001\nMali,2025-02,1,4,3.49999999999999\n", true, ""},
		{"a rolling mean off by 1e-6 differs",
			"country,month,events,fatalities,rolling3\nMali,2025-01,2,3,3\nMali,2025-02,1,4,3.500001\n", false, "rolling mean"},
		{"a different event count differs",
			"country,month,events,fatalities,rolling3\nMali,2025-01,3,3,3\nMali,2025-02,1,4,3.5\n", false, "events 3, bilan 2"},
		{"a different fatality sum differs",
			"country,month,events,fatalities,rolling3\nMali,2025-01,2,3,3\nMali,2025-02,1,5,4\n", false, "fatalities 5, bilan 4"},
		{"a missing row differs",
			"country,month,events,fatalities,rolling3\nMali,2025-01,2,3,3\n", false, "missing"},
		{"an extra row differs",
			"country,month,events,fatalities,rolling3\nMali,2025-01,2,3,3\nMali,2025-02,1,4,3.5\nNiger,2025-01,1,0,0\n", false, "not in bilan's output"},
		{"an empty rolling mean (data.table's NA) differs from a number",
			"country,month,events,fatalities,rolling3\nMali,2025-01,2,3,NA\nMali,2025-02,1,4,3.5\n", false, "rolling mean"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseSeries(strings.NewReader(tt.peer), peerColumns)
			if err != nil {
				t.Fatal(err)
			}
			err = compare(want, got)
			if tt.ok != (err == nil) {
				t.Fatalf("compare = %v, want ok %v", err, tt.ok)
			}
			if err != nil && !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("compare = %v, want it to say %q", err, tt.msg)
			}
		})
	}
}

func TestParseSeriesRejects(t *testing.T) {
	tests := []struct{ name, in, msg string }{
		{"a missing column", "country,month,events,fatalities\nMali,2025-01,1,1\n", `no column "rolling3"`},
		{"a row twice", "country,month,events,fatalities,rolling3\nMali,2025-01,1,1,1\nMali,2025-01,1,1,1\n", "twice"},
		{"a number that is not one", "country,month,events,fatalities,rolling3\nMali,2025-01,one,1,1\n", "events"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseSeries(strings.NewReader(tt.in), peerColumns)
			if err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("parseSeries = %v, want an error saying %q", err, tt.msg)
			}
		})
	}
}

// TestMedian pins the median of an even count to the mean of the middle two.
func TestMedian(t *testing.T) {
	j := &job{}
	for _, s := range []float64{4, 1, 3, 2} {
		j.runs = append(j.runs, sample{wall: time.Duration(s * float64(time.Second))})
	}
	med, lo, hi := j.median(wallSeconds)
	if med != 2.5 || lo != 1 || hi != 4 {
		t.Errorf("median = %v, %v-%v, want 2.5, 1-4", med, lo, hi)
	}
}
