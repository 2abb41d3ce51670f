package main

import (
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
)

// notAsked is the reason a tool left out of -peers is not run.
const notAsked = "not asked for (-peers)"

// trendsArgs is bilan's side of the trends workload.
var trendsArgs = []string{"trends", "-by", "country", "-period", "month", "-rolling", "3"}

// benchTrends times bilan trends against cat and the peers on c.file.
func benchTrends(w io.Writer, c config) error {
	out := func(name string) string { return filepath.Join(c.dir, "trends-"+name+".csv") }
	bilanOut := out("bilan")
	peer := func(name string, cmd func() *exec.Cmd) *job {
		j := &job{name: name, rows: c.rows, cmd: cmd}
		j.check = func() error {
			want, err := readSeries(bilanOut, bilanColumns)
			if err != nil {
				return fmt.Errorf("bilan's output: %w", err)
			}
			got, err := readSeries(out(name), peerColumns)
			if err != nil {
				return err
			}
			return compare(want, got)
		}
		if !c.peers[name] {
			j.skip = notAsked
		}
		return j
	}
	inPeers := func(name string, args ...string) func() *exec.Cmd {
		return func() *exec.Cmd {
			cmd := exec.Command(name, args...)
			cmd.Dir = c.peersDir
			return cmd
		}
	}
	bilan := &job{name: "bilan trends", rows: c.rows, out: bilanOut, cmd: func() *exec.Cmd {
		return exec.Command(c.bilan, append(trendsArgs, c.file)...)
	}}
	cat := &job{name: "cat FILE > /dev/null", rows: c.rows, cmd: func() *exec.Cmd { return exec.Command("cat", c.file) }}
	if !c.peers["cat"] {
		cat.skip = notAsked
	}
	base := &job{name: "base trends", rows: c.rows, out: out("base"), cmd: func() *exec.Cmd {
		return exec.Command(c.base, append(trendsArgs, c.file)...)
	}}
	base.check = func() error {
		want, err := readSeries(bilanOut, bilanColumns)
		if err != nil {
			return fmt.Errorf("bilan's output: %w", err)
		}
		got, err := readSeries(base.out, bilanColumns)
		if err != nil {
			return err
		}
		return compare(want, got)
	}
	if c.base == "" {
		base.skip = "no -base"
	}
	jobs := []*job{
		cat, bilan, base,
		peer("duckdb", func() *exec.Cmd { return exec.Command(c.duckdb, c.file, out("duckdb")) }),
		peer("polars", inPeers("node", "peer_polars.mjs", c.file, out("polars"))),
		peer("pandas", inPeers("/usr/bin/python3", "peer_pandas.py", c.file, out("pandas"))),
		peer("datatable", inPeers("Rscript", "peer_datatable.R", c.file, out("datatable"))),
	}
	logf("trends: a first, untimed run of each tool, checking the peers' results")
	prepare(jobs, logf)
	if bilan.skip != "" {
		return fmt.Errorf("bilan trends: %s", bilan.skip)
	}
	logf("trends: %d timed rounds", c.runs)
	alternate(jobs, c.runs, logf)

	fmt.Fprintf(w, "## trends -by country -period month -rolling 3, %d rows, median of %d alternating runs\n\n", c.rows, c.runs)
	fmt.Fprintln(w, "| tool | version | wall s (median) | spread (min-max) | time / bilan's | CPU s (median) | cores used | peak RSS MB |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|")
	ref, _, _ := bilan.median(wallSeconds)
	versions := peerVersions(c)
	var skipped []string
	for _, j := range jobs {
		if j.skip != "" {
			if j.skip != notAsked && j.skip != "no -base" {
				skipped = append(skipped, j.name+": "+j.skip)
			}
			continue
		}
		med, lo, hi := j.median(wallSeconds)
		rss, _, _ := j.median(rssMB)
		cpu, _, _ := j.median(cores)
		cpuSec, _, _ := j.median(cpuSeconds)
		fmt.Fprintf(w, "| %s | %s | %.3f | %.3f-%.3f | %.2f | %.3f | %.2f | %.0f |\n", j.name, versions[j.name], med, lo, hi, med/ref, cpuSec, cpu, rss)
	}
	fmt.Fprintln(w)
	if len(skipped) > 0 {
		fmt.Fprintf(w, "not timed:\n- %s\n\n", strings.Join(skipped, "\n- "))
	}
	return nil
}

// peerVersions returns the version of each tool that reports one.
func peerVersions(c config) map[string]string {
	v := map[string]string{"bilan trends": "see above", "base trends": "see above", "cat FILE > /dev/null": "coreutils"}
	if c.peers["duckdb"] {
		v["duckdb"] = "DuckDB " + version(c.duckdb, "-version")
	}
	if c.peers["polars"] {
		v["polars"] = "nodejs-polars " + version("node", "-p", `require(process.argv[1]).version`,
			filepath.Join(c.peersDir, "node_modules", "nodejs-polars", "package.json"))
	}
	if c.peers["pandas"] {
		v["pandas"] = "pandas " + version("/usr/bin/python3", "-c", "import pandas; print(pandas.__version__)")
	}
	if c.peers["datatable"] {
		v["datatable"] = "data.table " + version("Rscript", "-e", `cat(as.character(packageVersion("data.table")))`)
	}
	return v
}
