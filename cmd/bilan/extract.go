package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/claims/extract"
)

func init() {
	helpFlags("extract", declareExtract)
	register(&command{
		name:  "extract",
		usage: "[-lang ar|fr|en] [FILE...]",
		help: `Finds casualty figures in text, one sentence per line.

extract reads text (FILE, or standard input when there is none or FILE is "-"), one
sentence per line, and writes one JSON object per input line:

  {"line": N, "figures": [{"outcome": "killed", "group": "soldiers", "min": 26,
   "max": 26, "qualifier": "exact", "denied": false, "text": "26 جنديًا",
   "start": 40, "end": 55}]}

max is null when unbounded; figures is empty when the line has none; start and end
are byte offsets in the line. Figures follow docs/quantities.md: intervals with their
qualifier, vague words as their fixed intervals, qualitative tolls as [1, null].`,
		run: runExtract,
	})
}

type extractFigure struct {
	Outcome   string `json:"outcome"`
	Group     string `json:"group"`
	Min       int64  `json:"min"`
	Max       *int64 `json:"max"`
	Qualifier string `json:"qualifier"`
	Denied    bool   `json:"denied"`
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

type extractLine struct {
	Line    int             `json:"line"`
	Figures []extractFigure `json:"figures"`
}

// declareExtract declares extract's one flag, -lang.
func declareExtract(fs *flag.FlagSet) *string {
	return fs.String("lang", "", "the text's language: ar, fr or en (default: detected per line)")
}

func runExtract(e *env, args []string) error {
	fs, langFlag, err := parseWith("extract", e, args, declareExtract)
	if err != nil {
		return err
	}
	lang := extract.Lang(*langFlag)
	switch lang {
	case "", extract.Arabic, extract.French, extract.English:
	default:
		return fmt.Errorf("%w: -lang %q: want ar, fr or en", errUsage, lang)
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for _, name := range files {
		if err := extractFile(e, enc, name, lang); err != nil {
			return err
		}
	}
	return nil
}

// extractFile writes the figures of one input, name ("-" for standard input), and
// closes it before the next is opened.
func extractFile(e *env, enc *json.Encoder, name string, lang extract.Lang) error {
	var r io.Reader = e.stdin
	shown := "<stdin>"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		defer f.Close()
		r, shown = f, name
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if !utf8.ValidString(line) {
			return fmt.Errorf("%s:%d: invalid UTF-8", shown, n)
		}
		out := extractLine{Line: n, Figures: []extractFigure{}}
		for _, f := range extract.Extract(line, lang) {
			x := extractFigure{Outcome: f.Outcome.String(), Group: f.Group.String(), Min: f.Figure.Min,
				Qualifier: f.Figure.Qualifier.String(), Denied: f.Denied, Text: f.Text, Start: f.Start, End: f.End}
			if f.Figure.Max != claims.Inf {
				m := f.Figure.Max
				x.Max = &m
			}
			out.Figures = append(out.Figures, x)
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %v", shown, n+1, err)
	}
	return nil
}
