// Package examples_test runs each program under examples/ and compares what it
// prints with its golden file, testdata/NAME.golden; go test -update rewrites them.
package examples_test

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

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
