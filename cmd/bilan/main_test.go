package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bilan-dev/bilan"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// bilanRun runs the command with args and standard input in, and returns its exit
// status and outputs.
func bilanRun(t *testing.T, in string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, strings.NewReader(in), &o, &e)
	return code, o.String(), e.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), got)
}

// TestBadFiles runs validate on every malformed file of testdata/bad: each must be
// rejected with exit status 1 and a message that names the file, never a panic.
// The messages are kept in a golden file so that a change in them is seen.
func TestBadFiles(t *testing.T) {
	files, err := filepath.Glob("../../testdata/bad/*")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 15)
	var all strings.Builder
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			code, stdout, stderr := bilanRun(t, "", "validate", f)
			assert.Equal(t, 1, code)
			assert.Empty(t, stdout)
			require.NotEmpty(t, stderr)
			for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
				assert.True(t, strings.HasPrefix(line, f+":"), "line %q does not name the file", line)
			}
			all.WriteString(strings.ReplaceAll(stderr, "../../", ""))
		})
	}
	golden(t, "bad.golden", all.String())
}

func TestValidate(t *testing.T) {
	code, stdout, stderr := bilanRun(t, "", "validate")
	assert.Equal(t, 0, code, stderr)
	assert.Equal(t, bilan.SahelName+": valid: 5 events, 2 period claims\n", stdout)

	// Several files: every one is checked, the exit status is 1 if one is bad.
	code, stdout, stderr = bilanRun(t, "", "validate", "../../testdata/sahel-2025.json", "../../testdata/bad/duplicate-ids.json", "no-such-file.json")
	assert.Equal(t, 1, code)
	assert.Contains(t, stdout, "sahel-2025.json: valid")
	assert.Contains(t, stderr, "duplicate-ids.json: event bad-001 id: invalid dataset: duplicate id")
	assert.Contains(t, stderr, "no-such-file.json: open no-such-file.json: no such file or directory")
}

func TestSummary(t *testing.T) {
	code, stdout, stderr := bilanRun(t, "", "summary")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "killed soldiers: corroborated, low 1 best 1 high inf; claimed ? by JNIM / az-Zallaqa (claims 2, 3)")
	assert.Contains(t, stdout, "FAMa (Malian Armed Forces) (official_statement, state)  silence")
	golden(t, "summary.golden", stdout)

	code, stdout, stderr = bilanRun(t, "", "summary", "-json")
	require.Equal(t, 0, code, stderr)
	golden(t, "summary.json.golden", stdout)

	// Before the report nothing was known.
	code, stdout, _ = bilanRun(t, "", "summary", "-as-of", "2025-07-21")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, "as of 2025-07-21: 0 events, 0 period claims")

	code, _, stderr = bilanRun(t, "", "summary", "-as-of", "2025-02-30")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "-as-of")
}

func TestConvert(t *testing.T) {
	code, csvOut, stderr := bilanRun(t, "", "convert", "-to", "csv")
	require.Equal(t, 0, code, stderr)
	code, jsonOut, stderr := bilanRun(t, csvOut, "convert", "-to", "json", "-")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, string(bilan.SahelJSON()), jsonOut, "JSON -> CSV -> JSON through the command")

	code, _, stderr = bilanRun(t, "", "convert", "-to", "xml")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `-to "xml"`)

	code, stdout, _ := bilanRun(t, "", "convert", "-to", "csv", "../../testdata/bad/unknown-group.csv")
	assert.Equal(t, 1, code)
	assert.Empty(t, stdout, "nothing is written for invalid input")
}

func TestUsage(t *testing.T) {
	code, _, stderr := bilanRun(t, "")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "subcommands:")

	code, _, stderr = bilanRun(t, "", "frobnicate")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `no subcommand "frobnicate"`)

	code, stdout, _ := bilanRun(t, "", "help")
	assert.Equal(t, 0, code)
	for _, c := range []string{"validate", "summary", "convert"} {
		assert.Contains(t, stdout, "  "+c)
	}
	code, stdout, _ = bilanRun(t, "", "help", "summary")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, "usage: bilan summary [-as-of DATE] [-json] [-from FORMAT] [-lenient] [FILE]")
	assert.Contains(t, stdout, "-as-of")

	code, _, _ = bilanRun(t, "", "summary", "a", "b")
	assert.Equal(t, 2, code)
	code, _, _ = bilanRun(t, "", "summary", "-h")
	assert.Equal(t, 0, code)
}

