package plot

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestChartWordsFormat: every chart text and its French and Arabic forms take the
// same arguments (see report's TestTranslationsFormat).
func TestChartWordsFormat(t *testing.T) {
	for key, tr := range chartWords {
		n := strings.Count(key, "%s")
		if n == 0 {
			continue
		}
		args := make([]any, n)
		for i := range args {
			args[i] = "x"
		}
		for _, s := range []string{key, tr[0], tr[1]} {
			assert.NotContains(t, fmt.Sprintf(s, args...), "%!", "%q", s)
		}
	}
	for id, w := range words {
		for _, s := range w {
			assert.NotEmpty(t, s, id)
		}
	}
}
