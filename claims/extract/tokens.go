package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	unorm "golang.org/x/text/unicode/norm"
)

// token is a word, a number or a clause break, with its byte span in the input.
type token struct {
	start, end int
	word       string // normalised (norm); "" for numbers and breaks
	num        int64  // a number written in digits
	isNum      bool
	// frac and fracDigits hold the decimals of a number written with them
	// ("1,5": frac 5, fracDigits 1); fracDigits is 0 for a whole number.
	frac       int32
	fracDigits int8
	isBreak    bool // . ; : ! ? ، ؛ and commas
	comma      bool
	paren      bool // an opening parenthesis stands before the token
	closes     bool // a closing parenthesis stands after the token
	hyphen     bool // a number joined by a hyphen to the word after it ("30-truck")
	dashTo     bool // a number joined by a hyphen to a number after it ("200-300")
	semi       bool // a semicolon: a break inside the sentence
	// numw caches isNumberWord for the text's language once its words are
	// final (cacheLookups): langCode(lang)<<1 | 1 if a number word; 0
	// when not computed.
	numw uint8
	// subm caches isSubsetMarker's lookups once the words are final:
	// subMarked | subOne (a one-word marker) | subFirst (a phrase's first word).
	subm uint8
}

const (
	subMarked uint8 = 1 << iota
	subOne
	subFirst
)

// norm folds a word for lookup: NFKC where needsNFKC says so; lower case; in Arabic, the alef forms to ا, alef
// maqsura and the Persian yeh (ی) to ي, the Persian keheh (ک) to ك, ta marbuta to ه (wire copy writes both: اصابة / اصابه), and no
// diacritics or tatweel. It is applied once, when the text is
// cut into words; offsets stay those of the original text.
func norm(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] == '\'' {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	if plainArabic(s) {
		return s // nothing to fold: no copy
	}
	if needsNFKC(s) {
		s = unorm.NFKC.String(s)
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			b.WriteRune('ا')
		case r == 'ى' || r == 'ی':
			b.WriteRune('ي') // also the Persian yeh of text typed on Persian keyboards: حوالی
		case r == 'ک':
			b.WriteRune('ك') // the Persian keheh
		case r == 'ة':
			b.WriteRune('ه')
		case r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640:
		case r == '’' || r == '\'' || r == '´':
			b.WriteRune(' ')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// plainArabic reports whether s is Arabic letters that norm leaves as they are.
func plainArabic(s string) bool {
	for _, r := range s {
		if r < 0x0621 || r > 0x064A || r == 'أ' || r == 'إ' || r == 'آ' || r == 'ى' || r == 'ة' || r == 0x0640 {
			return false
		}
	}
	return true
}

// needsNFKC reports whether a word holds Arabic presentation forms (the contextual
// letter shapes and ligatures, U+FB50-U+FDFF and U+FE70-U+FEFF, that text copied
// from PDFs carries) or Latin combining accents (a decomposed "tués"). Only
// those words go through Unicode NFKC (golang.org/x/text/unicode/norm), which folds
// them to the plain letters the lexicons hold; the others skip its cost.
func needsNFKC(s string) bool {
	for _, r := range s {
		if r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF || r >= 0x0300 && r <= 0x036F {
			return true
		}
	}
	return false
}

// digit returns the value of an ASCII, Arabic-Indic or extended Arabic-Indic digit.
func digit(r rune) (int64, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int64(r - '0'), true
	case r >= '٠' && r <= '٩':
		return int64(r - '٠'), true
	case r >= '۰' && r <= '۹':
		return int64(r - '۰'), true
	}
	return 0, false
}

// isSep is a thousands separator: comma, dot, space, no-break and narrow no-break
// space, Arabic thousands separator, and the apostrophe of Swiss usage ("35'000
// morts").
func isSep(r rune) bool {
	return r == ',' || r == '.' || r == ' ' || r == '\u00a0' || r == '\u202f' || r == '٬' || r == '\'' || r == '’'
}

// fraction reads the one or two digits of a decimal fraction at the start of s
// (not three: "2,000" is a thousands separator) and returns their value and count.
func fraction(s string) (int64, int64) {
	var v, n int64
	for _, r := range s {
		d, ok := digit(r)
		if !ok {
			break
		}
		v, n = v*10+d, n+1
		if n > 2 {
			return 0, 0
		}
	}
	return v, n
}

// threeDigits reports whether s begins with exactly three digits and then a non-digit.
func threeDigits(s string) bool {
	n := 0
	for _, r := range s {
		if _, ok := digit(r); ok {
			n++
			if n > 3 {
				return false
			}
			continue
		}
		break
	}
	return n == 3
}

func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case 0x0620 <= r && r <= 0x065F:
		return true // Arabic letters, tatweel and harakat: the common case, no table look-up
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || r == 'ـ'
}

