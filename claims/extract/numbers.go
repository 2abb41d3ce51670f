package extract

import "strings"

// numWord is a number word: its value, its language, and whether it multiplies the
// number before it (hundred, thousand, million, آلاف).
type numWord struct {
	v     int64
	langs string // the languages that use it: "en", "fr", "ar", or several ("en fr")
	mult  bool
	// needsCount: a multiplier that only multiplies ("آلاف", "millions"); alone it
	// is a vague word or nothing.
	needsCount bool
}

// numWords holds the number words of the three languages, normalised.
var numWords = map[string]numWord{}

func init() {
	add := func(l Lang, v int64, ws ...string) {
		for _, w := range ws {
			n := numWords[norm(w)]
			n.v, n.langs = v, strings.TrimSpace(n.langs+" "+string(l))
			numWords[norm(w)] = n
		}
	}
	for v, ws := range map[int64][3][]string{
		1:  {{"one"}, {"un", "une"}, {"واحد", "واحدة"}},
		2:  {{"two"}, {"deux"}, {"اثنان", "اثنين", "اثنتين", "اثنتان"}},
		3:  {{"three"}, {"trois"}, {"ثلاث", "ثلاثة"}},
		4:  {{"four"}, {"quatre"}, {"اربع", "اربعة"}},
		5:  {{"five"}, {"cinq"}, {"خمس", "خمسة"}},
		6:  {{"six"}, {"six"}, {"ست", "ستة"}},
		7:  {{"seven"}, {"sept"}, {"سبع", "سبعة"}},
		8:  {{"eight"}, {"huit"}, {"ثمان", "ثماني", "ثمانية"}},
		9:  {{"nine"}, {"neuf"}, {"تسع", "تسعة"}},
		10: {{"ten"}, {"dix"}, {"عشر", "عشرة"}},
		11: {{"eleven"}, {"onze"}, nil}, 12: {{"twelve"}, {"douze"}, nil}, 13: {{"thirteen"}, {"treize"}, nil},
		14: {{"fourteen"}, {"quatorze"}, nil}, 15: {{"fifteen"}, {"quinze"}, nil}, 16: {{"sixteen"}, {"seize"}, nil},
		17: {{"seventeen"}, nil, nil}, 18: {{"eighteen"}, nil, nil}, 19: {{"nineteen"}, nil, nil},
		20: {{"twenty"}, {"vingt"}, {"عشرون", "عشرين"}}, 30: {{"thirty"}, {"trente"}, {"ثلاثون", "ثلاثين"}},
		40: {{"forty"}, {"quarante"}, {"اربعون", "اربعين"}}, 50: {{"fifty"}, {"cinquante"}, {"خمسون", "خمسين"}},
		60: {{"sixty"}, {"soixante"}, {"ستون", "ستين"}}, 70: {{"seventy"}, nil, {"سبعون", "سبعين"}},
		80: {{"eighty"}, {"quatre-vingt", "quatre-vingts"}, {"ثمانون", "ثمانين"}}, 90: {{"ninety"}, nil, {"تسعون", "تسعين"}},
	} {
		add(English, v, ws[0]...)
		add(French, v, ws[1]...)
		add(Arabic, v, ws[2]...)
	}
	mult := func(l Lang, v int64, needsCount bool, ws ...string) {
		for _, w := range ws {
			n := numWords[norm(w)]
			numWords[norm(w)] = numWord{v: v, langs: strings.TrimSpace(n.langs + " " + string(l)), mult: true, needsCount: needsCount}
		}
	}
	mult(English, 100, false, "hundred")
	mult(English, 1000, false, "thousand")
	mult(English, 1e6, false, "million")
	mult(English, 1e6, true, "millions")
	mult(French, 100, false, "cent", "cents")
	mult(French, 1000, false, "mille")
	mult(French, 1e6, false, "million")
	mult(French, 1e6, true, "millions")
	mult(French, 5e5, false, "demi-million") // "plus d'un demi-million de morts"
	mult(Arabic, 100, false, "مئة", "مائة")
	mult(Arabic, 1000, false, "الف", "الفا")
	mult(Arabic, 1000, true, "الاف", "آلاف")
	mult(Arabic, 1e6, false, "مليون", "مليونا")
	mult(Arabic, 1e6, true, "ملايين")
	// Duals are whole numbers: مئتان = 200, ألفان = 2000, مليونان.
	add(Arabic, 200, "مئتين", "مئتان", "مائتين", "مائتان", "مئتي", "مائتي")
	add(Arabic, 2000, "الفين", "الفان", "الفي")
	add(Arabic, 2e6, "مليونين", "مليونان", "مليوني")
	// 300 to 900 written fused: ثلاثمائة، ثلاثمئة، خمسمائة.
	for u, w := range map[int64]string{3: "ثلاث", 4: "اربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع"} {
		add(Arabic, u*100, w+"مائة", w+"مئة", w+"مائه", w+"مئه")
	}
}

// is reports whether the word belongs to lang ("" for any language).
func (n numWord) is(lang Lang) bool { return lang == "" || strings.Contains(n.langs, string(lang)) }

