package main

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/claims/notes"
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

// readOpts says how to read inputs: the front door's options from -from and
// -lenient.
type readOpts struct {
	format     bilan.Format
	nativeOnly bool
	lenient    bool
	hasLenient bool // the subcommand declares -lenient
	notes      bool // -claims-from-notes
	// recordedAsOf reads a ledger file as it was at the end of that date
	// (-recorded-as-of, YYYY-MM-DD); "": now.
	recordedAsOf string
}

// badReport writes an input's bad records to standard error as they come, the
// first maxMessages of them, and ends with how many there were.
type badReport struct {
	e     *env
	in    input
	shown int
	warns int
	hint  bool // the subcommand has -lenient: say so
}

func (b *badReport) bad(err error) {
	if b.shown++; b.shown <= maxMessages {
		fmt.Fprintln(b.e.stderr, err)
	}
}

func (b *badReport) warn(err error) {
	if b.warns++; b.warns <= maxMessages {
		fmt.Fprintf(b.e.stderr, "warning: %v\n", err)
	}
}

// maxMessages caps the bad rows and warnings written to standard error per file.
const maxMessages = 20

// open opens the input through the library's front door (bilan.Open), its bad
// records and warnings reported as they come.
func (o readOpts) open(e *env, in input) (*bilan.Reader, *badReport, error) {
	rep := &badReport{e: e, in: in, hint: o.hasLenient}
	opts := bilan.Options{Format: o.format, NativeOnly: o.nativeOnly, Lenient: o.lenient, OnBad: rep.bad, OnWarn: rep.warn}
	if o.notes {
		opts.Augment = func(e *claims.Event) { notes.Augment(e, "") }
	}
	var r *bilan.Reader
	var err error
	switch in.path {
	case "":
		r, err = bilan.NewReader(bytes.NewReader(bilan.SahelJSON()), in.name, opts)
	case "-":
		r, err = bilan.NewReader(e.stdin, in.name, opts)
	default:
		if isLedgerFile(in.path) {
			r, err = bilan.NewReader(ledgerJSON(in.path, o.recordedAsOf), in.name, opts)
			break
		}
		r, err = bilan.Open(in.path, opts)
	}
	if err != nil {
		return nil, nil, explain(e, in, err)
	}
	return r, rep, nil
}

// finish ends the report of an input's bad records: how many were not shown, and
// how many were skipped; err is the read's error, explained.
func (rep *badReport) finish(r *bilan.Reader, err error) error {
	if rep.shown > maxMessages {
		fmt.Fprintf(rep.e.stderr, "%s: %d more bad rows not shown\n", rep.in.name, rep.shown-maxMessages)
	}
	if rep.warns > maxMessages {
		fmt.Fprintf(rep.e.stderr, "%s: %d warnings in all\n", rep.in.name, rep.warns)
	}
	if err != nil {
		var be *bilan.BadRecordsError
		if errors.As(err, &be) && !be.Lenient && rep.hint {
			fmt.Fprintf(rep.e.stderr, "%v; -lenient skips them and goes on\n", err)
			return errReported
		}
		return explain(rep.e, rep.in, err)
	}
	if c := r.Counts(); c.Bad > 0 {
		fmt.Fprintf(rep.e.stderr, "%s: %d bad rows skipped, %d events read\n", rep.in.name, c.Bad, c.Events)
	}
	return nil
}

// load reads the whole input into a validated dataset.
func (o readOpts) load(e *env, in input) (*claims.Dataset, error) {
	r, rep, err := o.open(e, in)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	d, err := r.Dataset()
	if err := rep.finish(r, err); err != nil {
		return nil, err
	}
	return d, nil
}

// load reads an input with default options.
func load(e *env, in input) (*claims.Dataset, error) { return readOpts{}.load(e, in) }

// explain writes a read error to stderr in FILE:LOCATION form and returns errReported,
// or nil when err is nil.
func explain(e *env, in input, err error) error {
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
	var be *bilan.BadRecordsError
	if errors.As(err, &pe) || errors.As(err, &be) {
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
