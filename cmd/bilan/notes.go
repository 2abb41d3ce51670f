package main

import (
	"encoding/json"
	"flag"
	"fmt"

	"github.com/bilan-dev/bilan"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/claims/extract"
	"github.com/bilan-dev/bilan/claims/notes"
)

func init() {
	helpFlags("notes", declareNotes)
	register(&command{
		name:  "notes",
		usage: "[-lang en|fr] [-lenient] [FILE]",
		help: `Finds the claims that an ACLED export's notes report.

notes reads an ACLED export (FILE, or standard input when there is none or FILE is
"-") and writes one JSON object per event whose notes hold attributed statements:

  {"event": "BFA1234", "claims": [{"source": "JNIM", "kind": "militant_statement",
   "side": "armed_group", "stance": "responsibility", "figures": [{"outcome":
   "killed", "group": "soldiers", "min": 6, "max": 6, "qualifier": "exact"}],
   "text": "JNIM claimed to have killed 6 soldiers.", "start": 58, "end": 97}]}

source is the speaker as the notes name it ("the group" resolved to the event's
armed group); kind and side are claims' source kind and side; stance is reports,
responsibility, denial or silence; max is null when unbounded; start and end are
byte offsets of text in the notes. ACLED's own coded fatalities, statements about
other events and unattributed reports are left out: a statement is kept only when
its speaker is recognised (see package claims/notes).

-claims-from-notes on the subcommands that read datasets adds these claims to each
ACLED event beside ACLED's own.`,
		run: runNotes,
	})
}

type notesFigure struct {
	Outcome   string `json:"outcome"`
	Group     string `json:"group"`
	Min       *int64 `json:"min"`
	Max       *int64 `json:"max"`
	Qualifier string `json:"qualifier"`
}

type notesClaim struct {
	Source  string        `json:"source"`
	Kind    string        `json:"kind"`
	Side    string        `json:"side"`
	Stance  string        `json:"stance"`
	Figures []notesFigure `json:"figures"`
	Text    string        `json:"text"`
	Start   int           `json:"start"`
	End     int           `json:"end"`
}

type notesEvent struct {
	Event  string       `json:"event"`
	Claims []notesClaim `json:"claims"`
}

// notesLang reads -lang.
// notesFlags are notes' flags.
type notesFlags struct {
	lang    *string
	lenient *bool
}

func declareNotes(fs *flag.FlagSet) notesFlags {
	return notesFlags{
		lang:    fs.String("lang", "", "the notes' language: en or fr (default: detected per note)"),
		lenient: fs.Bool("lenient", false, "skip bad rows, reporting them, instead of failing"),
	}
}

// notesLang reads the -lang flag's value.
func notesLang(v string) (extract.Lang, error) {
	lang := extract.Lang(v)
	switch lang {
	case "", extract.French, extract.English:
		return lang, nil
	}
	return "", fmt.Errorf("%w: -lang %q: want en or fr", errUsage, lang)
}

func runNotes(e *env, args []string) error {
	fs, f, err := parseWith("notes", e, args, declareNotes)
	if err != nil {
		return err
	}
	lang, err := notesLang(*f.lang)
	if err != nil {
		return err
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	in, err := one(files)
	if err != nil {
		return err
	}
	ro := readOpts{format: bilan.ACLED, lenient: *f.lenient, hasLenient: true}
	r, rep, err := ro.open(e, in)
	if err != nil {
		return err
	}
	defer r.Close()
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	var rerr error
	for ev, err := range r.Events() {
		if err != nil {
			rerr = err
			break
		}
		sts := notes.Find(ev.Summary, lang, notes.ContextOf(&ev))
		if len(sts) == 0 {
			continue
		}
		out := notesEvent{Event: ev.ID}
		for _, st := range sts {
			c := notesClaim{Source: st.Source.Name, Kind: st.Source.Kind.String(), Side: st.Source.Side.String(),
				Stance: st.Stance.String(), Figures: []notesFigure{}, Text: st.Text, Start: st.Start, End: st.End}
			for _, f := range st.Figures {
				x := notesFigure{Outcome: f.Outcome.String(), Group: f.Group.String(), Qualifier: f.Figure.Qualifier.String()}
				if f.Figure.IsKnown() {
					mn := f.Figure.Min
					x.Min = &mn
					if f.Figure.Max != claims.Inf {
						mx := f.Figure.Max
						x.Max = &mx
					}
				}
				c.Figures = append(c.Figures, x)
			}
			out.Claims = append(out.Claims, c)
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	return rep.finish(r, rerr)
}
