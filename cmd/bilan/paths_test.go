package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mixedFile is an ACLED export of n good rows with a bad row of every kind the
// issue saw accepted by one path and rejected by another, and a CSV syntax error.
func mixedFile(t *testing.T, n int) (path string, good int) {
	var b strings.Builder
	b.WriteString("event_id_cnty,event_date,time_precision,actor1,inter1,actor2,inter2,country,admin1,latitude,longitude,notes,fatalities\n")
	bad := []string{
		"B1,2024-01-02,1,A,2,B,1,Mali,Mopti,95,-3.2,x,4",                      // latitude
		"B2,2024-01-02,9,A,2,B,1,Mali,Mopti,14.5,-3.2,x,4",                    // time_precision
		"B3,2024-01-02,1,A,12,B,1,Mali,Mopti,14.5,-3.2,x,4",                   // inter1
		",2024-01-02,1,A,2,B,1,Mali,Mopti,14.5,-3.2,x,4",                      // empty id
		"B5,2024-01-02,1,A,2,B,1,,Mopti,14.5,-3.2,x,4",                        // empty country
		"B6,2024-01-02,1,A\xff,2,B,1,Mali,Mopti,14.5,-3.2,x,4",                // invalid UTF-8
		"B7,2024-01-02,1,A,2,B,1,Mali,Mopti,14.5,-3.2,x,+12",                  // sign
		"B8,2024-01-02,1,A,2,B,1,Mali,Mopti,14.5,-3.2,x,92233720368547758070", // overflow
		"B9,2024-01-02,1,A,2,B,1,Mali,Mopti,14.5,-3.2,x",                      // field count
		"B10,2024-01-02,1,A,2,B,1,Mali,Mo\"pti,14.5,-3.2,x,4",                 // bare quote
		"G0,2024-01-02,1,A,2,B,1,Niger,Tahoua,14.5,-3.2,x,4",                  // duplicate of the first good row
	}
	for i := range n {
		fmt.Fprintf(&b, "G%d,2024-%02d-%02d,1,A%d,2,B,1,%s,R,14.5,-3.2,\"note, %d\",%d\n", i, 1+i%12, 1+i%28, i%3, []string{"Mali", "Niger", "Burkina Faso"}[i%3], i, i%5)
		if i%(n/len(bad)) == 0 && i/(n/len(bad)) < len(bad) {
			b.WriteString(bad[i/(n/len(bad))] + "\n")
		}
	}
	path = filepath.Join(t.TempDir(), "mixed.csv")
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	return path, n
}

// TestEveryPathSameRows: convert, summary, report and trends — on the parallel ACLED
// path (-by country) and on the event path (-by group) — keep the same events and
// skip the same rows of one file under -lenient, and all fail without it.
func TestEveryPathSameRows(t *testing.T) {
	path, good := mixedFile(t, 2200)
	const bad = 11
	events := func(csv string) int {
		n := 0
		for _, line := range strings.Split(strings.TrimSpace(csv), "\n")[1:] {
			f := strings.Split(line, ",")
			k, err := strconv.Atoi(f[2])
			require.NoError(t, err)
			n += k
		}
		return n
	}
	skipped := regexp.MustCompile(`(\d+) bad rows skipped, (\d+) events read`)
	check := func(name, stderr string) {
		m := skipped.FindStringSubmatch(stderr)
		require.NotNil(t, m, "%s: %s", name, stderr)
		assert.Equal(t, strconv.Itoa(bad), m[1], name)
		assert.Equal(t, strconv.Itoa(good), m[2], name)
	}
	for _, by := range []string{"country", "group", "none"} {
		code, stdout, stderr := bilanRun(t, "", "trends", "-lenient", "-by", by, "-measure", "events", "-period", "year", path)
		require.Equal(t, 0, code, stderr)
		assert.Equal(t, good, events(stdout), "trends -by %s", by)
		check("trends -by "+by, stderr)
	}
	code, stdout, stderr := bilanRun(t, "", "convert", "-lenient", "-to", "csv", path)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, good, strings.Count(stdout, "\nevent,"), "convert")
	check("convert", stderr)

	code, _, stderr = bilanRun(t, "", "summary", "-lenient", path)
	require.Equal(t, 0, code, stderr)
	check("summary", stderr)

	code, _, stderr = bilanRun(t, "", "report", "-lenient", "-o", t.TempDir(), path)
	require.Equal(t, 0, code, stderr)
	check("report", stderr)
	assert.Contains(t, stderr, fmt.Sprintf("report: %d events in", good))

	for _, args := range [][]string{{"trends", "-by", "country"}, {"trends", "-by", "group"}, {"convert"}, {"summary"}, {"report", "-o", t.TempDir()}, {"validate"}} {
		code, stdout, stderr := bilanRun(t, "", append(args, path)...)
		assert.Equal(t, 1, code, "%v fails without -lenient", args)
		if args[0] != "report" {
			assert.Empty(t, stdout, "%v writes nothing", args)
		}
		assert.Contains(t, stderr, "11 bad records of 2211", "%v", args)
		if args[0] == "validate" {
			assert.NotContains(t, stderr, "-lenient", "validate has no -lenient to suggest")
		}
	}
}

// TestLenientAllBad: -lenient with every row bad exits 1 and says so, instead of an
// empty result with status 0.
func TestLenientAllBad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "allbad.csv")
	require.NoError(t, os.WriteFile(path, []byte("event_id_cnty,event_date,country,fatalities\nA,x,Mali,1\nB,y,Mali,1\n"), 0o644))
	for _, args := range [][]string{{"trends", "-by", "country"}, {"convert"}, {"report", "-o", t.TempDir()}} {
		code, _, stderr := bilanRun(t, "", append(append(args, "-lenient"), path)...)
		assert.Equal(t, 1, code, "%v", args)
		assert.Contains(t, stderr, "all 2 records were bad", "%v", args)
	}
}