// tokenize cuts s into tokens.
// moneyScale returns the end of the multiplier word that follows a sum of money
// ending at i ("$2 million", "₦5bn"), or i when none does.
func moneyScale(s string, i int) int {
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	k := j
	for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z') {
		k++
	}
	switch strings.ToLower(s[j:k]) {
	case "million", "millions", "billion", "billions", "milliard", "milliards", "trillion", "m", "bn", "k":
		return k
	}
	return i
}

func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+4)
	paren := false // a '(' seen since the last token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if d, ok := digit(r); ok {
			start := i
			v := d
			i += n
			for i < len(s) {
				r, n = utf8.DecodeRuneInString(s[i:])
				if d, ok := digit(r); ok {
					if v < 1e15 {
						v = v*10 + d
					}
					i += n
					continue
				}
				if isSep(r) && threeDigits(s[i+n:]) {
					i += n
					continue
				}
				break
			}
			if n := len(toks); n > 0 && toks[n-1].word != "" {
				// Digits glued to Latin letters are a name, not a number: M23, G5,
				// F16; so are digits joined by a hyphen to a short Latin word:
				// F-16, JS-3, MiG-29, Covid-19.
				p := toks[n-1]
				glued := p.end == start && s[start-1] < 0x80
				hyphened := start >= 2 && s[start-1] == '-' && p.end == start-1 && s[start-2] < 0x80 && p.end-p.start <= 5
				if glued || hyphened {
					toks[n-1].end = i
					toks[n-1].word = norm(s[p.start:i])
					continue
				}
			}
			t := token{start: start, end: i, num: v, isNum: true, paren: paren}
			paren = false
			// A decimal ("1,5 millions", "2.3 million", "٢٫٥"): its fraction, kept
			// for a multiplier after it.
			if i < len(s) {
				r, n = utf8.DecodeRuneInString(s[i:])
				if r == ',' || r == '.' || r == '٫' {
					if d, m := fraction(s[i+n:]); m > 0 {
						t.fracDigits, t.frac, t.end = int8(m), int32(d), i+n+int(m)
						i = t.end
					}
				}
			}
			if i+1 < len(s) && s[i] == '-' {
				if r2, _ := utf8.DecodeRuneInString(s[i+1:]); unicode.IsLetter(r2) {
					t.hyphen = true
				} else if r2 >= '0' && r2 <= '9' {
					t.dashTo = true
				}
			}
			if percent(s[i:]) {
				// "A 70%, les Palestiniens tués": a share, no count.
				t.isNum, t.word = false, "#"
			}
			if r, _ := utf8.DecodeLastRuneInString(s[:start]); unicode.Is(unicode.Sc, r) {
				// "₦100 million", "$5,000": a sum of money, no count, with the
				// multiplier that scales it.
				t.isNum, t.word = false, "#"
				t.end = moneyScale(s, t.end)
				i = t.end
			}
			if start > 0 && s[start-1] == '[' && i < len(s) && s[i] == ']' {
				// "Central Reserve Police Force[2]": a page's note mark, no count.
				t.isNum, t.word = false, "#"
			}
			if i+1 < len(s) && s[i] == '/' && s[i+1] >= '0' && s[i+1] <= '9' || start >= 2 && s[start-1] == '/' && s[start-2] >= '0' && s[start-2] <= '9' {
				// "الخميس 30/7/2009", "11/8": a date, no count.
				t.isNum, t.word = false, "#"
			}
			toks = append(toks, t)
			continue
		}
		if isWordRune(r) {
			start := i
			script := arabicRune(r)
			for i < len(s) {
				r, n = utf8.DecodeRuneInString(s[i:])
				if isWordRune(r) && (arabicRune(r) == script || !unicode.IsLetter(r)) {
					// (a word ends where its script changes: "جنودquot" from a
					// page's stray entity is "جنود", then "quot")
					i += n
					continue
				}
				// A hyphen inside a word: dix-sept, quatre-vingt-dix, twenty-six.
				// (Not in Arabic, which writes no compounds so: "تاق برس-قُتل"
				// is a dateline, then the verb.)
				if r == '!' && i+1 < len(s) && !script && s[i+1] >= 'a' && s[i+1] <= 'z' && s[i-1] >= 'a' && s[i-1] <= 'z' {
					i += n // "k!lled": a word masked against filters, read by typos
					continue
				}
				if r == '-' && i+1 < len(s) && !script {
					if r2, _ := utf8.DecodeRuneInString(s[i+1:]); isWordRune(r2) {
						i += n
						continue
					}
				}
				break
			}
			toks = append(toks, token{start: start, end: i, word: norm(s[start:i]), paren: paren})
			paren = false
			continue
		}
		if r == '.' && (abbreviation(toks, i) || numberSign(toks, s, i)) {
			i += n // "Oct. 14", "U.S. soldiers", "Gen. Smith", "No. 438": no break
			continue
		}
		switch r {
		case '.', ';', ':', '!', '?', '،', '؛', ',', '\n':
			toks = append(toks, token{start: i, end: i + n, isBreak: true, comma: r == ',' || r == '،' || r == ':', semi: r == ';' || r == '؛'})
			paren = false
		case '(':
			paren = true
		case ')':
			if n := len(toks); n > 0 && !toks[n-1].isBreak {
				toks[n-1].closes = true
			}
		}
		i += n
	}
	return toks
}

