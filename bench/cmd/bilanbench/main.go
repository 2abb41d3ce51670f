// Command bilanbench measures bilan's reading paths against the peers an analyst
// would reach for, on a generated ACLED-format file.
//
// Usage:
//
//	bilanbench [flags]             run the benchmark, print tables to standard output
//	bilanbench gen N OUT [SEED]    write the workload file only (as gen_acled.py does)
//
// It builds bilan from the repository it sits in, generates the workload (package
// acledgen), runs every tool once untimed and checks each peer's trends result
// equals bilan's, then times the tools in alternating rounds and prints medians,
// spreads, ratios to bilan and peak memory. See bench/README.md.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/bilan-dev/bilan/bench/acledgen"
)

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "gen":
			if err := gen(os.Args[2:]); err != nil {
				fatal(err)
			}
			return
		case measureCommand:
			if err := measureExec(os.Args[2:]); err != nil {
				fatal(err)
			}
			return
		}
	}
	if err := bench(os.Args[1:]); err != nil {
		fatal(err)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "bilanbench:", err)
	os.Exit(1)
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%s "+format+"\n", append([]any{time.Now().UTC().Format("15:04:05")}, args...)...)
}

func gen(args []string) error {
	if len(args) < 2 || len(args) > 3 {
		return fmt.Errorf("usage: bilanbench gen N OUT [SEED]")
	}
	n, err := strconv.Atoi(args[0])
	if err != nil || n < 0 {
		return fmt.Errorf("gen: N must be a whole number, got %q", args[0])
	}
	seed := uint64(1) // gen_acled.py's default
	if len(args) == 3 {
		if seed, err = strconv.ParseUint(args[2], 10, 64); err != nil {
			return fmt.Errorf("gen: SEED must be a whole number >= 0, got %q", args[2])
		}
	}
	return writeFile(args[1], n, seed)
}

