package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/ledger"
)

func init() {
	register(&command{
		name: "ledger",
		usage: `init FILE
       bilan ledger import [-from F] [-lenient] [-claims-from-notes] FILE SOURCE...
       bilan ledger add FILE CLAIM.json
       bilan ledger history [-json] FILE EVENT_ID
       bilan ledger export [-as-of DATE] [-recorded-as-of DATE] [-to json|csv] FILE`,
		help: `Records claims durably, with their history, in a ledger file (SQLite).

  init FILE       creates an empty ledger.
  import FILE SOURCE...
                  records each SOURCE (native JSON or CSV, ACLED, UCDP; with
                  -claims-from-notes, ACLED's notes' claims too), each in one
                  transaction: a file already imported adds nothing; a re-coded
                  figure is a revision of the claim it replaces.
  add FILE CLAIM.json
                  records one claim about an event of the ledger, validated first:
                  {"event": "EVENT_ID", "claim": {...a claim in the native JSON...}}
                  with "revises": "CLAIM_ID" for a revision and "correction": true
                  for the correction of a recording error. A native dataset (with
                  its "format") is imported instead, for claims about new events.
  history FILE EVENT_ID
                  every claim and revision of an event, in recording order, with
                  recorded and reported dates.
  export FILE     the dataset (native, format bilan/2): claims reported by -as-of,
                  as the ledger held them at the end of -recorded-as-of, revised
                  claims left out.

Nothing in a ledger is overwritten: revisions and corrections are new rows. Every
subcommand that reads a dataset also reads a ledger file. The schema is in the
documentation of package ledger; sqlite3, pandas and R's DBI read the file as is.`,
		run: runLedger,
	})
}

