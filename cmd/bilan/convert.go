package main

import (
	"flag"
	"fmt"

	"github.com/bilan-dev/bilan/claims"
)

func init() {
	flagSets["convert"] = func(fs *flag.FlagSet) {
		fs.String("to", "json", "output format: json or csv")
		declareRead(fs)
	}
	register(&command{
		name:  "convert",
		usage: "[-from acled|ucdp|native] -to json|csv [-lenient] [FILE]",
		help: `Converts a dataset between the native formats.

convert reads FILE in any format bilan reads — the native JSON and CSV, ACLED exports,
UCDP GED and Candidate files — detected from its first line or named by -from,
checks it, and writes it to standard output in the native JSON or the native long
CSV (one row per figure of a claim). Invalid input is reported as validate reports
it, every bad row with its line and column, and nothing is written; with -lenient
bad rows of ACLED and UCDP files are reported and skipped.`,
		run: runConvert,
	})
}

func runConvert(e *env, args []string) error {
	fs, err := parse("convert", e, args)
	if err != nil {
		return err
	}
	to := fs.Lookup("to").Value.String()
	if to != "json" && to != "csv" {
		return fmt.Errorf("%w: -to %q: want json or csv", errUsage, to)
	}
	in, err := one(fs.Args())
	if err != nil {
		return err
	}
	d, err := readFlags(fs).load(e, in)
	if err != nil {
		return err
	}
	if to == "csv" {
		return claims.WriteCSV(e.stdout, d)
	}
	return claims.WriteJSON(e.stdout, d)
}