// TestReadmeExample keeps the README's Nimbougou excerpt true to the command's output.
func TestReadmeExample(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	_, stdout, _ := bilanRun(t, "", "summary")
	_, after, ok := strings.Cut(string(readme), "## What a user sees")
	require.True(t, ok)
	n := 0
	for _, line := range strings.Split(after, "\n") {
		if strings.HasPrefix(line, "    sahel-") || strings.HasPrefix(line, "      ") || strings.HasPrefix(line, "     ") {
			assert.Contains(t, stdout, strings.TrimPrefix(line, "    "))
			n++
		}
		if strings.HasPrefix(line, "## The command") {
			break
		}
	}
	assert.Greater(t, n, 10, "the excerpt was found")
}

func TestImports(t *testing.T) {
	const acledFile = "../../claims/acled/testdata/current.csv"
	const ucdpFile = "../../claims/ucdp/testdata/ged.csv"

	// Detected from the header, in every subcommand that reads data.
	code, stdout, stderr := bilanRun(t, "", "validate", acledFile, ucdpFile, "../../claims/ucdp/testdata/candidate-noheader.csv")
	assert.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "current.csv: valid: 4 events")
	assert.Contains(t, stdout, "ged.csv: valid: 7 events")
	assert.Contains(t, stdout, "candidate-noheader.csv: valid: 2 events")
	assert.Contains(t, stderr, "warning: ../../claims/ucdp/testdata/ged.csv:5: field best: inconsistent figures: low 12, best 10, high 15: kept as read")

	code, stdout, stderr = bilanRun(t, "", "summary", acledFile)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "BFA9002  2025-07-16 (week)  Djibo, Soum, Sahel, Burkina Faso (exact)")
	assert.Contains(t, stdout, "killed unknown: pending, no credible figure", "an empty fatalities cell stays unknown")

	// convert -from names the format; the result is a valid native dataset.
	code, csvOut, stderr := bilanRun(t, "", "convert", "-from", "ucdp", "-to", "csv", ucdpFile)
	require.Equal(t, 0, code, stderr)
	code, stdout, stderr = bilanRun(t, csvOut, "validate", "-")
	assert.Equal(t, 0, code, stderr)
	assert.Equal(t, "<stdin>: valid: 7 events, 0 period claims\n", stdout)

	// Read from standard input too.
	raw, err := os.ReadFile(acledFile)
	require.NoError(t, err)
	code, stdout, _ = bilanRun(t, string(raw), "convert", "-to", "json", "-")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, `"id": "MLI9001"`)

	code, _, stderr = bilanRun(t, "", "convert", "-from", "gdelt", "-to", "csv", acledFile)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `-from: bilan: format "gdelt"`)
}

func TestImportBadRows(t *testing.T) {
	const bad = "../../claims/acled/testdata/badrows.csv"
	code, stdout, stderr := bilanRun(t, "", "convert", "-to", "csv", bad)
	assert.Equal(t, 1, code, "bad rows fail by default: no record is lost silently")
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, bad+`:3:274: field fatalities: bad field: fatalities "a dozen" is not a whole number`)
	assert.Contains(t, stderr, bad+": 7 bad records of 9; -lenient skips them and goes on")

	code, stdout, stderr = bilanRun(t, "", "convert", "-lenient", "-to", "json", bad)
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, `"id": "X3"`)
	assert.Contains(t, stdout, `"id": "X9"`)
	assert.Contains(t, stderr, "7 bad rows skipped, 2 events read")
}

func TestTrends(t *testing.T) {
	code, stdout, stderr := bilanRun(t, "", "trends", "-by", "country", "-period", "month", "-rolling", "3")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, "key,period,events,low,best,high,claimed,rolling\n"+
		"Burkina Faso,2025-07,1,,,,26,\n"+
		"Mali,2025-07,4,2,2,inf,,2\n", stdout)
	assert.Contains(t, stderr, "3 events had no credible killed figure")

	code, stdout, _ = bilanRun(t, "", "trends", "-by", "source_kind", "-period", "week", "-measure", "events")
	require.Equal(t, 0, code)
	assert.Contains(t, stdout, "militant_statement,2025-W27,1,,,,,\n", "the five posts: a month-precision date, 2025-07-01")
	assert.Contains(t, stdout, "local_sources,2025-W30,1,,,,,\n")

	code, stdout, _ = bilanRun(t, "", "trends", "-by", "country", "-period", "quarter", "../../claims/acled/testdata/current.csv")
	require.Equal(t, 0, code)
	assert.Contains(t, stdout, "Burkina Faso,2025-Q3,1,26,26,26,,\n")
	assert.Contains(t, stdout, "Mali,2024-Q1,1,0,0,0,,\n")

	for _, args := range [][]string{{"-by", "weather"}, {"-period", "decade"}, {"-measure", "displaced"}, {"-rolling", "-1"}} {
		code, _, _ = bilanRun(t, "", append([]string{"trends"}, args...)...)
		assert.Equal(t, 2, code, "%v", args)
	}
}