// parseAll parses flags placed before, between or after the positional arguments,
// and returns the positional ones.
func parseAll(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func runLedger(e *env, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: a ledger subcommand: init, import, add, history or export", errUsage)
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("ledger "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var pos []string
	parse := func(n int, what string) error {
		var err error
		if pos, err = parseAll(fs, args); err != nil {
			if err == flag.ErrHelp {
				return err
			}
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		if n > 0 && len(pos) != n || n < 0 && len(pos) < -n {
			return fmt.Errorf("%w: ledger %s %s", errUsage, sub, what)
		}
		return nil
	}
	ctx := context.Background()
	switch sub {
	case "init":
		if err := parse(1, "FILE"); err != nil {
			return err
		}
		l, err := ledger.Create(pos[0])
		if err != nil {
			return err
		}
		return l.Close()
	case "import":
		rf := declareRead(fs)
		if err := parse(-2, "FILE SOURCE..."); err != nil {
			return err
		}
		ro, err := rf.opts()
		if err != nil {
			return err
		}
		l, err := ledger.Open(pos[0])
		if err != nil {
			return err
		}
		defer l.Close()
		for _, in := range inputs(pos[1:]) {
			if err := ledgerImport(ctx, e, l, in, ro); err != nil {
				return err
			}
		}
		return nil
	case "add":
		if err := parse(2, "FILE CLAIM.json"); err != nil {
			return err
		}
		l, err := ledger.Open(pos[0])
		if err != nil {
			return err
		}
		defer l.Close()
		return ledgerAdd(ctx, e, l, inputs(pos[1:2])[0])
	case "history":
		asJSON := fs.Bool("json", false, "one JSON object per claim row instead of a table")
		if err := parse(2, "FILE EVENT_ID"); err != nil {
			return err
		}
		l, err := ledger.Open(pos[0])
		if err != nil {
			return err
		}
		defer l.Close()
		rows, err := l.History(ctx, pos[1])
		if err != nil {
			return err
		}
		return writeHistory(e.stdout, rows, *asJSON)
	case "export":
		asOf := declareAsOf(fs)
		recorded := fs.String("recorded-as-of", "", "the ledger as it was at the end of this date (YYYY-MM-DD, UTC)")
		to := fs.String("to", "json", "output format: json or csv")
		if err := parse(1, "FILE"); err != nil {
			return err
		}
		q, err := ledgerQuery(*asOf, *recorded)
		if err != nil {
			return err
		}
		if *to != "json" && *to != "csv" {
			return fmt.Errorf("%w: -to %q: want json or csv", errUsage, *to)
		}
		l, err := ledger.Open(pos[0])
		if err != nil {
			return err
		}
		defer l.Close()
		d, err := l.Dataset(ctx, q)
		if err != nil {
			return err
		}
		if *to == "csv" {
			return claims.WriteCSV(e.stdout, d)
		}
		return claims.WriteJSON(e.stdout, d)
	}
	return fmt.Errorf("%w: no ledger subcommand %q: want init, import, add, history or export", errUsage, sub)
}

// ledgerQuery reads the values of -as-of and -recorded-as-of.
func ledgerQuery(asOf, recordedAsOf string) (ledger.Query, error) {
	var q ledger.Query
	var err error
	if q.AsOf, err = asOfValue(asOf); err != nil {
		return q, err
	}
	q.RecordedAsOf, err = endOfDay(recordedAsOf)
	return q, err
}

// endOfDay returns the last instant of a date given as YYYY-MM-DD (UTC), or the
// zero Time for "".
func endOfDay(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	d, err := claims.ParseDate(s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: -recorded-as-of: %v", errUsage, err)
	}
	return d.Time().AddDate(0, 0, 1).Add(-time.Nanosecond), nil
}

// ledgerImport records one source in one transaction.
func ledgerImport(ctx context.Context, e *env, l *ledger.Ledger, in input, ro readOpts) error {
	r, rep, err := ro.open(e, in)
	if err != nil {
		return err
	}
	defer r.Close()
	o := ledger.Origin{Name: in.name, Format: formatName(r.Format())}
	if ro.notes && r.Format() == bilan.ACLED {
		o.Options = "claims-from-notes"
	}
	start := time.Now()
	var rerr error
	events := func(yield func(claims.Event, error) bool) {
		for ev, err := range r.Events() {
			if err != nil {
				rerr = err
				yield(ev, err)
				return
			}
			if !yield(ev, nil) {
				return
			}
		}
	}
	periods := func(yield func(claims.PeriodClaim) bool) {
		for _, p := range r.Periods() {
			if !yield(p) {
				return
			}
		}
	}
	res, err := l.Import(ctx, o, events, periods)
	if rerr != nil {
		err := rep.finish(r, rerr)
		fmt.Fprintf(e.stderr, "%s: nothing recorded\n", in.name)
		return err
	}
	if err != nil {
		return fmt.Errorf("%s: %w (nothing recorded)", in.name, err)
	}
	if err := rep.finish(r, nil); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s: %d records, %d new versions, %d claims recorded (%d revisions), %d already held; %.1fs\n",
		in.name, res.Records, res.Versions, res.Claims, res.Revisions, res.Unchanged, time.Since(start).Seconds())
	return nil
}

// formatName names a format as the ledger's imports table records it.
func formatName(f bilan.Format) string {
	switch f {
	case bilan.ACLED:
		return "acled"
	case bilan.UCDP:
		return "ucdp"
	}
	return "native"
}

// addition is the form of CLAIM.json for ledger add.
type addition struct {
	Event string       `json:"event"`
	Claim claims.Claim `json:"claim"`
}

func ledgerAdd(ctx context.Context, e *env, l *ledger.Ledger, in input) error {
	var b []byte
	var err error
	if in.path == "-" {
		b, err = io.ReadAll(e.stdin)
	} else {
		b, err = os.ReadFile(in.path)
	}
	if err != nil {
		return explain(e, in, err)
	}
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(b, &probe); err == nil && probe["format"] != nil {
		return ledgerImport(ctx, e, l, input{name: in.name, path: in.path}, readOpts{nativeOnly: true})
	}
	var a addition
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return fmt.Errorf("%s: %v (want {\"event\": ID, \"claim\": {...}})", in.name, err)
	}
	if a.Event == "" {
		return fmt.Errorf("%s: no \"event\"", in.name)
	}
	c, err := l.Add(ctx, in.name, a.Event, a.Claim)
	if err != nil {
		if ps := claims.Problems(err); ps != nil {
			return explain(e, in, err)
		}
		return fmt.Errorf("%s: %w (nothing recorded)", in.name, err)
	}
	fmt.Fprintf(e.stdout, "%s: claim %s recorded on event %s", in.name, c.ID, a.Event)
	if c.Revises != "" {
		what := "revising"
		if c.Correction {
			what = "correcting"
		}
		fmt.Fprintf(e.stdout, ", %s %s", what, c.Revises)
	}
	fmt.Fprintln(e.stdout)
	return nil
}

// historyRow is the JSON form of a row of ledger history.
type historyRow struct {
	Recorded string       `json:"recorded"`
	Import   int64        `json:"import"`
	Current  bool         `json:"current"`
	Claim    claims.Claim `json:"claim"`
}

func writeHistory(w io.Writer, rows []ledger.ClaimRow, asJSON bool) error {
	revised := map[string]bool{}
	for _, r := range rows {
		if r.Claim.Revises != "" {
			revised[r.Claim.Revises] = true
		}
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, r := range rows {
			if err := enc.Encode(historyRow{r.RecordedAt.Format(time.RFC3339), r.Import, !revised[r.Claim.ID], r.Claim}); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "recorded\treported\tclaim\trevises\tsource\tstance\tfigures\t")
	for _, r := range rows {
		c := r.Claim
		rev := c.Revises
		if c.Correction {
			rev += " (correction)"
		}
		if rev == "" {
			rev = "—"
		}
		id := c.ID
		if revised[c.ID] {
			id += " (revised)"
		}
		src := c.Source.Name + " (" + c.Source.Kind.String() + ")"
		var figs []string
		for _, f := range c.Figures {
			figs = append(figs, f.Outcome.String()+" "+f.Group.String()+" "+f.Figure.String())
		}
		if len(figs) == 0 {
			figs = []string{"—"}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", r.RecordedAt.Format(time.RFC3339), c.ReportedAt, id, rev, src, c.Stance, strings.Join(figs, "; "))
	}
	return tw.Flush()
}

// isLedgerFile reports whether the file at path begins as an SQLite database does.
func isLedgerFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 16)
	n, _ := io.ReadFull(f, head)
	return bytes.Equal(head[:n], []byte("SQLite format 3\x00"))
}

// ledgerJSON returns the dataset of a ledger file as the native JSON, as export
// gives it with -recorded-as-of recordedAsOf (YYYY-MM-DD or ""), for the
// subcommands that read datasets. An error ends the stream and is what its
// reader meets.
func ledgerJSON(path, recordedAsOf string) io.Reader {
	pr, pw := io.Pipe()
	go func() {
		at, err := endOfDay(recordedAsOf)
		if err != nil {
			pw.CloseWithError(err)
			return
		}
		l, err := ledger.Open(path)
		if err != nil {
			pw.CloseWithError(err)
			return
		}
		defer l.Close()
		d, err := l.Dataset(context.Background(), ledger.Query{RecordedAsOf: at})
		if err == nil {
			err = claims.WriteJSON(pw, d)
		}
		pw.CloseWithError(err)
	}()
	return pr
}
