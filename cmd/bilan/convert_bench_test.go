package main

import (
	"io"
	"os"
	"testing"
)

// BenchmarkConvertACLED converts an ACLED file to the native CSV: BILAN_ACLED names
// it (e.g. the benchmark's 1M-row file); without it the test file stands in.
func BenchmarkConvertACLED(b *testing.B) {
	path := os.Getenv("BILAN_ACLED")
	if path == "" {
		path = "../../claims/acled/testdata/current.csv"
	}
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(st.Size())
	e := &env{stdout: io.Discard, stderr: io.Discard}
	for b.Loop() {
		if err := convert(e, input{name: path, path: path}, readOpts{}, "csv"); err != nil {
			b.Fatal(err)
		}
	}
}