// arabicRune reports whether r is a letter of the Arabic script (its main,
// supplement and presentation-form blocks).
func arabicRune(r rune) bool {
	return r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0x08A0 && r <= 0x08FF || r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// abbreviation reports whether the full stop at s[i] ends an abbreviation glued
// to the word before it: a single Latin letter (an initial, "U.S.", "U.N."), a
// month ("Oct."), a title or rank ("Gen.", "Sgt.", "Mr."). "etc." and "No." are left
// out: they end sentences as often as not.
func abbreviation(toks []token, i int) bool {
	n := len(toks)
	if n == 0 || toks[n-1].end != i || toks[n-1].isBreak || toks[n-1].isNum {
		return false
	}
	w := toks[n-1].word
	if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
		return true
	}
	switch w {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "cpl", "pvt", "gov", "sen", "rep", "st", "vs", "mm", "mme", "mgr":
		return true
	}
	return false
}

// numberSign reports whether the full stop at s[i] ends "No" glued to it and
// a digit follows after one space ("Battalion No. 438"): the sign of a number,
// no sentence end.
func numberSign(toks []token, s string, i int) bool {
	n := len(toks)
	if n == 0 || toks[n-1].end != i || toks[n-1].isBreak || toks[n-1].word != "no" || s[toks[n-1].start] != 'N' {
		return false
	}
	return i+2 < len(s) && s[i+1] == ' ' && s[i+2] >= '0' && s[i+2] <= '9'
}

