// Package examples_test runs each program under examples/ and compares what it
// prints with its golden file, testdata/NAME.golden; go test -update rewrites them.
package examples_test

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	// The library packages, linked into this test so that go test's cache, which
	// knows only this binary's inputs, runs the programs again when one changes.
	// TestPrograms fails if a program comes to depend on a package not listed.
	_ "github.com/bilan-dev/bilan"
	_ "github.com/bilan-dev/bilan/claims"
	_ "github.com/bilan-dev/bilan/claims/acled"
	_ "github.com/bilan-dev/bilan/claims/extract"
	_ "github.com/bilan-dev/bilan/claims/ucdp"
	_ "github.com/bilan-dev/bilan/plot"
	_ "github.com/bilan-dev/bilan/report"
	_ "github.com/bilan-dev/bilan/stats"
	_ "github.com/bilan-dev/bilan/stats/mse"
)

const module = "github.com/bilan-dev/bilan"

// linked are the packages imported above.
var linked = map[string]bool{
	module: true, module + "/claims": true, module + "/claims/acled": true,
	module + "/claims/extract": true, module + "/claims/ucdp": true, module + "/plot": true,
	module + "/report": true, module + "/stats": true, module + "/stats/mse": true,
}

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the programs' output")

// TestPrograms builds every program (a folder with a main.go) with the go command
// and runs it with no argument, as its doc comment says to.
func TestPrograms(t *testing.T) {
	gocmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH to build the examples")
	}
	mains, err := filepath.Glob("*/main.go")
	if err != nil {
		t.Fatal(err)
	}
	if len(mains) == 0 {
		t.Fatal("no program found under examples/")
	}
	bin := t.TempDir()
	for _, m := range mains {
		name := filepath.Dir(m)
		t.Run(name, func(t *testing.T) {
			// Read the program's own files (main.go, embedded data) so that the
			// cache sees them too.
			files, err := os.ReadDir(name)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				if !f.IsDir() {
					if _, err := os.ReadFile(filepath.Join(name, f.Name())); err != nil {
						t.Fatal(err)
					}
				}
			}
			deps, err := exec.Command(gocmd, "list", "-deps", "./"+name).Output()
			if err != nil {
				t.Fatalf("go list -deps ./examples/%s: %v", name, err)
			}
			for _, d := range strings.Fields(string(deps)) {
				if (d == module || strings.HasPrefix(d, module+"/")) && !strings.HasPrefix(d, module+"/examples/") && !linked[d] {
					t.Errorf("examples/%s imports %s: add it to the imports of examples_test.go", name, d)
				}
			}
			exe := filepath.Join(bin, name)
			build := exec.Command(gocmd, "build", "-o", exe, "./"+name)
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("go build ./examples/%s: %v\n%s", name, err, out)
			}
			var stdout, stderr bytes.Buffer
			run := exec.Command(exe)
			run.Stdout, run.Stderr = &stdout, &stderr
			if err := run.Run(); err != nil {
				t.Fatalf("examples/%s: %v\n%s", name, err, stderr.Bytes())
			}
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, stdout.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./examples -update to create it)", err)
			}
			if got := stdout.String(); got != string(want) {
				t.Errorf("examples/%s printed:\n%s\nwant (%s):\n%s", name, got, golden, want)
			}
			if stderr.Len() > 0 {
				t.Errorf("examples/%s wrote to standard error:\n%s", name, stderr.Bytes())
			}
		})
	}
}
