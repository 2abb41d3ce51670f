package extract

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/bilan-dev/bilan/claims"
)

type example struct {
	lang Lang
	text string
	want []string
}

func loadCorpus(t testing.TB) []example { return loadFile(t, "testdata/corpus.tsv") }

func loadFile(t testing.TB, path string) []example {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []example
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != 3 {
			t.Fatalf("corpus line %q: want 3 tab-separated fields", line)
		}
		ex := example{lang: Lang(parts[0]), text: parts[1]}
		for _, w := range strings.Split(parts[2], " | ") {
			if w = strings.TrimSpace(w); w != "" {
				ex.want = append(ex.want, w)
			}
		}
		out = append(out, ex)
	}
	return out
}

// key writes a figure as the corpus does: outcome:group:figure[:denied].
func key(f Figure) string {
	s := fmt.Sprintf("%s:%s:%s", f.Outcome, f.Group, f.Figure)
	if f.Denied {
		s += ":denied"
	}
	return s
}

type score struct{ tp, fp, fn int }

func (s score) String() string {
	p, r := ratio(s.tp, s.tp+s.fp), ratio(s.tp, s.tp+s.fn)
	return fmt.Sprintf("precision %.2f recall %.2f (tp %d fp %d fn %d)", p, r, s.tp, s.fp, s.fn)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// qualifierOf reads the qualifier of a corpus figure key.
func qualifierOf(k string) string {
	parts := strings.Split(k, ":")
	f, err := claims.ParseFigure(parts[2])
	if err != nil {
		return "?"
	}
	return f.Qualifier.String()
}

// TestCorpus extracts every sentence of testdata/corpus.tsv (written for these tests,
// in the three languages) and reports precision and recall per language and per
// qualifier. A figure counts as found when its outcome, group, figure and denial all
// match. This is the set the extractor was tuned on and it scores 1.00 on all of it,
// so the floors are 1: any sentence a change loses fails the test. The scores say
// nothing of text it has not seen; the held-out tests below do.
func TestCorpus(t *testing.T) { evaluate(t, loadCorpus(t), 1, 1) }

// TestHeldOut scores the held-out sentences of testdata/heldout.tsv, written after the
// extractor was tuned on corpus.tsv and not used to tune it: the honest estimate.
// The floors are below the scores measured when it was written.
func TestHeldOut(t *testing.T) { evaluate(t, loadFile(t, "testdata/heldout.tsv"), 0.6, 0.5) }

// TestHeldOut2 scores the second held-out set, testdata/heldout2.tsv (105 sentences),
// likewise written after the extractor was built and not used to tune it. Measured
// when it was written: ar precision 0.84 recall 0.75, fr 1.00/0.94, en 1.00/0.92
// Fixed after that measurement, so no longer blind: Detect reading "Jusqu'à 150
// personnes seraient portées disparues." as English, Arabic teens (خمسة عشر read as
// 5 and 10) and the Arabic singular nouns for women and villagers; ar is now
// 0.94/0.81. The floors sit just below the first measurement.
func TestHeldOut2(t *testing.T) { evaluate(t, loadFile(t, "testdata/heldout2.tsv"), 0.8, 0.7) }

func evaluate(t *testing.T, corpus []example, minP, minR float64) {
	byLang := map[Lang]*score{}
	byQual := map[string]*score{}
	get := func(m map[string]*score, k string) *score {
		if m[k] == nil {
			m[k] = &score{}
		}
		return m[k]
	}
	for _, ex := range corpus {
		if byLang[ex.lang] == nil {
			byLang[ex.lang] = &score{}
		}
		var got []string
		for _, f := range Extract(ex.text, "") {
			got = append(got, key(f))
			if ex.text[f.Start:f.End] != f.Text {
				t.Errorf("%q: offsets [%d, %d] do not give %q", ex.text, f.Start, f.End, f.Text)
			}
		}
		if d := Detect(ex.text); d != ex.lang {
			t.Errorf("%q: detected %s, want %s", ex.text, d, ex.lang)
		}
		remaining := append([]string(nil), ex.want...)
		for _, g := range got {
			if i := indexOf(remaining, g); i >= 0 {
				remaining = append(remaining[:i], remaining[i+1:]...)
				byLang[ex.lang].tp++
				get(byQual, qualifierOf(g)).tp++
			} else {
				byLang[ex.lang].fp++
				get(byQual, qualifierOf(g)).fp++
				t.Logf("%s false: %q -> %s", ex.lang, ex.text, g)
			}
		}
		for _, w := range remaining {
			byLang[ex.lang].fn++
			get(byQual, qualifierOf(w)).fn++
			t.Logf("%s missed: %q -> %s", ex.lang, ex.text, w)
		}
	}
	langs := []Lang{Arabic, French, English}
	for _, l := range langs {
		t.Logf("%s: %s", l, byLang[l])
	}
	quals := make([]string, 0, len(byQual))
	for q := range byQual {
		quals = append(quals, q)
	}
	sort.Strings(quals)
	for _, q := range quals {
		t.Logf("qualifier %s: %s", q, byQual[q])
	}
	for _, l := range langs {
		s := byLang[l]
		if p, r := ratio(s.tp, s.tp+s.fp), ratio(s.tp, s.tp+s.fn); p < minP || r < minR {
			t.Errorf("%s: %s, below the floors (precision %.2f, recall %.2f)", l, s, minP, minR)
		}
	}
}

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}
