package main

import (
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
)

// benchPaths times bilan's paths off the fast one against the fast path on the same
// file: report and the event path of trends on c.file, and summary, convert and
// trends on the native formats on a second file of c.small rows.
func benchPaths(w io.Writer, c config) error {
	small := filepath.Join(c.dir, fmt.Sprintf("acled-%d-%d.csv", c.small, c.seed))
	if err := ensure(small, c.small, c.seed); err != nil {
		return err
	}
	p := func(name string) string { return filepath.Join(c.dir, name) }
	bilanJob := func(name string, rows int, out string, args ...string) *job {
		return &job{name: name, rows: rows, out: out, cmd: func() *exec.Cmd { return exec.Command(c.bilan, args...) }}
	}
	trends := func(in string) []string { return append(append([]string(nil), trendsArgs...), in) }
	fast := bilanJob("trends, ACLED fast path", c.rows, p("paths-fast.csv"), trends(c.file)...)
	fastSmall := bilanJob("trends, ACLED fast path", c.small, p("paths-fast-small.csv"), trends(small)...)
	sameAs := func(j *job, base string) *job {
		j.check = func() error {
			want, err := readSeries(base, bilanColumns)
			if err != nil {
				return err
			}
			got, err := readSeries(j.out, bilanColumns)
			if err != nil {
				return err
			}
			return compare(want, got)
		}
		return j
	}
	jobs := []*job{
		fast,
		bilanJob("trends -measure wounded (event path)", c.rows, p("paths-wounded.csv"),
			"trends", "-by", "country", "-period", "month", "-rolling", "3", "-measure", "wounded", c.file),
		bilanJob("report", c.rows, "", "report", "-o", p("report"), c.file),
		fastSmall,
		bilanJob("summary", c.small, "", "summary", small),
		bilanJob("summary -json", c.small, "", "summary", "-json", small),
		bilanJob("convert ACLED to native CSV", c.small, p("native.csv"), "convert", "-to", "csv", small),
		bilanJob("convert ACLED to native JSON", c.small, p("native.json"), "convert", "-to", "json", small),
		sameAs(bilanJob("trends on native CSV", c.small, p("paths-native-csv.csv"), trends(p("native.csv"))...), fastSmall.out),
		sameAs(bilanJob("trends on native JSON", c.small, p("paths-native-json.csv"), trends(p("native.json"))...), fastSmall.out),
	}
	logf("paths: a first, untimed run of each")
	prepare(jobs, logf)
	if fast.skip != "" || fastSmall.skip != "" {
		return fmt.Errorf("the fast path failed: %s %s", fast.skip, fastSmall.skip)
	}
	logf("paths: %d timed rounds", c.pathRuns)
	alternate(jobs, c.pathRuns, logf)

	fmt.Fprintf(w, "## bilan's paths, median of %d alternating runs\n\n", c.pathRuns)
	fmt.Fprintln(w, "| path | rows | wall s (median) | spread (min-max) | time per row / fast path's | CPU s (median) | cores used | peak RSS MB |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|")
	var skipped []string
	for _, j := range jobs {
		if j.skip != "" {
			skipped = append(skipped, j.name+": "+j.skip)
			continue
		}
		base := fast
		if j.rows == c.small {
			base = fastSmall
		}
		b, _, _ := base.median(wallSeconds)
		med, lo, hi := j.median(wallSeconds)
		rss, _, _ := j.median(rssMB)
		cpu, _, _ := j.median(cores)
		cpuSec, _, _ := j.median(cpuSeconds)
		ratio := (med / float64(j.rows)) / (b / float64(base.rows))
		fmt.Fprintf(w, "| %s | %d | %.3f | %.3f-%.3f | %.1f | %.3f | %.2f | %.0f |\n", j.name, j.rows, med, lo, hi, ratio, cpuSec, cpu, rss)
	}
	fmt.Fprintln(w)
	if len(skipped) > 0 {
		fmt.Fprintf(w, "not timed:\n- %s\n\n", strings.Join(skipped, "\n- "))
	}
	return nil
}
