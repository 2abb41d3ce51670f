package extract

import (
	"strings"
	"unicode"

	"github.com/bilan-dev/bilan/claims"
)

// Lang is a language of the text: "ar", "fr" or "en".
type Lang string

// The languages.
const (
	Arabic  Lang = "ar"
	French  Lang = "fr"
	English Lang = "en"
)

// Figure is one casualty figure found in a text.
type Figure struct {
	Outcome claims.Outcome
	Group   claims.Group
	Figure  claims.Figure
	// Denied is set when the sentence denies the figure ("dément", "نفى", "denied").
	Denied bool
	// Text is the words the figure was read from, Start and End their byte offsets
	// in the input (Text == input[Start:End]).
	Text       string
	Start, End int
}

var frenchWords = map[string]bool{"le": true, "la": true, "les": true, "des": true, "et": true, "dans": true, "du": true, "une": true, "été": true, "ont": true, "au": true, "par": true, "selon": true, "sur": true,
	"à": true, "de": true, "il": true, "ils": true, "sont": true, "est": true, "seraient": true, "aurait": true, "auraient": true, "jusqu": true, "dont": true, "lors": true, "après": true}
var englishWords = map[string]bool{"the": true, "and": true, "of": true, "were": true, "in": true, "was": true, "by": true, "said": true, "on": true, "at": true, "a": true, "to": true}

// Detect tells the language of a text: Arabic when most of its letters are Arabic,
// otherwise French or English by their commonest words, each letter with a French
// diacritic (é, è, à, ç, ...) counting as one French word; a tie is English.
func Detect(text string) Lang { return detect(text, nil) }

// detect is Detect with the text's tokens when the caller has them.
func detect(text string, toks []token) Lang {
	var ar, letters, accents int
	for _, r := range text {
		if r < 0x80 {
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				letters++
			}
			continue
		}
		if 0x0620 <= r && r <= 0x064A && r != 0x0640 {
			letters++
			ar++
			continue
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Arabic, r) {
				ar++
			} else if strings.ContainsRune("éèêëàâçîïôûùœÉÈÀÇ", r) {
				accents++
			}
		}
	}
	if letters > 0 && ar*2 >= letters {
		return Arabic
	}
	if toks == nil {
		toks = tokenize(text)
	}
	fr, en := accents, 0
	for _, t := range toks {
		if frenchWords[t.word] {
			fr++
		}
		if englishWords[t.word] {
			en++
		}
	}
	if fr > en {
		return French
	}
	return English
}

// Extract returns the casualty figures of text, in order; lang may be "" to detect
// it.
func Extract(text string, lang Lang) []Figure {
	toks := tokenize(text)
	if lang == "" {
		lang = detect(text, toks)
	}
	var out []Figure
	// Sentence by sentence: a break other than a comma ends one.
	start := 0
	for i := 0; i <= len(toks); i++ {
		if i == len(toks) || (toks[i].isBreak && !toks[i].comma && !(i+1 < len(toks) && toks[i].end == toks[i+1].start && toks[i+1].isNum)) {
			out = append(out, sentence(text, toks[start:i], lang)...)
			start = i + 1
		}
	}
	return out
}

// joined returns the words toks[i:i+n] joined by spaces, or "" when one is not a word.
func joined(toks []token, i, n int) string {
	if i+n > len(toks) {
		return ""
	}
	parts := make([]string, n)
	for k := range n {
		if toks[i+k].word == "" {
			return ""
		}
		parts[k] = toks[i+k].word
	}
	return strings.Join(parts, " ")
}

// firstWords returns the first words of a lexicon's phrases, and their Arabic stems'
// forms, so that phrase can skip a position at once.
func firstWords[T any](m map[string]T) map[string]bool {
	f := map[string]bool{}
	for k := range m {
		w, _, _ := strings.Cut(k, " ")
		f[w] = true
	}
	return f
}

