package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/claims/acled"
	"github.com/bilan-dev/bilan/claims/ucdp"
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

// open returns a buffered reader for the input and a function that closes it.
func (in input) open(e *env) (*bufio.Reader, func(), error) {
	switch in.path {
	case "":
		return bufio.NewReader(bytes.NewReader(bilan.SahelJSON())), func() {}, nil
	case "-":
		return bufio.NewReaderSize(e.stdin, 1<<16), func() {}, nil
	}
	f, err := os.Open(in.path)
	if err != nil {
		return nil, nil, err
	}
	return bufio.NewReaderSize(f, 1<<16), func() { f.Close() }, nil
}

// The formats bilan reads.
const (
	formatNative = "native" // JSON or CSV, told apart by claims.Read
	formatACLED  = "acled"
	formatUCDP   = "ucdp"
	formatLedger = "ledger" // a bilan ledger file (SQLite)
)

// sniff tells the input's format from its first line. from, when not "", names it.
func sniff(br *bufio.Reader, from string) (string, error) {
	switch from {
	case "", formatNative, formatACLED, formatUCDP, formatLedger:
	default:
		return "", fmt.Errorf("%w: -from %q: want acled, ucdp or native", errUsage, from)
	}
	if from != "" {
		return from, nil
	}
	head, _ := br.Peek(1 << 16)
	if isLedger(head) {
		return formatLedger, nil
	}
	if claims.Sniff(head) != "" {
		return formatNative, nil
	}
	cr := csv.NewReader(bytes.NewReader(head))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	first, err := cr.Read()
	if err != nil {
		return formatNative, nil // let the native reader say what is wrong
	}
	switch {
	case acled.IsHeader(first):
		return formatACLED, nil
	case ucdp.IsHeader(first) || ucdp.IsHeaderless(first):
		return formatUCDP, nil
	}
	return formatNative, nil
}

// readOpts says how to read imports.
type readOpts struct {
	from    string // "" to detect
	lenient bool   // skip bad rows of imports instead of failing
	notes   bool   // add the claims of ACLED's notes to its events (-claims-from-notes)
	// recordedAsOf reads a ledger as it was at the end of that date
	// (-recorded-as-of, YYYY-MM-DD); "": now.
	recordedAsOf string
}

// load reads the whole input into a dataset, detecting its format, and validates
// it. Bad rows of imports are reported as badRows says.
func (o readOpts) load(e *env, in input) (*claims.Dataset, error) {
	br, done, err := in.open(e)
	if err != nil {
		return nil, explain(e, in, err)
	}
	defer done()
	format, err := sniff(br, o.from)
	if err != nil {
		return nil, err
	}
	if format == formatNative {
		d, err := claims.Read(br, in.name)
		return d, explain(e, in, err)
	}
	d := &claims.Dataset{}
	bad := 0
	for ev, err := range o.imported(e, in, br, format) {
		if err != nil {
			bad++
			if bad <= maxMessages {
				fmt.Fprintln(e.stderr, err)
			}
			continue
		}
		d.Events = append(d.Events, ev)
	}
	if err := badRows(e, in, o, bad); err != nil {
		return nil, err
	}
	return d, explain(e, in, d.Validate())
}

// maxMessages caps the bad rows and warnings written to standard error per file.
const maxMessages = 20

// badRows ends the report of an input's bad rows, of which the first maxMessages
// were written as they came: it says how many more there were and fails unless
// -lenient.
func badRows(e *env, in input, ro readOpts, bad int) error {
	if bad == 0 {
		return nil
	}
	if bad > maxMessages {
		fmt.Fprintf(e.stderr, "%s: %d more bad rows not shown\n", in.name, bad-maxMessages)
	}
	if !ro.lenient {
		fmt.Fprintf(e.stderr, "%s: %d bad rows; -lenient skips them and goes on\n", in.name, bad)
		return errReported
	}
	fmt.Fprintf(e.stderr, "%s: %d bad rows skipped\n", in.name, bad)
	return nil
}

// imported streams the events of an ACLED or UCDP file; a broken header or stream
// yields its error and ends the sequence.
func (o readOpts) imported(e *env, in input, r io.Reader, format string) iter.Seq2[claims.Event, error] {
	if format == formatLedger {
		return ledgerEvents(e, in, o)
	}
	if format == formatACLED {
		ar := acled.NewReader(r)
		ar.Name = in.name
		if o.notes {
			return withNotes(ar.Events(), "")
		}
		return ar.Events()
	}
	ur := ucdp.NewReader(r)
	ur.Name = in.name
	warned := 0
	ur.Warn = func(err error) {
		warned++
		if warned <= maxMessages {
			fmt.Fprintf(e.stderr, "warning: %v\n", err)
		}
	}
	return func(yield func(claims.Event, error) bool) {
		for ev, err := range ur.Events() {
			if !yield(ev, err) {
				return
			}
		}
		if warned > maxMessages {
			fmt.Fprintf(e.stderr, "%s: %d warnings in all\n", in.name, warned)
		}
	}
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
