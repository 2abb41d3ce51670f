package main

import (
	"io"
	"os"
	"testing"

	"github.com/bilan-dev/bilan/report"
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

// BenchmarkReportACLED builds the report of an ACLED file (BILAN_ACLED, or the test
// file) without writing it.
func BenchmarkReportACLED(b *testing.B) {
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
		if _, err := buildReport(e, input{name: path, path: path}, readOpts{}, report.Config{}); err != nil {
			b.Fatal(err)
		}
	}
}