// wordValue reads one number word in language lang ("" for any), hyphenated
// compounds included (dix-sept, quatre-vingt-dix, twenty-six, soixante-dix).
func wordValue(w string, lang Lang) (numWord, bool) {
	if n, ok := numWords[w]; ok {
		if n.is(lang) {
			return n, true
		}
		return numWord{}, false
	}
	if !strings.Contains(w, "-") || lang == Arabic {
		return numWord{}, false
	}
	var total, cur int64
	var buf [8]string // the parts, on the stack: most hyphenated words are no numbers
	parts := buf[:0]
	for rest := w; ; {
		p, r, more := strings.Cut(rest, "-")
		parts = append(parts, p)
		if !more {
			break
		}
		rest = r
	}
	for i := 0; i < len(parts); i++ {
		p := parts[i]
		if p == "et" || p == "and" {
			continue
		}
		if p == "quatre" && i+1 < len(parts) && strings.HasPrefix(parts[i+1], "vingt") {
			cur += 80
			i++
			continue
		}
		n, ok := numWords[p]
		if !ok || !n.is(lang) {
			return numWord{}, false
		}
		switch {
		case n.mult && n.v == 100:
			cur = max(cur, 1) * 100
		case n.mult:
			total += max(cur, 1) * n.v
			cur = 0
		default:
			cur += n.v
		}
	}
	return numWord{v: total + cur, langs: string(lang)}, total+cur > 0
}

// arabicTeenUnit holds the first word of the Arabic numbers 11 to 19, normalised,
// with its unit; the forms of 11 and 12 (احد، احدى، اثنا، اثني، اثنتا، اثنتي) occur
// only there.
var arabicTeenUnit = func() map[string]int64 {
	m := map[string]int64{}
	for v, ws := range map[int64][]string{
		1: {"أحد", "إحدى"}, 2: {"اثنا", "اثني", "اثنتا", "اثنتي"}, 3: {"ثلاث", "ثلاثة"},
		4: {"أربع", "أربعة"}, 5: {"خمس", "خمسة"}, 6: {"ست", "ستة"}, 7: {"سبع", "سبعة"},
		8: {"ثماني", "ثمانية"}, 9: {"تسع", "تسعة"},
	} {
		for _, w := range ws {
			m[norm(w)] = v
		}
	}
	return m
}()

// teenTen is the second word of the Arabic teens, normalised: عشر، عشرة.
var teenTen = map[string]bool{norm("عشر"): true, norm("عشرة"): true}

// arabicProclitics may stand before an Arabic number word: و، ب، ف، ل (وستة،
// بسبعة).
var arabicProclitics = []string{"و", "ب", "ف", "ل"}

// arabicTeenPrefixes are what may stand before the unit of an Arabic teen:
// the proclitics and the article ("الخمسة عشر", "وال", "بال", "لل").
var arabicTeenPrefixes = []string{"و", "ب", "ف", "ل", "ال", "وال", "بال", "لل"}

// numberWord reads toks[j] as a number word of lang, an Arabic one possibly behind
// a proclitic; first says whether it starts the number (a proclitic then is fine).
func numberWord(t token, lang Lang) (numWord, bool) {
	if n, ok := wordValue(t.word, lang); ok {
		return n, true
	}
	if lang != English && lang != French && t.word != "" && t.word[0] >= 0x80 {
		for _, p := range arabicProclitics {
			if rest, ok := strings.CutPrefix(t.word, p); ok && len(rest) > 2 {
				if n, ok := wordValue(rest, Arabic); ok {
					return n, true
				}
			}
		}
	}
	return numWord{}, false
}

