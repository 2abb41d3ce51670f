// Command bilan records, reconciles and summarises casualty claims in armed conflict.
//
// Usage:
//
//	bilan SUBCOMMAND [flags] [FILE...]
//
// The subcommands are validate, summary, convert, trends, inflation, report, mse, extract, notes, ledger and link; `bilan help
// SUBCOMMAND` explains one. Data comes from FILE (the native JSON or CSV, an ACLED
// export, a UCDP GED or Candidate file, told apart by the first line), from standard
// input when FILE is "-", and from the embedded Sahel seed dataset when no FILE is
// given. Results go to standard output;
// errors go to standard error as FILE:LINE or FILE: LOCATION, with a non-zero exit
// status: 1 for bad data, 2 for bad usage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/bilan-dev/bilan"
)

// command is one subcommand.
type command struct {
	name, usage, help string
	run               func(env *env, args []string) error
}

// env is what a subcommand reads and writes.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// errUsage marks an error in the command line: exit status 2.
var errUsage = errors.New("usage")

// errReported means the problems were already written to standard error: exit 1.
var errReported = errors.New("problems reported")

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "-help" || name == "--help" {
		if len(args) > 1 {
			c, ok := commands[args[1]]
			if !ok {
				fmt.Fprintf(stderr, "bilan: no subcommand %q\n", args[1])
				return 2
			}
			fmt.Fprintf(stdout, "usage: bilan %s %s\n\n%s\n", c.name, c.usage, c.help)
			flags(c, e).PrintDefaults()
			return 0
		}
		usage(stdout)
		return 0
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "bilan: no subcommand %q\n", name)
		usage(stderr)
		return 2
	}
	err := c.run(e, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "bilan %s: %v\nusage: bilan %s %s\n", name, err, name, c.usage)
		return 2
	case errors.Is(err, errReported):
		return 1
	default:
		fmt.Fprintln(stderr, err)
		return 1
	}
}

func usage(w io.Writer) {
	fmt.Fprint(w, `bilan records what each source says about an incident's toll, derives
confirmed figures by a stated rule, and summarises claimed against confirmed.

usage: bilan SUBCOMMAND [flags] [FILE...]

subcommands:
`)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		first, _, _ := strings.Cut(commands[n].help, "\n")
		fmt.Fprintf(w, "  %-10s %s\n", n, first)
	}
	fmt.Fprint(w, `
With no FILE, bilan reads the embedded Sahel seed dataset; FILE "-" is standard input.
"bilan help SUBCOMMAND" explains one.
`)
}

// flags returns the subcommand's flag set, writing to stdout (for help); parse
// uses it too.
func flags(c *command, e *env) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(e.stdout)
	if f, ok := flagSets[c.name]; ok {
		f(fs)
	}
	return fs
}

// flagSets declares each subcommand's flags on a set, so that help and run agree.
var flagSets = map[string]func(*flag.FlagSet){}

// parseWith builds subcommand c's flag set, declares its flags with declare —
// which returns them as typed values, read back with no name to mistype — parses
// args and returns the set (for its arguments) and the values.
func parseWith[T any](c string, e *env, args []string, declare func(*flag.FlagSet) T) (*flag.FlagSet, T, error) {
	fs := flag.NewFlagSet(c, flag.ContinueOnError)
	v := declare(fs)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: bilan %s %s\n", c, commands[c].usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, v, err
		}
		return nil, v, fmt.Errorf("%w: %v", errUsage, err)
	}
	return fs, v, nil
}

// helpFlags registers a subcommand's flag declaration for `bilan help`.
func helpFlags[T any](c string, declare func(*flag.FlagSet) T) {
	flagSets[c] = func(fs *flag.FlagSet) { declare(fs) }
}

// readFlagVals are the flags every dataset-reading subcommand declares.
type readFlagVals struct {
	from, recordedAsOf *string
	lenient, notes     *bool
}

// opts returns the read options the flags set.
func (r *readFlagVals) opts() (readOpts, error) {
	var o readOpts
	var err error
	if o.format, o.nativeOnly, err = bilan.ParseFormat(*r.from); err != nil {
		return o, fmt.Errorf("%w: -from: %v", errUsage, err)
	}
	o.lenient, o.hasLenient = *r.lenient, true
	o.notes = *r.notes
	o.recordedAsOf = *r.recordedAsOf
	if _, err := endOfDay(o.recordedAsOf); err != nil {
		return o, err
	}
	return o, nil
}

// input returns the one input of a subcommand that takes at most one FILE, with
// the read options the flags set.
func (r *readFlagVals) input(args []string) (input, readOpts, error) {
	in, err := one(args)
	if err != nil {
		return in, readOpts{}, err
	}
	ro, err := r.opts()
	return in, ro, err
}

// declareAsOf declares -as-of; asOfValue reads it.
func declareAsOf(fs *flag.FlagSet) *string {
	return fs.String("as-of", "", "only claims reported on or before this date (YYYY-MM-DD)")
}

// declareRead declares -from, -lenient, -claims-from-notes and -recorded-as-of.
func declareRead(fs *flag.FlagSet) *readFlagVals {
	return &readFlagVals{
		from:         fs.String("from", "", "input format: acled, ucdp, native, json or csv (default: detected from the first bytes)"),
		lenient:      fs.Bool("lenient", false, "skip bad rows of ACLED and UCDP files, reporting them, instead of failing"),
		notes:        fs.Bool("claims-from-notes", false, "add to each ACLED event the claims its notes report (see bilan help notes)"),
		recordedAsOf: fs.String("recorded-as-of", "", "read a ledger file as it was at the end of this date (YYYY-MM-DD, UTC)"),
	}
}
