package extract

import "strings"

// The inflection rules that turn the lemmas of lexicon.go into the forms text
// uses. They generate, they do not analyse: every form is a key of a lexicon map,
// so reading a word stays one map look-up.

// frenchParticipleForms returns a French past participle (or participle phrase:
// "porté disparu") in its four genders and numbers, with and without its accent:
// tué, tués, tuée, tuées; mort, morts, morte, mortes; disparu, disparus, disparue,
// disparues. The last word is the one inflected.
func frenchParticipleForms(p string) []string {
	head, last := "", p
	if i := strings.LastIndex(p, " "); i >= 0 {
		head, last = p[:i+1], p[i+1:]
	}
	var out []string
	for _, s := range []string{"", "s", "e", "es"} {
		w := last + s
		h := head
		if strings.HasSuffix(head, "é ") { // "portés disparus": both participles agree
			h = strings.TrimSuffix(head, " ") + s + " "
		}
		out = append(out, h+w)
		if h != head {
			out = append(out, stripAccents(h)+stripAccents(w))
		}
		if plain := stripAccents(w); plain != w {
			out = append(out, stripAccents(head)+plain)
		}
	}
	return out
}

// stripAccents drops the French accents, as some wire copy does (tues for tués).
func stripAccents(s string) string { return accents.Replace(s) }

// accents is stripAccents' replacer; a Replacer is safe for concurrent use.
var accents = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a", "î", "i", "ï", "i", "ô", "o", "û", "u", "ù", "u", "ü", "u", "ç", "c")

// hasAccent reports whether s holds a letter stripAccents changes (all are two
// bytes in UTF-8, led by 0xC3).
func hasAccent(s string) bool { return strings.IndexByte(s, 0xc3) >= 0 }

// foldAccents adds to m, for each key with French accents, the key without them,
// unless that is already a key: foldWords reads a word with accents no lexicon
// holds as its form without them, so "bléssés" reads as blessés.
func foldAccents[T any](m map[string]T) {
	for k, v := range m {
		if hasAccent(k) {
			if p := stripAccents(k); p != k {
				if _, ok := m[p]; !ok {
					m[p] = v
				}
			}
		}
	}
}

// englishVerbForms returns an English verb's forms: kill, kills, killed, killing;
// die, dies, died, dying; kidnap, kidnapped, kidnapping; injure, injured, injuries.
func englishVerbForms(v string) []string {
	out := []string{v, v + "s"}
	switch {
	case v == "die":
		return append(out, "died", "dying")
	case v == "slay":
		return append(out, "slew", "slain", "slaying")
	case v == "hurt":
		return append(out, "hurting")
	case v == "seize":
		return append(out, "seized", "seizing")
	case strings.HasSuffix(v, "e"):
		return append(out, v+"d", v[:len(v)-1]+"ing")
	case strings.HasSuffix(v, "ap"): // kidnap
		return append(out, v+"ped", v+"ping", v+"ed", v+"ing")
	}
	return append(out, v+"ed", v+"ing")
}

// arabicVerbForms returns the forms of an Arabic verb from its perfect stem (قتل)
// and its imperfect stem without the prefix (قتل for يقتل): the perfect with its
// subject suffixes (قتلت، قتلوا، قتلا، قتلتا، قتلن) and the imperfect with its
// prefixes and suffixes (يقتل، تقتل، نقتل، يقتلون، يقتلان، تقتلان، يقتلن). The
// passive is written the same undiacritised (قُتل = قتل). Final ى and ي are both
// covered (لقي، لقوا).
func arabicVerbForms(perfect, imperfect string) []string {
	perfect, imperfect = norm(perfect), norm(imperfect)
	var out []string
	p := perfect
	if strings.HasSuffix(p, "ي") { // لقي، قضي: لقوا، قضوا
		base := strings.TrimSuffix(p, "ي")
		out = append(out, p, base+"وا", p+"ا", base+"ت", p+"تا", base+"ى")
	} else {
		out = append(out, p, p+"ت", p+"وا", p+"ا", p+"تا", p+"ن", p+"نا")
	}
	i := imperfect
	stem := i
	if strings.HasSuffix(i, "ي") || strings.HasSuffix(i, "ى") {
		stem = i[:len(i)-len("ي")]
	}
	for _, pre := range []string{"ي", "ت", "ن"} {
		out = append(out, pre+i, pre+stem+"ون", pre+i+"ان", pre+stem+"ن", pre+stem+"ين")
	}
	return out
}

// arabicNounForms returns the forms of an Arabic noun or adjective from its
// masculine singular (feminine when it ends in ة / ه): the accusative (جنديا), and,
// for a sound plural, the plural (مدنيون، مدنيين) — then -ين is plural, and the dual
// is only the nominative -ان; without a sound plural, -ان and -ين are the dual,
// returned apart because they carry the count 2.
func arabicNounForms(sing string, sound bool) (forms, dual []string) {
	s := norm(sing)
	if strings.HasSuffix(s, "ه") { // feminine: امراه، ضحيه
		base := strings.TrimSuffix(s, "ه")
		return []string{s, base + "ات"}, []string{base + "تان", base + "تين"}
	}
	forms = []string{s, s + "ا"}
	if sound {
		forms = append(forms, s+"ون", s+"ين", s+"و", s+"ي")
		return forms, []string{s + "ان"}
	}
	return forms, []string{s + "ان", s + "ين"}
}

// arabicNisbaForms returns the inflected forms of an Arabic group phrase of a
// noun and its nisba adjective, which agree in case and number: ضابط أمني
// gives ضابطا أمنيا, ضابطان أمنيان and ضابطين أمنيين. Other phrases (a
// construct, رجل أمن, whose second word does not inflect) give none.
func arabicNisbaForms(p string) []string {
	n, a, ok := strings.Cut(norm(p), " ")
	if !ok || strings.Contains(a, " ") || len(a) <= 4 || !strings.HasSuffix(a, "ي") || strings.HasPrefix(n, "ال") {
		return nil
	}
	return []string{n + "ا " + a + "ا", n + "ان " + a + "ان", n + "ين " + a + "ين"}
}

// frenchNounForms returns a French noun of people in its genders and numbers, with
// and without accents: villageois, villageoise, villageoises; passager, passagère,
// passagers, passagères; éleveur, éleveuse; habitant, habitante, habitants.
func frenchNounForms(m string) []string {
	var fem string
	switch {
	case strings.HasSuffix(m, "er"):
		fem = strings.TrimSuffix(m, "er") + "ère"
	case strings.HasSuffix(m, "eur"):
		fem = strings.TrimSuffix(m, "eur") + "euse"
	case strings.HasSuffix(m, "ien"):
		fem = m + "ne"
	case strings.HasSuffix(m, "e"):
		fem = m
	default:
		fem = m + "e"
	}
	mp := m + "s"
	if strings.HasSuffix(m, "s") {
		mp = m
	}
	var out []string
	for _, w := range []string{m, mp, fem, fem + "s"} {
		out = append(out, w)
		if p := stripAccents(w); p != w {
			out = append(out, p)
		}
	}
	return out
}

// frenchFemininePlural returns a French adjective of nationality in the
// feminine plural, as it stands after "forces": malien → maliennes, rwandais →
// rwandaises, russe → russes, turc → turques, burkinabè (invariable).
func frenchFemininePlural(m string) string {
	switch {
	case strings.HasSuffix(m, "è"):
		return m
	case m == "turc":
		return "turques"
	case strings.HasSuffix(m, "en"): // libyen → libyennes
		return m + "nes"
	case strings.HasSuffix(m, "e"):
		return m + "s"
	}
	return m + "es"
}
