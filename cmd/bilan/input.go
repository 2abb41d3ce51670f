package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/claims"
)

// input is one dataset source named on the command line.
type input struct {
	name string // as errors show it
	path string // "" for the embedded dataset, "-" for standard input
}

// inputs turns FILE arguments into inputs; none means the embedded Sahel dataset.
func inputs(args []string) []input {
	if len(args) == 0 {
		return []input{{name: bilan.SahelName}}
	}
	in := make([]input, len(args))
	for i, a := range args {
		in[i] = input{name: a, path: a}
		if a == "-" {
			in[i].name = "<stdin>"
		}
	}
	return in
}

// one returns the single input of a subcommand that takes at most one FILE.
func one(args []string) (input, error) {
	if len(args) > 1 {
		return input{}, fmt.Errorf("%w: one FILE at most, got %d", errUsage, len(args))
	}
	return inputs(args)[0], nil
}

// open returns a reader for the input and a function that closes it.
func (in input) open(e *env) (io.Reader, func(), error) {
	switch in.path {
	case "":
		return bytes.NewReader(bilan.SahelJSON()), func() {}, nil
	case "-":
		return bufio.NewReader(e.stdin), func() {}, nil
	}
	f, err := os.Open(in.path)
	if err != nil {
		return nil, nil, err
	}
	return bufio.NewReaderSize(f, 1<<16), func() { f.Close() }, nil
}

// load reads and validates a dataset. A decoding error is returned as is; validation
// problems are written to stderr, one per line, prefixed with the input's name, and
// errReported is returned with the dataset.
func load(e *env, in input) (*claims.Dataset, error) {
	r, done, err := in.open(e)
	if err != nil {
		return nil, report(e, in, err)
	}
	defer done()
	d, err := claims.Read(r, in.name)
	return d, report(e, in, err)
}

// report writes a read error to stderr in FILE:LOCATION form and returns errReported,
// or nil when err is nil.
func report(e *env, in input, err error) error {
	if err == nil {
		return nil
	}
	if ps := claims.Problems(err); ps != nil {
		for _, p := range ps {
			fmt.Fprintf(e.stderr, "%s:%s\n", in.name, problemText(p))
		}
		return errReported
	}
	var pe *claims.ParseError
	if errors.As(err, &pe) {
		fmt.Fprintln(e.stderr, err)
		return errReported
	}
	fmt.Fprintf(e.stderr, "%s: %v\n", in.name, err)
	return errReported
}

func problemText(p claims.Problem) string {
	if p.Line > 0 {
		return p.String()
	}
	return " " + p.String()
}