var (
	vagueFirst = func() map[string]bool {
		f := map[string]bool{}
		for _, e := range claims.VagueTable() {
			for _, w := range append(e.Words, e.Concept) {
				first, _, _ := strings.Cut(norm(w), " ")
				f[first] = true
			}
		}
		return f
	}()
	reach = map[string]bool{"يصل": true}
)

// starts reports whether toks[i], or one of its Arabic stems, begins a phrase.
func starts(first map[string]bool, toks []token, i int) bool {
	if i >= len(toks) || toks[i].word == "" {
		return false
	}
	_, ok := lookup(first, toks[i].word)
	return ok
}

// phrase matches the longest phrase of m (up to 4 words) at toks[i].
func phrase[T any](m map[string]T, toks []token, i int) (T, int, bool) {
	for n := 4; n >= 1; n-- {
		if s := joined(toks, i, n); s != "" {
			if v, ok := m[s]; ok {
				return v, n, true
			}
			if n == 1 {
				if v, ok := lookup(m, s); ok {
					return v, 1, true
				}
			}
		}
	}
	var zero T
	return zero, 0, false
}

// quantity is a figure read at a position, before its outcome and group are known.
type quantity struct {
	fig        claims.Figure
	start, end int // token span
	group      claims.Group
	hasGroup   bool // the quantity itself names its group (a dual noun, "a soldier")
}

// readQuantity reads a quantity at toks[i]: an optional qualifier, then a number, an
// approximate noun, a vague word, or "no" before a group or outcome.
func readQuantity(toks []token, i int, lang Lang) (quantity, bool) {
	q := quantity{start: i}
	qual := claims.Exact
	j := i
	if starts(qualifierFirst, toks, i) {
		if v, n, ok := phrase(qualifiers, toks, i); ok {
			qual, j = v, i+n
		}
	}
	// "between 20 and 30", "entre 20 et 30", "ما بين 20 و30": a stated range.
	if w := toks[i].word; w == "between" || w == "entre" || w == "بين" {
		if a, k, ok := readNumber(toks, i+1); ok && k < len(toks) {
			next := k
			if w := toks[k].word; w == "and" || w == "et" || w == "و" {
				next = k + 1
			}
			if b, e, ok := readNumber(toks, next); ok && b > a && next > k {
				q.fig, q.end = claims.Between(a, b), e
				return q, true
			}
		}
	}
	// "قد يصل عدد القتلى إلى 60": up to, with words between its two parts.
	if qual == claims.Exact && i > 0 && toks[i-1].word == norm("إلى") {
		for k := i - 2; k >= 0 && k >= i-5; k-- {
			if _, ok := lookup(reach, toks[k].word); ok {
				qual = claims.AtMost
				break
			}
		}
	}
	// Vague words: "dozens", "des dizaines", "عشرات".
	for n := 3; n >= 1 && starts(vagueFirst, toks, j); n-- {
		if s := joined(toks, j, n); s != "" {
			if f, ok := claims.Vague(s); ok {
				q.fig, q.end = f, j+n
				return q, true
			}
			if n == 1 && s[0] >= 0x80 {
				for _, st := range stems(s)[1:] {
					if f, ok := claims.Vague(st); ok {
						q.fig, q.end = f, j+n
						return q, true
					}
				}
			}
		}
	}
	// Approximate nouns: "a dozen", "une dizaine", "plus d'une dizaine".
	if j+1 < len(toks) && (toks[j].word == "a" || toks[j].word == "une" || toks[j].word == "un") {
		if v, ok := approx[toks[j+1].word]; ok {
			q.end = j + 2
			switch qual {
			case claims.MoreThan:
				q.fig = claims.MoreThanN(v)
			case claims.AtLeast:
				q.fig = claims.AtLeastN(v)
			default:
				q.fig = claims.AboutN(v)
			}
			return q, true
		}
		// "a soldier" is 1 (English).
		if g, ok := singular[toks[j+1].word]; ok && lang == English && qual == claims.Exact {
			q.fig, q.end, q.group, q.hasGroup = claims.N(1), j+2, g, true
			return q, true
		}
	}
	if qual == claims.Exact && j < len(toks) {
		if g, ok := lookup(dual, toks[j].word); ok && lang == Arabic {
			q.fig, q.end, q.group, q.hasGroup = claims.N(2), j+1, g, true
			return q, true
		}
		if noWords[toks[j].word] && j+1 < len(toks) {
			if _, ok := lookup(groupWords, toks[j+1].word); ok {
				q.fig, q.end = claims.N(0), j+1
				return q, true
			}
			if _, ok := lookup(outcomeWords, toks[j+1].word); ok {
				q.fig, q.end = claims.N(0), j+1
				return q, true
			}
			if toks[j+1].word == "losses" || toks[j+1].word == "casualties" || toks[j+1].word == "pertes" {
				q.fig, q.end = claims.N(0), j+2
				return q, true
			}
		}
	}
	v, k, ok := readNumber(toks, j)
	if !ok {
		return q, false
	}
	// "un", "une", "one" alone are articles more often than numbers: count them
	// only before a group ("un gendarme blessé").
	if k == j+1 && !toks[j].isNum && v == 1 {
		if k >= len(toks) {
			return q, false
		}
		if _, ok := lookup(groupWords, toks[k].word); !ok {
			return q, false
		}
	}
	q.end = k
	switch qual {
	case claims.AtLeast:
		q.fig = claims.AtLeastN(v)
	case claims.MoreThan:
		q.fig = claims.MoreThanN(v)
	case claims.About:
		q.fig = claims.AboutN(v)
	case claims.AtMost:
		if v < 1 {
			return q, false
		}
		q.fig = claims.UpTo(v)
	default:
		q.fig = claims.N(v)
	}
	return q, true
}

