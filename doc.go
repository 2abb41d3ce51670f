// Package bilan is the root of a library for casualty statistics in armed conflict. It
// keeps what each source says about an incident's toll as a record of its own — the
// armed group's claim, local and security sources, the army's communiqué or its
// silence, a media report, a monitor's dataset — derives confirmed figures by a rule
// that is written down, and keeps every figure's uncertainty: "more than 2,000" is
// [2001, inf), "dozens" is [12, 99], a "heavy toll" is [1, inf), and a figure nobody
// gave is unknown, never zero.
//
// This package is the front door, and holds the seed data. Open (a path) and
// NewReader (any io.Reader) read every format bilan knows — the native JSON and CSV,
// ACLED exports, UCDP GED and Candidate files, gzip-compressed or not — told apart
// from the first bytes, with a clear refusal for what is not one of them (a
// spreadsheet, a web page, an empty file). The Reader they return applies the same
// checks to every record on every path: Events streams the events, Dataset loads
// them, Each hands them to several goroutines; Options say whether a bad ACLED or UCDP
// row fails the read or is skipped and counted (Lenient, OnBad, Counts). Trends sums
// a Reader's reconciled events into series, on all cores where the format allows, as
// the command's trends does.
//
// Sahel and SahelJSON give the Sahel seed dataset, embedded so that the command and
// the examples run on a fresh checkout with no file. It encodes an Arabic news report
// of 22 July 2025: JNIM's claim of the army checkpoint it took at Nimbougou
// (Sikasso, Mali), with the local and security sources' "heavy toll" and the army's
// silence; the group's claims over periods; its claim of 26 soldiers killed at five
// posts in Burkina Faso; and the report's related headlines. Where the report gives
// no number the figure is unknown or qualitative, never invented.
//
// # The packages
//
// claims is the model, and the ground floor every other package stands on. A Figure
// is an interval of whole numbers with the qualifier that says how it was stated; a
// Claim is one source's statement at one date, with its figures by Outcome and Group,
// its stance (reports, responsibility, denial, silence) and its original wording; an
// Event is an incident with its date, place, actors and claims; a PeriodClaim covers a
// period and an area; a Dataset holds both, validates them and gives them as of a
// date. Reconcile, under a Policy that callers can tighten or loosen, turns an event's
// claims into Low, Best and High with a status (confirmed, corroborated,
// single_source, claimed_only, contested, pending). The package also reads and
// writes the native JSON and long CSV formats.
//
// claims/acled reads ACLED exports (the current and the pre-2023 layouts) and
// claims/ucdp reads UCDP's Georeferenced Event Dataset and Candidate files. Both
// stream: a Reader yields one claims.Event per row as an iter.Seq2, with bad rows
// reported by line and column. Their package docs map every column. Most programs
// reach them through this package's Open, which picks the right one.
//
// claims/extract finds casualty figures in Arabic, French and English text (digits
// in three scripts, number words, qualifiers, vague words, qualitative tolls, zeros
// and denials) and builds a claims.Claim from a statement. claims/notes reads the
// attributed statements in a monitor's event notes ("JNIM claimed to have killed 6
// soldiers", "according to local sources, 4 civilians were killed") and turns them
// into claims with their speaker and stance, so that an ACLED export shows the
// claimed side beside ACLED's own figure. claims/link proposes, for each event of a
// claims dataset, the monitor events it may be the same incident as, with a score
// and its reasons, and merges only the unambiguous ones.
//
// ledger keeps a durable, append-only record of events and claims as analysts
// record them day by day — imports, additions, revisions, corrections, nothing
// overwritten — in one SQLite file (a pure-Go driver, no C compiler), and answers
// what was claimed by a date and what the ledger held on a date.
//
// stats turns reconciled events into statistics: series of Low, Best and High by
// period and key with empty periods present, rolling and cumulative sums, claim
// inflation with bootstrap intervals, silence rates, Poisson and negative binomial
// trends, change points, the spread to new areas, and period claims set against the
// events they cover. Most of it works event by event, so a dataset need not fit in
// memory.
//
// stats/mse estimates how many victims no list recorded, by multiple systems
// estimation (capture-recapture) from the overlaps of lists: Rcapture's log-linear
// models with profile-likelihood intervals, the search over hierarchical models,
// Lincoln-Petersen and Chapman, and dga's Bayesian model averaging. It works on
// tables of counts and imports nothing else of bilan.
//
// plot draws the charts on gonum/plot, one function per chart kind with one
// colour-blind-safe theme, from the results of stats, with their words and numbers
// in English, French or Arabic (Arabic shaped, or romanised, where the back end
// cannot shape it). report assembles a self-contained HTML report (inline SVG, no
// script, Arabic set right to left), its charts and assessments.csv, built event by
// event.
//
// cmd/bilan is the command (validate, summary, convert, trends, report, mse,
// extract): it parses flags and prints, and everything it computes is in the
// packages above. examples holds runnable programs, each a real use:
// examples/nimbougou reconciles the Nimbougou claims under two policies, and
// examples/kosovo estimates the Kosovo 1999 killings from four lists.
//
// Imports flow one way: claims ← stats ← plot ← report ← cmd/bilan; the readers and
// tools beside claims (acled, ucdp, extract, link, ledger) import claims only, and
// notes imports claims and extract; stats/mse stands alone; and this package, the
// front door, imports claims, its readers and stats, for cmd/bilan and other
// programs to use.
//
// # A first program
//
// Reconcile every event of a dataset and print what the default policy concludes:
//
//	d := bilan.Sahel() // or, for a file of your own, bilan.Open(path, opts) and its Dataset method
//	for i := range d.Events {
//		e := &d.Events[i]
//		for _, a := range claims.Reconcile(e) {
//			fmt.Println(e.ID, a.Outcome, a.Group, a.Status, a.Estimate)
//		}
//	}
//
// The HTML report of any file bilan reads (an ACLED export here), event by event,
// skipping and reporting bad rows:
//
//	r, err := bilan.Open("acled.csv", bilan.Options{Lenient: true, OnBad: func(err error) { log.Print(err) }})
//	if err != nil {
//		log.Fatal(err)
//	}
//	defer r.Close()
//	b := report.NewBuilder(report.Config{Source: "ACLED"})
//	for e, err := range r.Events() {
//		if err != nil {
//			log.Fatal(err)
//		}
//		b.Add(&e)
//	}
//	rep, err := b.Build()
//	if err != nil {
//		log.Fatal(err)
//	}
//	err = rep.WriteDir("bilan-report")
//
// # Conventions
//
// The conventions the code implements are written out in the module's docs folder:
// docs/quantities.md (how wording becomes a figure, the vague-word table after
// ACLED's codebook, outcomes, groups and pooled figures, and the single number ACLED
// would record), docs/mse.md (the multiple systems estimators as Rcapture and dga
// define them) and docs/design.md (the model and the reconciliation policy). bilan
// is distributed under the BSD 3-Clause licence (the LICENSE file).
package bilan