// writeFile generates n rows with seed into path, through a temporary file so that
// a half-written file is never left under the name.
func writeFile(path string, n int, seed uint64) error {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil { // CreateTemp's 0600 would hide it from other users
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := acledgen.Write(f, n, seed); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	return os.Rename(f.Name(), path)
}

type config struct {
	file, dir, repo, bilan, duckdb string
	peersDir, base                 string
	rows, small, runs, pathRuns    int
	seed                           uint64
	peers                          map[string]bool
	trends, paths                  bool
}

func bench(args []string) error {
	fs := flag.NewFlagSet("bilanbench", flag.ContinueOnError)
	var c config
	fs.StringVar(&c.file, "file", "", "the trends workload `file` (default: DIR/acled-ROWS-SEED.csv, generated when missing)")
	fs.IntVar(&c.rows, "rows", 1000000, "rows of the generated workload")
	fs.Uint64Var(&c.seed, "seed", 7, "seed of the generated workloads")
	fs.IntVar(&c.small, "small", 200000, "rows of the second file, for the slow paths (convert, native formats)")
	fs.StringVar(&c.dir, "dir", filepath.Join(os.TempDir(), "bilanbench"), "working `directory`: generated files, outputs, the bilan binary")
	fs.StringVar(&c.repo, "repo", "", "bilan's repository (default: the one holding the working directory)")
	fs.StringVar(&c.bilan, "bilan", "", "a bilan `binary` to time instead of building one from -repo")
	fs.StringVar(&c.base, "base", "", "another bilan `binary` (an older commit, say) to time beside the first on the trends workload")
	fs.StringVar(&c.duckdb, "duckdbtrends", "", "the duckdbtrends `binary` (default: built from REPO/bench)")
	fs.StringVar(&c.peersDir, "peers-dir", "", "the peer scripts and node_modules (default: REPO/bench/peers)")
	peers := fs.String("peers", "cat,duckdb,polars,pandas,datatable", "the peers to run, comma-separated")
	fs.IntVar(&c.runs, "runs", 7, "timed runs of each tool on the trends workload")
	fs.IntVar(&c.pathRuns, "path-runs", 3, "timed runs of each bilan path")
	fs.BoolVar(&c.trends, "trends", true, "time bilan trends against the peers")
	fs.BoolVar(&c.paths, "paths", true, "time bilan's other paths against its fast path")
	if err := fs.Parse(args); err != nil {
		return err
	}
	c.peers = map[string]bool{}
	for _, p := range strings.Split(*peers, ",") {
		if p = strings.TrimSpace(p); p != "" {
			c.peers[p] = true
		}
	}
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return err
	}
	var err error
	if c.repo == "" {
		if c.repo, err = findRepo(); err != nil {
			return err
		}
	}
	if c.peersDir == "" {
		c.peersDir = filepath.Join(c.repo, "bench", "peers")
	}
	built := c.bilan == ""
	if built {
		c.bilan = filepath.Join(c.dir, "bilan")
		logf("building bilan from %s", c.repo)
		if err := goBuild(c.repo, "./cmd/bilan", c.bilan); err != nil {
			return err
		}
	}
	if c.peers["duckdb"] && c.duckdb == "" {
		c.duckdb = filepath.Join(c.dir, "duckdbtrends")
		logf("building duckdbtrends (cgo; the first build compiles DuckDB's bindings and takes minutes)")
		if err := goBuild(filepath.Join(c.repo, "bench"), "./cmd/duckdbtrends", c.duckdb); err != nil {
			return err
		}
	}
	if c.file == "" {
		c.file = filepath.Join(c.dir, fmt.Sprintf("acled-%d-%d.csv", c.rows, c.seed))
		if err := ensure(c.file, c.rows, c.seed); err != nil {
			return err
		}
	} else if c.rows, err = countRows(c.file); err != nil {
		return err
	}

	w := os.Stdout
	fmt.Fprintf(w, "bilanbench, %s\n\n", time.Now().UTC().Format("2006-01-02 15:04 MST"))
	fmt.Fprintf(w, "machine: %s, %d cores (GOMAXPROCS %d), %s; load average at start %s\n",
		cpuModel(), runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS+"/"+runtime.GOARCH, loadavg())
	if built {
		fmt.Fprintf(w, "bilan: %s\n", describeBilan(c))
	} else {
		fmt.Fprintf(w, "bilan: %s (given with -bilan)\n", c.bilan)
	}
	if c.base != "" {
		fmt.Fprintf(w, "base: %s (given with -base)\n", c.base)
	}
	fmt.Fprintf(w, "workload: %s, %d rows\n\n", c.file, c.rows)
	if c.trends {
		if err := benchTrends(w, c); err != nil {
			return err
		}
	}
	if c.paths {
		if err := benchPaths(w, c); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "load average at the end: %s\n", loadavg())
	return nil
}

// goBuild builds the package pkg of the module in dir into out.
func goBuild(dir, pkg, out string) error {
	b := exec.Command("go", "build", "-o", out, pkg)
	b.Dir = dir
	if msg, err := b.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s: %v\n%s", pkg, err, msg)
	}
	return nil
}

// ensure generates path when it does not exist.
func ensure(path string, rows int, seed uint64) error {
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	logf("generating %s (%d rows, seed %d)", path, rows, seed)
	return writeFile(path, rows, seed)
}

// countRows counts the lines of a CSV file after its header (the generated files
// have no line breaks inside fields).
func countRows(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	buf := make([]byte, 1<<20)
	for {
		k, err := f.Read(buf)
		n += bytes.Count(buf[:k], []byte{'\n'})
		if err == io.EOF {
			return n - 1, nil
		}
		if err != nil {
			return 0, err
		}
	}
}

// findRepo walks up from the working directory to bilan's go.mod.
func findRepo() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.HasPrefix(b, []byte("module github.com/bilan-dev/bilan\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no bilan repository above the working directory; name it with -repo")
		}
		dir = parent
	}
}

func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

// describeBilan names the commit bilan was built from.
func describeBilan(c config) string {
	out, err := exec.Command("git", "-C", c.repo, "log", "-1", "--format=%h %cs %s").Output()
	s := c.bilan + " built from " + c.repo
	if err == nil {
		s += " at " + strings.TrimSpace(string(out))
		if st, err := exec.Command("git", "-C", c.repo, "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(st) > 0 {
			s += " (with uncommitted changes)"
		}
	}
	return s
}

// version runs a command and returns its trimmed output, or "?".
func version(name string, args ...string) string {
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		return "?"
	}
	return strings.TrimSpace(string(out))
}
