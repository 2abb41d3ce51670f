package main

import (
	"flag"
	"fmt"
)

func init() {
	register(&command{
		name:  "validate",
		usage: "[FILE...]",
		help: `Checks datasets and reports every problem.

validate reads each FILE (native JSON or CSV, ACLED or UCDP) and checks it: syntax, known values,
figures whose min exceeds max, duplicate IDs, impossible or out-of-range dates,
claims reported before their event. Every problem is written to standard error as
FILE:LOCATION: message. The exit status is 0 when every file is valid, 1 otherwise.`,
		run: runValidate,
	})
}

func runValidate(e *env, args []string) error {
	fs, _, err := parseWith("validate", e, args, func(*flag.FlagSet) struct{} { return struct{}{} })
	if err != nil {
		return err
	}
	bad := 0
	for _, in := range inputs(fs.Args()) {
		d, err := load(e, in)
		if err != nil {
			bad++
			continue
		}
		fmt.Fprintf(e.stdout, "%s: valid: %d events, %d period claims\n", in.name, len(d.Events), len(d.Periods))
	}
	if bad > 0 {
		return errReported
	}
	return nil
}