// readNumber reads a number at toks[i] — digits, possibly followed by a multiplier
// ("2 thousand", "3 ملايين"), or number words of lang — and returns its value and the
// index after it. Connectors ("and", "et", Arabic و attached) join its parts:
// "two hundred and fifty", "vingt et un", "ستة وعشرين". Digits are never followed by
// a unit word: "15 UN peacekeepers" is 15.
func readNumber(toks []token, i int, lang Lang) (int64, int, bool) {
	var total, cur int64
	j := i
	read, digits := false, false
	// "نصف مليون", "half a million": half a multiplier.
	if w := toks[i].word; (w == "نصف" || w == "half") && i+2 < len(toks) {
		k := i + 1
		if w == "half" && toks[k].word == "a" {
			k++
		}
		if n, ok := numberWord(toks[k], lang); ok && n.mult && n.v >= 1000 {
			return n.v / 2, k + 1, true
		}
	}
	for j < len(toks) {
		t := toks[j]
		if t.isNum {
			if read {
				break
			}
			if t.fracDigits > 0 {
				// A decimal counts only with a multiplier: "1,5 millions".
				if j+1 >= len(toks) {
					return 0, i, false
				}
				n, ok := numberWord(toks[j+1], lang)
				if !ok || !n.mult || n.v < 1000 {
					return 0, i, false
				}
				scale := int64(1)
				for range t.fracDigits {
					scale *= 10
				}
				return (t.num*scale + int64(t.frac)) * n.v / scale, j + 2, true
			}
			cur, read, digits = t.num, true, true
			j++
			continue
		}
		if t.word == "" {
			break
		}
		w := t.word
		if w == "و" && read && cur == 0 && total >= 1000 && j+1 < len(toks) && toks[j+1].isNum && toks[j+1].fracDigits == 0 && toks[j+1].num < 1000 {
			// "38 ألفا و983", "6 آلاف و 300": the thousands, then the units
			// after و.
			cur = toks[j+1].num
			j += 2
			break
		}
		if read && !digits && w == "و" && j+1 < len(toks) {
			// "ثلاثمائة و ثلاثين": the connector written apart.
			if nv, ok := wordValue(toks[j+1].word, lang); ok && !nv.mult && (cur >= 100 && cur%100 == 0 && nv.v < 100 || total >= 1000 && cur == 0 && nv.v < 1000 || cur > 0 && cur < 10 && nv.v >= 20 && nv.v < 100 && nv.v%10 == 0) {
				j++
				continue
			}
			break
		}
		if read && !digits && (w == "and" || w == "et") {
			// "two hundred and fifty", "vingt et un": a connector inside a
			// number; "between three and five" is two numbers.
			if j+1 < len(toks) {
				if nv, ok := wordValue(toks[j+1].word, lang); ok && (cur >= 100 || total >= 1000 || cur >= 20 && cur%10 == 0 && (nv.v == 1 || nv.v == 11)) {
					j++
					continue
				}
			}
			break
		}
		n, ok := numberWord(t, lang)
		// Arabic teens are two words, the unit then عشر / عشرة: خمسة عشر is 15,
		// اثنا عشر 12, إحدى عشرة 11.
		u, teen := arabicTeenUnit[w]
		if !teen && !read && len(w) > 2 && w[0] >= 0x80 {
			for _, p := range arabicTeenPrefixes {
				if rest, ok := strings.CutPrefix(w, p); ok {
					if u, teen = arabicTeenUnit[rest]; teen {
						break // "واثني عشر", "الخمسة عشر": a proclitic or article on a teen
					}
				}
			}
		}
		if teen && j+1 < len(toks) && teenTen[toks[j+1].word] && !digits {
			n, ok = numWord{v: u + 10, langs: "ar"}, true
			j++
		}
		if !ok {
			break
		}
		if digits && !n.mult {
			break // "15 UN", "3 trois": a digit number takes no unit word
		}
		if n.needsCount && !read {
			break // "آلاف" alone is the vague "thousands"
		}
		if n.mult && read && cur == 0 && total > 0 {
			break
		}
		if digits && n.mult && n.v == 1000 && lang == Arabic && cur >= 1000 && grouped(toks[j-1]) {
			// "13.700 ألف": the point groups the thousands and ألف repeats
			// them; 13,700.
			j++
			break
		}
		if read && !digits && (n.v == 100 || n.v >= 200 && n.v < 1000 && !n.mult) && cur >= 100 || read && !digits && !n.mult && n.v >= 1000 && total > 0 {
			// A hundreds after a hundreds, or thousands after thousands, is a
			// second number: "ما بين مئة ومئة وخمسين" is 100 and 150, "مئة
			// ومئتين" 100 and 200; a compound joins smaller parts after
			// larger ones ("ألف ومئتان" is 1,200).
			goto done
		}
		switch {
		case n.mult && n.v == 100:
			cur = max(cur, 1) * 100
		case n.mult:
			total += max(cur, 1) * n.v
			cur = 0
		default:
			if read && cur%100 >= 10 && n.v >= 10 && !(n.v == 11 && j > 0 && toks[j-1].word == "et") {
				// ("soixante et onze" is 71)
				// A tens after a tens is two numbers, never one: "ما بين
				// عشرين وأربعين" is 20 and 40; Arabic joins the unit first
				// ("ستة وعشرين").
				goto done
			}
			if read && cur%100 > 10 && cur%100 < 20 && n.v < 10 {
				goto done // "الخمسة عشر ثلاثة": a teen takes no unit after it
			}
			if read && cur%100 != 0 && n.v >= cur%100 {
				// "un" then "soldat"? a second small number after one is not a
				// compound unless joined ("vingt et un", "ستة وعشرين", "cent cinq").
				if !(strings.HasPrefix(w, "و") || (j > 0 && (toks[j-1].word == "et" || toks[j-1].word == "and" || toks[j-1].word == "و"))) {
					goto done
				}
			}
			cur += n.v
		}
		read = true
		j++
	}
done:
	if !read {
		return 0, i, false
	}
	return total + cur, j, true
}

// grouped reports whether a number token in digits was written with a
// separator of thousands ("13.700", "13,700"): it spans more characters than
// its value has digits.
func grouped(t token) bool {
	n := 0
	for v := t.num; v > 0; v /= 10 {
		n++
	}
	return t.fracDigits == 0 && t.end-t.start > n
}
