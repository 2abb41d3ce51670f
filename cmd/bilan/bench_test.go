package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

// BenchmarkTrendsACLED runs the trends workload (README, "The command") on the file named
// by $BILAN_BENCH_ACLED (a 1M-row file made by bench/acledgen), or on the ACLED fixture.
func BenchmarkTrendsACLED(b *testing.B) {
	path := os.Getenv("BILAN_BENCH_ACLED")
	if path == "" {
		path = "../../claims/acled/testdata/current.csv"
	}
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(st.Size())
	b.ReportAllocs()
	for b.Loop() {
		var errs strings.Builder
		if code := run([]string{"trends", "-by", "country", "-period", "month", "-rolling", "3", path}, nil, io.Discard, &errs); code != 0 {
			b.Fatal(errs.String())
		}
	}
}
