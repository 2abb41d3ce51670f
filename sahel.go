// Package bilan holds the Sahel seed dataset, embedded so that the bilan command and
// the examples run on a fresh checkout with no file. The library itself is in the
// packages below it: claims (the model, reconciliation, native formats), its readers
// claims/acled and claims/ucdp, and the command cmd/bilan.
//
// The dataset, testdata/sahel-2025.json, encodes the Arabic news report of 22 July
// 2025 summarised in docs/design.md: JNIM's claim of the checkpoint at Nimbougou
// with the local and security sources' "heavy toll" and the army's silence, the
// group's period claims, its claim of 26 soldiers killed at five posts in Burkina
// Faso, and the report's related headlines. Where the report gives no number the
// figure is unknown or qualitative, never invented.
package bilan

import (
	"bytes"
	_ "embed"

	"github.com/bilan-dev/bilan/claims"
)

//go:embed testdata/sahel-2025.json
var sahelJSON []byte

// SahelName is the name under which errors and reports refer to the embedded dataset.
const SahelName = "sahel-2025.json (embedded)"

// SahelJSON returns a copy of the embedded Sahel dataset in the native JSON format.
func SahelJSON() []byte { return bytes.Clone(sahelJSON) }

// Sahel returns the embedded Sahel dataset, decoded and validated. It panics if the
// embedded file is invalid, which the package's tests rule out.
func Sahel() *claims.Dataset {
	d, err := claims.Read(bytes.NewReader(sahelJSON), SahelName)
	if err != nil {
		panic(err)
	}
	return d
}
