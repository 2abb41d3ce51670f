package claims

import (
	"sort"
	"strings"
)

// The vague-word table of docs/quantities.md §2. Min is ACLED's conservative code
// for the word (codebook, "Reported fatalities"; FAQ "Fatalities", 2024): few and
// several 3, tens 10, dozens 12, hundreds 100, thousands 1000. Max is the last value
// before the next order-of-magnitude word; several is capped at 19 so that it never
// reaches the tens.
var vagueConcepts = map[string]struct{ Min, Max int64 }{
	"few":               {3, 9},
	"several":           {3, 19},
	"many":              {3, Inf},
	"tens":              {10, 99},
	"dozens":            {12, 99},
	"hundreds":          {100, 999},
	"thousands":         {1000, 9999},
	"tens_of_thousands": {10000, 99999},
}

// vagueWords maps each trigger, in English, French and Arabic, as written, to its
// concept; vagueIndex is the same keyed by normVague. A modifier (plusieurs, quelques, several) in front of a
// tens, dozens or hundreds word does not change the head word's interval (§2).
var vagueWords = map[string]string{
	// English
	"a few": "few", "few": "few",
	"several": "several", "multiple": "several",
	"many": "many", "numerous": "many", "a lot of": "many", "lots of": "many",
	"tens": "tens", "tens of": "tens",
	"dozens": "dozens", "dozens of": "dozens", "several dozen": "dozens", "several dozens": "dozens", "many dozen": "dozens", "many dozens": "dozens",
	"hundreds": "hundreds", "hundreds of": "hundreds", "several hundred": "hundreds", "many hundreds": "hundreds", "many hundreds of": "hundreds",
	"thousands": "thousands", "thousands of": "thousands", "several thousand": "thousands", "many thousands": "thousands", "many thousands of": "thousands",
	"tens of thousands": "tens_of_thousands", "tens_of_thousands": "tens_of_thousands",
	// French
	"quelques":    "few",
	"plusieurs":   "several",
	"de nombreux": "many", "de nombreuses": "many", "nombreux": "many", "nombreuses": "many", "beaucoup": "many", "beaucoup de": "many",
	"des dizaines": "tens", "dizaines": "tens", "plusieurs dizaines": "tens", "quelques dizaines": "tens",
	"des centaines": "hundreds", "centaines": "hundreds", "plusieurs centaines": "hundreds", "quelques centaines": "hundreds",
	"des milliers": "thousands", "milliers": "thousands", "plusieurs milliers": "thousands",
	"des dizaines de milliers": "tens_of_thousands", "plusieurs dizaines de milliers": "tens_of_thousands", "quelques dizaines de milliers": "tens_of_thousands", "dizaines de milliers": "tens_of_thousands",
	// Arabic (normalised: alef forms to bare alef, hamza on ya/waw kept)
	"بضعة": "few", "بضع": "few",
	"عدة":    "several",
	"العديد": "many", "عديد": "many", "العديد من": "many", "كثيرون": "many", "كثيرين": "many", "عديدون": "many", "عديدين": "many", "الكثير من": "many", "كثيرا من": "many", "كثير من": "many",
	"عشرات":        "tens",
	"مئات":         "hundreds",
	"الاف":         "thousands",
	"عشرات الالاف": "tens_of_thousands",
}

// Vague returns the figure of a vague quantity word in English, French or Arabic, as
// docs/quantities.md §2 fixes it: Vague("dozens") is [12, 99], Vague("des dizaines") and
// Vague("عشرات") are [10, 99], Vague("hundreds") is [100, 999]. The concept names
// themselves (few, several, many, tens, dozens, hundreds, thousands,
// tens_of_thousands) are accepted too. Case, surrounding space, the Arabic alef
// variants, alef maqsura and ta marbuta (عدة = عده) are ignored. It reports false for a word not in the table.
func Vague(word string) (Figure, bool) {
	c, ok := vagueIndex[normVague(word)]
	if !ok {
		return Figure{}, false
	}
	v := vagueConcepts[c]
	return Figure{Min: v.Min, Max: v.Max, Qualifier: VagueWord, Word: c}, true
}

// vagueIndex is vagueWords keyed by normVague; built once, read only.
var vagueIndex = func() map[string]string {
	m := make(map[string]string, len(vagueWords))
	for w, c := range vagueWords {
		m[normVague(w)] = c
	}
	return m
}()

// alefs folds the Arabic alef forms, alef maqsura and ta marbuta, as wire copy
// mixes them (عدة / عده); a Replacer is safe for concurrent use.
var alefs = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ٱ", "ا", "ى", "ي", "ة", "ه")

// normVague folds case and runs of space, the Arabic alef forms (أ إ آ ٱ) to ا,
// alef maqsura to ي and ta marbuta to ه.
func normVague(s string) string {
	return alefs.Replace(strings.ToLower(strings.Join(strings.Fields(s), " ")))
}

// VagueEntry is one row of the vague-word table: a concept, its interval and the
// words that express it.
type VagueEntry struct {
	Concept  string
	Min, Max int64
	Words    []string
}

// VagueTable returns the vague-word table of docs/quantities.md §2, by increasing Min,
// with each concept's words in English, French and Arabic, sorted.
func VagueTable() []VagueEntry {
	var out []VagueEntry
	for c, v := range vagueConcepts {
		e := VagueEntry{Concept: c, Min: v.Min, Max: v.Max}
		for w, wc := range vagueWords {
			if wc == c && w != c {
				e.Words = append(e.Words, w)
			}
		}
		sort.Strings(e.Words)
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Min != out[j].Min {
			return out[i].Min < out[j].Min
		}
		return out[i].Max < out[j].Max
	})
	return out
}