// sentence extracts the figures of one sentence.
func sentence(text string, toks []token, lang Lang) []Figure {
	denied := false
	for _, t := range toks {
		if _, ok := lookup(denyWords, t.word); ok {
			denied = true
		}
	}
	var out []Figure
	used := make([]bool, len(toks))
	lastOutcome, lastGroup := claims.Killed, claims.UnknownGroup
	haveLast := false
	for i := 0; i < len(toks); i++ {
		if used[i] || toks[i].isBreak {
			continue
		}
		// A toll with no number.
		if !starts(qualitativeFirst, toks, i) {
		} else if outs, n, ok := phrase(qualitative, toks, i); ok {
			g, gend, ok := findGroupWithin(toks, i+n, i, 8)
			if !ok {
				g = claims.UnknownGroup
			}
			end := i + n
			if gend > end {
				end = gend
			}
			for _, o := range outs {
				out = append(out, mkFigure(text, toks, i, end, o, g, claims.Heavy(), denied))
			}
			for k := i; k < end; k++ {
				used[k] = true
			}
			lastOutcome, lastGroup, haveLast = outs[0], g, true
			i = end - 1
			continue
		}
		q, ok := readQuantity(toks, i, lang)
		if !ok {
			continue
		}
		// A subset of a figure already counted: "dont 8 enfants", "بينهم".
		if subsetBefore(toks, i) {
			i = q.end - 1
			continue
		}
		// A number that counts something else: attacks, posts (one adjective may
		// stand between: "5 military posts"), dates.
		if countsOther(toks, q.end) {
			i = q.end - 1
			continue
		}
		o, oend, oOK := findOutcome(toks, q.end, q.start)
		g := q.group
		gend := q.end
		gOK := q.hasGroup
		if !gOK {
			g, gend, gOK = findGroup(toks, q.end, q.start)
		}
		// A year: a bare number from 1900 to 2100 that no group follows.
		if q.fig.Qualifier == claims.Exact && q.fig.Min >= 1900 && q.fig.Min <= 2100 && (!gOK || gend <= q.start) {
			i = q.end - 1
			continue
		}
		if !oOK {
			if !haveLast || !gOK {
				i = q.end - 1
				continue // no outcome: not a casualty figure
			}
			o = lastOutcome // elided outcome: "12 soldiers killed and 3 civilians"
		}
		if !gOK {
			g = claims.UnknownGroup
			if haveLast {
				g = lastGroup // elided group: "12 soldiers killed and 30 wounded"
			}
		}
		end := q.end
		if gOK && gend > end && gend-q.end <= 4 {
			end = gend
		}
		if oOK && oend > end && oend-q.end <= 3 {
			end = oend
		}
		out = append(out, mkFigure(text, toks, q.start, end, o, g, q.fig, denied))
		lastOutcome, lastGroup, haveLast = o, g, true
		for k := q.start; k < end; k++ {
			used[k] = true
		}
		i = end - 1
	}
	return out
}

