package extract

import "strings"

// Number words, normalised: units and teens, tens, and multipliers.
var units = map[string]int64{}
var tens = map[string]int64{}
var multipliers = map[string]int64{}

func init() {
	for v, ws := range map[int64][]string{
		1: {"one", "un", "une", "واحد", "واحدة"}, 2: {"two", "deux", "اثنان", "اثنين", "اثنتين", "اثنتان"},
		3: {"three", "trois", "ثلاث", "ثلاثة"}, 4: {"four", "quatre", "اربع", "اربعة"}, 5: {"five", "cinq", "خمس", "خمسة"},
		6: {"six", "ست", "ستة"}, 7: {"seven", "sept", "سبع", "سبعة"}, 8: {"eight", "huit", "ثمان", "ثماني", "ثمانية"},
		9: {"nine", "neuf", "تسع", "تسعة"}, 10: {"ten", "dix", "عشر", "عشرة"}, 11: {"eleven", "onze"}, 12: {"twelve", "douze"},
		13: {"thirteen", "treize"}, 14: {"fourteen", "quatorze"}, 15: {"fifteen", "quinze"}, 16: {"sixteen", "seize"},
		17: {"seventeen"}, 18: {"eighteen"}, 19: {"nineteen"},
	} {
		for _, w := range ws {
			units[norm(w)] = v
		}
	}
	for v, ws := range map[int64][]string{
		20: {"twenty", "vingt", "عشرون", "عشرين"}, 30: {"thirty", "trente", "ثلاثون", "ثلاثين"},
		40: {"forty", "quarante", "اربعون", "اربعين"}, 50: {"fifty", "cinquante", "خمسون", "خمسين"},
		60: {"sixty", "soixante", "ستون", "ستين"}, 70: {"seventy", "سبعون", "سبعين"},
		80: {"eighty", "quatre-vingt", "quatre-vingts", "ثمانون", "ثمانين"}, 90: {"ninety", "تسعون", "تسعين"},
	} {
		for _, w := range ws {
			tens[norm(w)] = v
		}
	}
	for v, ws := range map[int64][]string{
		100: {"hundred", "cent", "cents", "مئة", "مائة"}, 1000: {"thousand", "mille", "الف"},
		200: {"مئتين", "مئتان", "مائتين", "مائتان", "مئتي", "مائتي"}, 2000: {"الفين", "الفان", "الفي"},
	} {
		for _, w := range ws {
			multipliers[norm(w)] = v
		}
	}
}

// wordValue reads one number word, hyphenated compounds included (dix-sept,
// quatre-vingt-dix, twenty-six, soixante-dix).
func wordValue(w string) (int64, bool) {
	if v, ok := units[w]; ok {
		return v, true
	}
	if v, ok := tens[w]; ok {
		return v, true
	}
	if v, ok := multipliers[w]; ok {
		return v, true
	}
	if !strings.Contains(w, "-") {
		return 0, false
	}
	var total, cur int64
	parts := strings.Split(w, "-")
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
		switch {
		case units[p] > 0:
			cur += units[p]
		case tens[p] > 0:
			cur += tens[p]
		case p == "cent" || p == "cents" || p == "hundred":
			cur = max(cur, 1) * 100
		case p == "mille" || p == "thousand":
			total += max(cur, 1) * 1000
			cur = 0
		default:
			return 0, false
		}
	}
	return total + cur, total+cur > 0
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

// readNumber reads a number of words (or digits followed by a multiplier: "2
// thousand") at toks[i], and returns its value and the index after it. Connectors
// ("and", "et", Arabic و attached) join its parts: "two hundred and fifty", "vingt et
// un", "ستة وعشرين".
func readNumber(toks []token, i int) (int64, int, bool) {
	var total, cur int64
	j := i
	read := false
	for j < len(toks) {
		t := toks[j]
		if t.isNum {
			if read {
				break
			}
			cur, read = t.num, true
			j++
			continue
		}
		if t.word == "" {
			break
		}
		w := t.word
		if read && (w == "and" || w == "et") {
			if j+1 < len(toks) {
				if _, ok := wordValue(toks[j+1].word); ok {
					j++
					continue
				}
			}
			break
		}
		v, ok := wordValue(w)
		// Arabic teens are two words, the unit then عشر / عشرة: خمسة عشر is 15,
		// اثنا عشر 12, إحدى عشرة 11.
		if u, teen := arabicTeenUnit[w]; teen && j+1 < len(toks) && teenTen[toks[j+1].word] {
			v, ok = u+10, true
			j++
		}
		if !ok && read && strings.HasPrefix(w, "و") {
			v, ok = wordValue(strings.TrimPrefix(w, "و")) // ستة وعشرين
		}
		if !ok {
			break
		}
		switch {
		case v == 100 || v == 1000:
			if v == 1000 {
				total += max(cur, 1) * 1000
				cur = 0
			} else {
				cur = max(cur, 1) * 100
			}
		default:
			if read && cur > 0 && v >= cur && v < 100 {
				// "un" then "soldat"? a second small number after one is not a
				// compound unless joined ("vingt et un", "ستة وعشرين").
				if !(strings.HasPrefix(w, "و") || (j > 0 && (toks[j-1].word == "et" || toks[j-1].word == "and"))) {
					goto done
				}
			}
			cur += v
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
