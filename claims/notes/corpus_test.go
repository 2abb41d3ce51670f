package notes

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/claims/extract"
)

// corpusNote is one line of testdata/notes.jsonl: a synthetic note written for
// these tests in ACLED's register (never a row of ACLED's), the event's date and
// armed group, and the statements a careful reader finds in it. "at" is a phrase of
// the statement's clause that locates it; figures are "outcome group FIGURE"
// separated by "; ", FIGURE in claims.ParseFigure's form.
type corpusNote struct {
	ID    string `json:"id"`
	Date  string `json:"date"`
	Group string `json:"group"`
	Lang  string `json:"lang"`
	Notes string `json:"notes"`
	Want  []struct {
		At             string `json:"at"`
		Source         string `json:"source"`
		Kind           string `json:"kind"`
		Side           string `json:"side"`
		Stance         string `json:"stance"`
		Figures        string `json:"figures"`
		Cites          string `json:"cites"`
		Uncorroborated bool   `json:"uncorroborated"`
	} `json:"want"`
}

func readCorpus(t *testing.T, name string) []corpusNote {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusNote
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var n corpusNote
		if err := json.Unmarshal(sc.Bytes(), &n); err != nil {
			t.Fatalf("notes.jsonl line %d: %v", len(out)+1, err)
		}
		out = append(out, n)
	}
	return out
}

func figuresString(cs []claims.Count) string {
	var parts []string
	for _, c := range cs {
		parts = append(parts, c.Outcome.String()+" "+c.Group.String()+" "+c.Figure.String())
	}
	slices.Sort(parts)
	return strings.Join(parts, "; ")
}

// canonical rewrites a truth's figures through ParseFigure and String, so that
// "killed militants dozens" compares with the figure the extractor gives.
func canonical(t *testing.T, s string) string {
	if s == "" {
		return ""
	}
	var parts []string
	for _, p := range strings.Split(s, "; ") {
		f := strings.Fields(p)
		if len(f) != 3 {
			t.Fatalf("truth figure %q: want outcome group figure", p)
		}
		fig, err := claims.ParseFigure(f[2])
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, f[0]+" "+f[1]+" "+fig.String())
	}
	slices.Sort(parts)
	return strings.Join(parts, "; ")
}

var fields = []string{"statement", "source", "kind", "side", "stance", "figures", "cites", "uncorroborated"}

// TestCorpusPrecisionRecall measures, per field, the share of statements found
// whose field is right (precision) and the share of true statements found with the
// field right (recall), on the synthetic notes. A statement is found when a
// statement Find returns spans the truth's "at" phrase. The floors are the scores
// are the scores measured, rounded down to the next 0.05: a change that lowers one
// fails.
func TestCorpusPrecisionRecall(t *testing.T) {
	// notes.jsonl is the tuning set: the rules were adjusted until it scored as it
	// does. heldout.jsonl was written after, and not tuned on: its scores are the
	// blind ones.
	for _, c := range []struct {
		file   string
		floors map[string][2]float64 // precision, recall
	}{
		{"testdata/notes.jsonl", map[string][2]float64{
			"statement": {0.95, 0.95}, "source": {0.95, 0.95}, "kind": {0.95, 0.95}, "side": {0.95, 0.95},
			"stance": {0.95, 0.95}, "figures": {0.95, 0.95}, "cites": {0.95, 0.95}, "uncorroborated": {0.95, 0.95},
		}},
		{"testdata/heldout.jsonl", heldoutFloors},
		{"testdata/heldout2.jsonl", heldout2Floors},
	} {
		t.Run(c.file, func(t *testing.T) { scoreCorpus(t, c.file, c.floors) })
	}
}

func scoreCorpus(t *testing.T, file string, floors map[string][2]float64) {
	right := map[string]int{}
	var found, truth int
	for _, n := range readCorpus(t, file) {
		date, err := claims.ParseDate(n.Date)
		if err != nil {
			t.Fatal(err)
		}
		ctx := Context{Date: date, Precision: claims.PrecDay, Group: n.Group}
		got := Find(n.Notes, extract.Lang(n.Lang), ctx)
		found += len(got)
		truth += len(n.Want)
		used := make([]bool, len(got))
		for _, w := range n.Want {
			at := strings.Index(n.Notes, w.At)
			if at < 0 {
				t.Fatalf("%s: %q is not in the note", n.ID, w.At)
			}
			k := slices.IndexFunc(got, func(s Statement) bool { return s.Start <= at && at < s.End })
			if k < 0 || used[k] {
				t.Logf("%s: missed %q (%s)", n.ID, w.At, w.Source)
				continue
			}
			used[k] = true
			g := got[k]
			cites := ""
			if g.Cites != nil {
				cites = g.Cites.Name
			}
			ok := map[string]bool{
				"statement":      true,
				"source":         strings.EqualFold(g.Source.Name, w.Source),
				"kind":           g.Source.Kind.String() == w.Kind,
				"side":           g.Source.Side.String() == w.Side,
				"stance":         g.Stance.String() == w.Stance,
				"figures":        figuresString(g.Figures) == canonical(t, w.Figures),
				"cites":          strings.EqualFold(cites, w.Cites),
				"uncorroborated": g.Uncorroborated == w.Uncorroborated,
			}
			for _, f := range fields {
				if ok[f] {
					right[f]++
				} else {
					t.Logf("%s %q: %s wrong: got %+v", n.ID, w.At, f, g)
				}
			}
		}
		for k, u := range used {
			if !u {
				t.Logf("%s: spurious statement %q by %q", n.ID, got[k].Text, got[k].Source.Name)
			}
		}
	}
	for _, f := range fields {
		p, r := float64(right[f])/float64(found), float64(right[f])/float64(truth)
		t.Logf("%-14s precision %.2f recall %.2f (%d right, %d found, %d true)", f, p, r, right[f], found, truth)
		if p < floors[f][0] || r < floors[f][1] {
			t.Errorf("%s: precision %.2f recall %.2f, below the floors %.2f %.2f", f, p, r, floors[f][0], floors[f][1])
		}
	}
}

// heldoutFloors are the blind scores measured on heldout.jsonl when it was first
// run, rounded down to the next 0.05. Its misses then led to fixes (a second
// statement after ", and", a speaker "quoted by" an outlet, a French nationality
// adjective after the speaker's noun): it is no longer blind.
// heldout2Floors: heldout2.jsonl was written after the fixes heldout.jsonl led to,
// and first run blind: statement, source, kind, side, stance, cites and
// uncorroborated precision 0.91 and recall 0.91; figures 0.82 and 0.82. The floors
// are those, rounded down to the next 0.05. (Two of its misses then led to fixes:
// a "could not be verified" clause in the statement's sentence, and a negated
// claim verb; it is no longer blind. The truth of k11 then gained the group's
// silence, "le groupe n'a pas revendiqué", which the issue counts as a stance.)
var heldout2Floors = map[string][2]float64{
	"statement": {0.90, 0.90}, "source": {0.90, 0.90}, "kind": {0.90, 0.90}, "side": {0.90, 0.90},
	"stance": {0.90, 0.90}, "figures": {0.80, 0.80}, "cites": {0.90, 0.90}, "uncorroborated": {0.90, 0.90},
}

var heldoutFloors = map[string][2]float64{
	"statement": {1.00, 0.85}, "source": {0.90, 0.80}, "kind": {1.00, 0.85}, "side": {1.00, 0.85},
	"stance": {1.00, 0.85}, "figures": {0.80, 0.70}, "cites": {1.00, 0.85}, "uncorroborated": {1.00, 0.85},
}
