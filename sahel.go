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
