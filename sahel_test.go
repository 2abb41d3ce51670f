package bilan_test

import (
	"testing"

	"github.com/bilan-dev/bilan"
)

func TestSahel(t *testing.T) {
	d := bilan.Sahel()
	if got := len(d.Events); got != 5 {
		t.Errorf("%d events, want the 5 of docs/design.md's report", got)
	}
	if got := len(d.Periods); got != 2 {
		t.Errorf("%d period claims, want 2", got)
	}
	b := bilan.SahelJSON()
	b[0] = 'x'
	if bilan.SahelJSON()[0] != '{' {
		t.Error("SahelJSON returns the embedded bytes, not a copy")
	}
}