func mkFigure(text string, toks []token, from, to int, o claims.Outcome, g claims.Group, f claims.Figure, denied bool) Figure {
	s, e := toks[from].start, toks[to-1].end
	return Figure{Outcome: o, Group: g, Figure: f, Denied: denied, Text: text[s:e], Start: s, End: e}
}

// window returns the tokens to search around a quantity: forward from `after` up to
// 6 tokens, backward from `before` up to 5, each stopping at a break or a number.
func findOutcome(toks []token, after, before int) (claims.Outcome, int, bool) {
	var fo claims.Outcome
	fend, fdist, fok := 0, 0, false
	for k := after; k < len(toks) && k < after+8; k++ {
		if toks[k].isBreak || toks[k].isNum {
			break
		}
		if o, ok := lookup(outcomeWords, toks[k].word); ok {
			fo, fend, fdist, fok = o, k+1, k-after+1, true
			break
		}
	}
	for k := before - 1; k >= 0 && k >= before-6; k-- {
		if toks[k].isBreak || toks[k].isNum || conjunction(toks[k].word) {
			break
		}
		if o, ok := lookup(outcomeWords, toks[k].word); ok {
			if !fok || before-k < fdist {
				return o, k + 1, true
			}
			break
		}
	}
	return fo, fend, fok
}

func findGroup(toks []token, after, before int) (claims.Group, int, bool) {
	return findGroupWithin(toks, after, before, 5)
}

func findGroupWithin(toks []token, after, before, reach int) (claims.Group, int, bool) {
	for k := after; k < len(toks) && k < after+reach; k++ {
		if toks[k].isBreak || toks[k].isNum {
			break
		}
		if g, ok := lookup(groupWords, toks[k].word); ok {
			return g, k + 1, true
		}
	}
	for k := before - 1; k >= 0 && k >= before-4; k-- {
		if toks[k].isBreak || toks[k].isNum {
			break
		}
		if g, ok := lookup(groupWords, toks[k].word); ok {
			return g, k + 1, true
		}
	}
	return 0, 0, false
}

// subsetBefore reports whether a subset marker stands just before toks[i].
func subsetBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].isBreak {
			return false
		}
		if _, ok := lookup(subsetMarkers, toks[k].word); ok {
			return true
		}
		if k > 0 {
			if subsetMarkers[toks[k-1].word+" "+toks[k].word] {
				return true
			}
		}
	}
	return false
}

// conjunction reports whether w joins two clauses: an outcome before it belongs to
// the clause before ("12 killed and three missing").
func conjunction(w string) bool { return w == "and" || w == "et" || w == "while" || w == "alors" }

// countsOther reports whether the words at toks[k] (or the one after, past an
// adjective) name something a number counts that is not people.
func countsOther(toks []token, k int) bool {
	for n := k; n < len(toks) && n <= k+1; n++ {
		w := toks[n].word
		if w == "" {
			return false
		}
		if _, ok := lookup(nonCasualty, w); ok {
			return true
		}
		if _, ok := lookup(groupWords, w); ok {
			return false
		}
		if _, ok := lookup(outcomeWords, w); ok {
			return false
		}
	}
	return false
}
