package ledger

import (
	"path/filepath"
	"testing"
)

// BenchmarkImport measures an import of b.N synthetic events with two claims each
// into a new ledger, in one transaction.
func BenchmarkImport(b *testing.B) {
	l, err := Create(filepath.Join(b.TempDir(), "l.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	b.ResetTimer()
	if _, err := l.Import(ctx, Origin{Name: "bench"}, synthetic(0, b.N, nil), nil); err != nil {
		b.Fatal(err)
	}
}
