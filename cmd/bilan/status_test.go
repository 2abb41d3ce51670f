package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTrendsStatusChoosesCredible: -status lists the statuses low, best and high
// sum. On the seed dataset, Mali's July figures are corroborated and single-source
// heavy tolls: summed by default, absent (not zero) under -status confirmed.
func TestTrendsStatusChoosesCredible(t *testing.T) {
	code, stdout, stderr := bilanRun(t, "", "trends", "-by", "country")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, strings.Split(stdout, "\n"), "Mali,2025-07,4,2,2,inf,,")

	code, stdout, stderr = bilanRun(t, "", "trends", "-by", "country", "-status", "confirmed")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, strings.Split(stdout, "\n"), "Mali,2025-07,4,,,,,")
	assert.Contains(t, stderr, "5 events had no credible killed figure", "the five events, Burkina Faso's too")

	code, stdout, stderr = bilanRun(t, "", "trends", "-by", "country", "-status", "confirmed,corroborated")
	require.Equal(t, 0, code, stderr)
	// Nimbougou (corroborated, [1, inf)) alone.
	assert.Contains(t, strings.Split(stdout, "\n"), "Mali,2025-07,4,1,1,inf,,")

	code, _, stderr = bilanRun(t, "", "trends", "-status", "sure")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "-status")
}