func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := bilanRun(t, "", "report", "-o", dir)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "report: 5 events in")
	page, err := os.ReadFile(filepath.Join(dir, "report.html"))
	require.NoError(t, err)
	assert.Contains(t, string(page), "<h1>Casualty claims and credible figures</h1>", "the default title, never a file path")
	assert.Contains(t, string(page), "bilan Sahel seed dataset")
	for _, name := range []string{"confirmed", "silence", "statuses", "countries"} {
		_, err := os.Stat(filepath.Join(dir, "charts", name+".png"))
		assert.NoError(t, err, name)
	}
	code, _, stderr = bilanRun(t, "", "report", "-o", filepath.Join(t.TempDir(), "acled"), "../../claims/acled/testdata/current.csv")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "report: 4 events in")
}

func TestMSECommand(t *testing.T) {
	const table = "../../stats/mse/testdata/hare.csv"
	code, stdout, stderr := bilanRun(t, "", "mse", "-json", "-ci", "-models", "M0,Mth Darroch,[12,3,4,5,6]", table)
	require.Equal(t, 0, code, stderr)
	var out struct {
		Models []map[string]any `json:"models"`
		Pairs  []map[string]any `json:"pairs"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	require.Len(t, out.Models, 3)
	m0 := out.Models[0]
	for _, k := range []string{"name", "abundance", "stderr", "deviance", "df", "aic", "bic", "status", "abundance_mult", "ci_low", "ci_high"} {
		assert.Contains(t, m0, k)
	}
	// Rcapture on hare: M0 75.43361863, profile interval [69.47208631, 82.99023199]
	// (testdata/hare.expected.txt, section 2).
	assert.InDelta(t, 75.43361863, m0["abundance"], 1e-6)
	assert.InDelta(t, 69.47208631, m0["ci_low"], 1e-3)
	assert.InDelta(t, 82.99023199, m0["ci_high"], 1e-3)
	assert.Equal(t, "[12,3,4,5,6]", out.Models[2]["name"])
	require.Len(t, out.Pairs, 15)
	for _, k := range []string{"lists", "lp", "lp_se", "chapman", "chapman_se", "ci_low", "ci_high"} {
		assert.Contains(t, out.Pairs[0], k)
	}
	assert.InDelta(t, 97.6, out.Pairs[0]["chapman"], 1e-9, "lists 1-2: (16+1)(28+1)/(4+1) − 1")

	code, stdout, _ = bilanRun(t, "", "mse", "-search", "bic", "-bma", "../../stats/mse/testdata/my3.csv")
	require.Equal(t, 0, code)
	assert.Contains(t, stdout, "hierarchical log-linear models, best first (8)")
	// dga on my3, the grid widened to 0..80n: median 731, [694, 787] (my3.expected.txt).
	assert.Contains(t, stdout, "posterior median 731, 95% interval [694, 787]")

	code, stdout, _ = bilanRun(t, "", "mse", "-bma", "-json", "../../stats/mse/testdata/lesbian.csv")
	require.Equal(t, 0, code)
	var b struct {
		BMA struct {
			Median, CILow, CIHigh int
			Graphs                []struct {
				Graph       string
				Probability float64
			}
		} `json:"bma"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &b))
	assert.Equal(t, 5131, b.BMA.Median)
	assert.Equal(t, "[14][234]", b.BMA.Graphs[0].Graph)

	code, _, stderr = bilanRun(t, "history,count\n01,x\n", "mse", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, `<stdin>:2: bad table: count "x" is not a whole number`)
	code, _, _ = bilanRun(t, "", "mse", "-search", "cp", table)
	assert.Equal(t, 2, code)
}

func TestExtractCommand(t *testing.T) {
	in := "أعلنت الجماعة مقتل 26 جنديًا في هجمات على 5 مواقع عسكرية\nRien à signaler.\nMore than 2,000 soldiers were killed.\n"
	code, stdout, stderr := bilanRun(t, in, "extract")
	require.Equal(t, 0, code, stderr)
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	require.Len(t, lines, 3)
	// Byte offsets: "أعلنت الجماعة مقتل " is 35 bytes of Arabic letters and spaces.
	assert.Equal(t, `{"line":1,"figures":[{"outcome":"killed","group":"soldiers","min":26,"max":26,"qualifier":"exact","denied":false,"text":"26 جنديًا","start":35,"end":50}]}`, lines[0])
	assert.Equal(t, `{"line":2,"figures":[]}`, lines[1])
	assert.Contains(t, lines[2], `"min":2001,"max":null,"qualifier":"more_than"`)

	code, _, _ = bilanRun(t, in, "extract", "-lang", "de")
	assert.Equal(t, 2, code)
	code, _, stderr = bilanRun(t, "ok\n\xff\n", "extract")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "<stdin>:2: invalid UTF-8")
}
