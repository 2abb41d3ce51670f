package claims

import (
	"bytes"
	"os"
	"testing"
)

// BenchmarkDecodeJSON reads a native JSON file event by event: BILAN_NATIVE_JSON
// names it (e.g. one written by `bilan convert -to json` from the benchmark's
// ACLED file); without it the Sahel seed dataset repeated stands in.
func BenchmarkDecodeJSON(b *testing.B) {
	data := benchNative(b, "BILAN_NATIVE_JSON", func(d *Dataset, buf *bytes.Buffer) error { return WriteJSON(buf, d) })
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		for _, err := range NewDecoder(bytes.NewReader(data), "bench").Events() {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkDecodeCSV is BenchmarkDecodeJSON for the native CSV (BILAN_NATIVE_CSV).
func BenchmarkDecodeCSV(b *testing.B) {
	data := benchNative(b, "BILAN_NATIVE_CSV", func(d *Dataset, buf *bytes.Buffer) error { return WriteCSV(buf, d) })
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		for _, err := range NewDecoder(bytes.NewReader(data), "bench").Events() {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

func benchNative(b *testing.B, env string, write func(*Dataset, *bytes.Buffer) error) []byte {
	if p := os.Getenv(env); p != "" {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		return data
	}
	f, err := os.Open("../testdata/sahel-2025.json")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	seed, err := Read(f, "sahel")
	if err != nil {
		b.Fatal(err)
	}
	d := &Dataset{}
	for i := range 2000 {
		for _, e := range seed.Events {
			e.ID += "-" + itoa(i)
			d.Events = append(d.Events, e)
		}
	}
	var buf bytes.Buffer
	if err := write(d, &buf); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}