// stems returns the forms of an Arabic word to look up: as written, without one
// attached prefix (و ف ب ل ك) or a conjunction and a preposition (وب, فل),
// and without the article after the first prefix.
func stems(w string) []string {
	out := []string{w}
	rest := w
	for _, p := range arabicPrefixes {
		if strings.HasPrefix(rest, p) && utf8.RuneCountInString(rest) > 3 {
			rest = strings.TrimPrefix(rest, p)
			out = append(out, rest)
			if p == "و" || p == "ف" {
				for _, q := range arabicPrepositions {
					if strings.HasPrefix(rest, q) && utf8.RuneCountInString(rest) > 3 {
						out = append(out, rest[len(q):])
					}
				}
			}
			break
		}
	}
	for _, a := range arabicArticles {
		if strings.HasPrefix(rest, a) && utf8.RuneCountInString(rest) > 3 {
			out = append(out, strings.TrimPrefix(rest, a))
		}
	}
	if rest != w && strings.HasPrefix(w, "لل") && utf8.RuneCountInString(w) > 4 {
		out = append(out, w[len("لل"):], "ال"+w[len("لل"):])
	}
	return out
}

// lookup finds a word, or one of its Arabic stems (as stems gives them), in a
// lexicon, without building the list of stems.
func lookup[T any](m map[string]T, w string) (T, bool) {
	if v, ok := m[w]; ok {
		return v, true
	}
	var zero T
	if w == "" {
		return zero, false
	}
	if w[0] < 0x80 || w[0] < 0xd8 && w[0] >= 0xc3 {
		// Latin: no attached prefixes. (Misplaced French accents are read once,
		// by foldWords.)
		return zero, false
	}
	rest := w
	for _, p := range arabicPrefixes {
		if strings.HasPrefix(rest, p) && utf8.RuneCountInString(rest) > 3 {
			rest = rest[len(p):]
			if v, ok := m[rest]; ok {
				return v, true
			}
			if p == "و" || p == "ف" {
				// "وبإصابة": a conjunction before a preposition.
				for _, q := range arabicPrepositions {
					if strings.HasPrefix(rest, q) && utf8.RuneCountInString(rest) > 3 {
						if v, ok := m[rest[len(q):]]; ok {
							return v, true
						}
					}
				}
			}
			break
		}
	}
	for _, a := range arabicArticles {
		if strings.HasPrefix(rest, a) && utf8.RuneCountInString(rest) > 3 {
			if v, ok := m[rest[len(a):]]; ok {
				return v, true
			}
		}
	}
	// "للمسلحين": the preposition ل fused with the article (لل), which the
	// prefix ل alone leaves as "لمسلحين".
	if rest != w && strings.HasPrefix(w, "لل") && utf8.RuneCountInString(w) > 4 {
		if v, ok := m[w[len("لل"):]]; ok {
			return v, true
		}
		if v, ok := m["ال"+w[len("لل"):]]; ok {
			return v, true // "للقوات": ل + القوات
		}
	}
	return zero, false
}

var (
	arabicPrefixes = []string{"و", "ف", "ب", "ل", "ك"}
	arabicArticles = []string{"ال", "لل"}
	// arabicPrepositions may follow the conjunction و or ف: "وبإصابة".
	arabicPrepositions = []string{"ب", "ل", "ك"}
)

// tokWord is the word of toks[i], or "" past the end.
func tokWord(toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].word
}

// percent reports whether rest, the text right after a number, starts with a
// percent sign (after one space at most): "70%", "70 %", "٧٠٪".
func percent(rest string) bool {
	for _, sp := range []string{"", " ", "\u00a0", "\u202f"} {
		if r, ok := strings.CutPrefix(rest, sp); ok && (strings.HasPrefix(r, "%") || strings.HasPrefix(r, "٪")) {
			return true
		}
	}
	return false
}
