package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/bilan-dev/bilan/claims"
)

func init() {
	helpFlags("convert", declareConvert)
	register(&command{
		name:  "convert",
		usage: "[-from acled|ucdp|native] -to json|csv [-lenient] [FILE]",
		help: `Converts a dataset between the native formats.

convert reads FILE in any format bilan reads — the native JSON and CSV, ACLED exports,
UCDP GED and Candidate files — detected from its first line or named by -from,
checks it, and writes it to standard output in the native JSON or the native long
CSV (one row per figure of a claim). It streams: memory stays flat whatever the
input's size (the output is spooled to a temporary file and copied to standard
output once the input was read whole). Invalid input is reported as validate
reports it, every bad row with its line and column, and nothing is written; with
-lenient bad rows of ACLED and UCDP files are reported and skipped.`,
		run: runConvert,
	})
}

// convertFlags are convert's flags.
type convertFlags struct {
	to   *string
	read *readFlagVals
}

func declareConvert(fs *flag.FlagSet) convertFlags {
	return convertFlags{to: fs.String("to", "json", "output format: json or csv"), read: declareRead(fs)}
}

func runConvert(e *env, args []string) error {
	fs, f, err := parseWith("convert", e, args, declareConvert)
	if err != nil {
		return err
	}
	to := *f.to
	if to != "json" && to != "csv" {
		return fmt.Errorf("%w: -to %q: want json or csv", errUsage, to)
	}
	in, ro, err := f.read.input(fs.Args())
	if err != nil {
		return err
	}
	return convert(e, in, ro, to)
}

// convert streams the input's events into the native format, through a temporary
// file so that nothing reaches standard output unless the whole input was read:
// memory stays flat whatever the input's size.
func convert(e *env, in input, ro readOpts, to string) error {
	r, rep, err := ro.open(e, in)
	if err != nil {
		return err
	}
	defer r.Close()
	tmp, err := os.CreateTemp("", "bilan-convert-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	var write func(*claims.Event) error
	var writePeriod func(*claims.PeriodClaim) error
	var closeOut func() error
	bw := bufio.NewWriterSize(tmp, 1<<20)
	if to == "csv" {
		cw := claims.NewCSVWriter(bw)
		write, writePeriod, closeOut = cw.WriteEvent, cw.WritePeriod, cw.Flush
	} else {
		jw := claims.NewJSONWriter(bw)
		write, writePeriod, closeOut = jw.WriteEvent, jw.WritePeriod, jw.Close
	}
	var rerr error
	for ev, err := range r.Events() {
		if err != nil {
			rerr = err
			break
		}
		if err := write(&ev); err != nil {
			return err
		}
	}
	if err := rep.finish(r, rerr); err != nil {
		return err
	}
	for _, p := range r.Periods() {
		if err := writePeriod(&p); err != nil {
			return err
		}
	}
	if err := closeOut(); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err = io.Copy(e.stdout, tmp)
	return err
}
