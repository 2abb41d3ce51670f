package notes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/claims/extract"
)

// Statement is one attributed statement found in a note.
type Statement struct {
	Source  claims.Source
	Stance  claims.Stance
	Figures []claims.Count
	// Cites is the source the statement says it repeats ("citing security
	// sources"), or nil.
	Cites *claims.Source
	// Uncorroborated is set when the note adds that no other report corroborated
	// the statement or that it could not be verified.
	Uncorroborated bool
	// Text is the clause the statement was read from; Start and End are its byte
	// offsets in the note (Text == note[Start:End]).
	Text       string
	Start, End int
}

// Context is what Find knows of the event a note describes: its date, to leave out
// statements about other days, and its armed non-state actor, to resolve "the
// group". The zero Context knows nothing.
type Context struct {
	Date      claims.Date
	Precision claims.DatePrecision
	// Group is the name "the group" and "the militants" stand for, or "".
	Group string
}

// ContextOf returns the context of an event: its date and precision, and its armed
// non-state actor (a rebel group or political militia) when it has exactly one.
func ContextOf(e *claims.Event) Context {
	c := Context{Date: e.Date, Precision: e.DatePrecision}
	var names []string
	for _, a := range []claims.Actor{e.Perpetrator, e.Target} {
		if a.Name != "" && (a.Type == claims.RebelGroup || a.Type == claims.PoliticalMilitia) {
			names = append(names, a.Name)
		}
	}
	if len(names) == 1 {
		c.Group = names[0]
	}
	return c
}

// Find returns the attributed statements of a note, in order. lang is "en" or
// "fr", or "" to detect it (extract.Detect).
func Find(note string, lang extract.Lang, ctx Context) []Statement {
	if lang == "" {
		lang = extract.Detect(note)
	}
	var out []Statement
	for _, sent := range sentences(note) {
		ws := tokenize(note, sent.start, sent.end)
		if otherEvent(ws, ctx) {
			continue
		}
		for _, cl := range clauses(note, sent, ws) {
			if uncorroborated(cl.ws) {
				if len(out) > 0 {
					out[len(out)-1].Uncorroborated = true
				}
				continue
			}
			if st, ok := statement(note, cl, lang, ctx); ok {
				out = append(out, st)
			}
		}
	}
	return out
}

// Augment adds the statements of the event's notes (its Summary) to its claims, after
// the claims it has, and returns how many it added. See the package doc for the
// date, wording and note the claims carry.
func Augment(e *claims.Event, lang extract.Lang) int {
	if e.Summary == "" {
		return 0
	}
	if lang == "" {
		lang = extract.Detect(e.Summary)
	}
	sts := Find(e.Summary, lang, ContextOf(e))
	for _, st := range sts {
		e.Claims = append(e.Claims, st.Claim(e.Date, lang))
	}
	return len(sts)
}

// NoteFromNotes is the Note of a claim Augment adds; NoteUncorroborated is added
// to it when the notes say nothing corroborated the statement.
const (
	NoteFromNotes      = "read from the monitor's notes"
	NoteUncorroborated = "; the notes say no other report corroborated it"
)

// Claim returns the statement as a claim reported at date t in language lang.
func (st Statement) Claim(t claims.Date, lang extract.Lang) claims.Claim {
	c := claims.Claim{
		Source: st.Source, ReportedAt: t, Stance: st.Stance, Figures: st.Figures,
		Cites: st.Cites, Wording: st.Text, Language: string(lang), Note: NoteFromNotes,
	}
	if st.Uncorroborated {
		c.Note += NoteUncorroborated
	}
	return c
}

// span is a byte range of the note.
type span struct{ start, end int }

// word is one word of the note, folded to lower case, with its offsets.
type word struct {
	w          string
	start, end int
	upper      bool // the word begins with a capital letter in the note
	comma      bool // a comma follows it
	paren      bool // a closing parenthesis or a comma follows it at once
}

// fold lowers a word and drops French accents on e and a, so that lexicons list
// one spelling.
var fold = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "à", "a", "â", "a", "’", "'")

// tokenize cuts note[start:end] into words: letters, digits, hyphens inside a word;
// apostrophes separate ("l'armée" is "l", "armee").
func tokenize(note string, start, end int) []word {
	var ws []word
	isW := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(note[i:end])
		if !isW(r) {
			if len(ws) > 0 && (r == ',' || r == ')') && ws[len(ws)-1].end == i {
				ws[len(ws)-1].paren = true
			}
			if r == ',' && len(ws) > 0 {
				ws[len(ws)-1].comma = true
			}
			i += n
			continue
		}
		j := i
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(note[j:end])
			if isW(r2) {
				j += n2
				continue
			}
			if (r2 == '-' || r2 == '.' && unicode.IsDigit(r)) && j+1 < end {
				if r3, _ := utf8.DecodeRuneInString(note[j+1 : end]); isW(r3) {
					j += n2
					continue
				}
			}
			break
		}
		ws = append(ws, word{w: fold.Replace(strings.ToLower(note[i:j])), start: i, end: j, upper: unicode.IsUpper(r)})
		i = j
	}
	return ws
}

// abbreviations that a full stop does not end a sentence after.
var abbreviations = map[string]bool{"approx": true, "gen": true, "col": true, "lt": true, "st": true, "no": true, "mr": true, "dr": true, "cf": true, "etc": false}

// sentences cuts a note into sentences.
func sentences(note string) []span {
	var out []span
	start := 0
	for i := 0; i < len(note); i++ {
		c := note[i]
		if c != '.' && c != '!' && c != '?' && c != '\n' {
			continue
		}
		j := i + 1
		for j < len(note) && (note[j] == ' ' || note[j] == '"' || note[j] == '\'' || note[j] == ')') {
			j++
		}
		if c != '\n' && j < len(note) && j == i+1 {
			continue // "3.5", "U.N."
		}
		if c == '.' {
			// The word before: a single letter (an initial) or an abbreviation.
			k := i
			for k > start {
				r, n := utf8.DecodeLastRuneInString(note[start:k])
				if !unicode.IsLetter(r) {
					break
				}
				k -= n
			}
			w := strings.ToLower(note[k:i])
			if utf8.RuneCountInString(w) == 1 || abbreviations[w] {
				continue
			}
			if j < len(note) {
				r, _ := utf8.DecodeRuneInString(note[j:])
				if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
					continue
				}
			}
		}
		out = append(out, span{start, i + 1})
		start = j
	}
	if strings.TrimSpace(note[start:]) != "" {
		out = append(out, span{start, len(note)})
	}
	return out
}

// clauseBreaks are the words that, after a comma, begin a new clause.
var clauseBreaks = map[string]bool{"while": true, "whereas": true, "but": true, "tandis": true, "alors": true, "mais": true, "however": true}

// newStatement reports whether ws[k:] begins ", and SPEAKER VERB": a second
// statement joined to the first by "and" ("residents reported 6 dead, and the
// group claimed 20"), with a speech verb after at most five words, none of them
// after a comma.
func newStatement(ws []word, k int) bool {
	if ws[k].w != "and" && ws[k].w != "et" {
		return false
	}
	for j := k + 2; j < len(ws) && j <= k+6; j++ {
		if ws[j-1].comma {
			return false
		}
		if t, _, ok := triggerAt(ws, j); ok && !t.after {
			return true
		}
	}
	return false
}

// clause is a run of words of a sentence.
type clause struct {
	span
	ws []word
}

// clauses cuts a sentence into clauses at ';' and at a comma before a clauseBreaks
// word.
func clauses(note string, sent span, ws []word) []clause {
	var out []clause
	begin := 0
	cut := func(k int) {
		if k > begin {
			out = append(out, clause{span{ws[begin].start, ws[k-1].end}, ws[begin:k]})
		}
		begin = k
	}
	for k := range ws {
		if k == 0 {
			continue
		}
		between := note[ws[k-1].end:ws[k].start]
		if strings.Contains(between, ";") || ws[k-1].comma && clauseBreaks[ws[k].w] || ws[k-1].comma && newStatement(ws, k) {
			cut(k)
		}
	}
	cut(len(ws))
	// Extend each clause's end over a closing punctuation mark in the sentence.
	for i := range out {
		e := out[i].end
		for e < sent.end && strings.ContainsRune(".)\"", rune(note[e])) {
			e++
		}
		out[i].end = e
	}
	return out
}

// match reports whether the words ws[i:] begin with phrase (space-separated,
// folded) and returns its length in words.
func match(ws []word, i int, phrase string) int {
	parts := strings.Fields(phrase)
	if i+len(parts) > len(ws) {
		return 0
	}
	for k, p := range parts {
		if ws[i+k].w != p {
			return 0
		}
	}
	return len(parts)
}

// otherEventMarkers say a sentence is about another event than the note's.
var otherEventMarkers = []string{
	"previous", "previously", "earlier", "last week", "last month", "the day before", "the previous day", "separate", "another attack",
	"another incident", "this follows", "follows an", "comes after", "came after", "in retaliation for",
	"la veille", "precedente", "precedent", "plus tot", "la semaine derniere", "le mois dernier", "une autre attaque", "fait suite", "distincte",
}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}

// otherEvent reports whether a sentence speaks of another event: a marker, or a
// day and month that are not the event's date (when the date is known to the day).
func otherEvent(ws []word, ctx Context) bool {
	for i := range ws {
		for _, m := range otherEventMarkers {
			if match(ws, i, m) > 0 {
				return true
			}
		}
	}
	if ctx.Date == 0 || ctx.Precision != claims.PrecDay {
		return false
	}
	_, em, ed := ctx.Date.Civil()
	for i, w := range ws {
		m, ok := months[w.w]
		if !ok {
			continue
		}
		day := 0
		if i > 0 {
			day = dayNumber(ws[i-1].w)
		}
		if day == 0 && i+1 < len(ws) {
			day = dayNumber(ws[i+1].w)
		}
		if day != 0 && (m != int(em) || day != ed) {
			return true
		}
	}
	return false
}

func dayNumber(s string) int {
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "th"), "st"), "nd"), "rd")
	if s == "1er" {
		return 1
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	if n < 1 || n > 31 {
		return 0
	}
	return n
}

// uncorroboratedMarkers say the statement before was not corroborated.
var uncorroboratedMarkers = []string{
	"no other reports corroborated", "no other report corroborated", "not corroborated", "not been corroborated", "could not be verified",
	"could not be independently verified", "could not be confirmed", "unverified", "uncorroborated",
	"aucune autre source n a confirme", "n a pas pu etre verifie", "n a pas pu etre verifiee", "non confirme", "non confirmee", "non corroboree",
}

func uncorroborated(ws []word) bool {
	for i := range ws {
		for _, m := range uncorroboratedMarkers {
			if match(ws, i, m) > 0 {
				return true
			}
		}
	}
	return false
}

// trigger is an attribution phrase.
type trigger struct {
	phrase string
	after  bool // the speaker follows the phrase
	stance claims.Stance
	claim  bool // a "claimed" verb: responsibility when an armed group says it
}

var triggers = func() []trigger {
	var ts []trigger
	add := func(after bool, stance claims.Stance, claim bool, ps ...string) {
		for _, p := range ps {
			ts = append(ts, trigger{p, after, stance, claim})
		}
	}
	add(false, claims.Responsibility, false, "claimed responsibility", "claims responsibility", "claiming responsibility", "claim responsibility",
		"revendique la responsabilite", "revendiquent", "revendique", "revendiquant")
	add(false, claims.Silence, false, "has not commented", "had not commented", "did not comment", "has not yet commented", "remained silent", "has remained silent",
		"has made no statement", "made no statement", "n a pas commente", "n a pas reagi", "ne s est pas exprime", "n avait pas commente")
	add(false, claims.Denial, false, "denied", "denies", "denying", "dementi", "dement", "dementent", "nie", "nient", "a nie")
	add(false, claims.Reports, true, "claimed", "claims", "claiming", "alleged", "affirme", "affirment", "affirmant")
	add(false, claims.Reports, false, "said", "says", "stated", "states", "reported", "reports", "announced", "announces", "indicated", "told",
		"confirmed", "asserted", "declare", "declarent", "indique", "annonce", "rapporte", "rapportent", "font etat", "fait etat", "assure", "precise")
	add(true, claims.Reports, false, "according to", "as reported by", "reported by", "selon", "d apres", "cited by", "rapporte par", "rapportes par")
	return ts
}()

// triggerAt returns the attribution beginning at ws[i], preferring the longest.
func triggerAt(ws []word, i int) (trigger, int, bool) {
	best, bn := trigger{}, 0
	for _, t := range triggers {
		if n := match(ws, i, t.phrase); n > bn {
			best, bn = t, n
		}
	}
	return best, bn, bn > 0
}

// auxiliaries and adverbs between a speaker and its verb.
var auxiliaries = map[string]bool{"a": true, "ont": true, "has": true, "have": true, "had": true, "also": true, "later": true, "reportedly": true,
	"allegedly": true, "then": true, "subsequently": true, "aurait": true, "auraient": true, "avait": true, "avaient": true, "ensuite": true, "publicly": true, "officially": true}

// codedWords are ACLED's words for its own coded count.
var codedWords = map[string]bool{"fatalities": true, "fatality": true, "coded": true}

// negated reports whether the verb at ws[i] is negated: "not", "never", "pas",
// "jamais" among the three words before it.
func negated(ws []word, i int) bool {
	for j := max(0, i-3); j < i; j++ {
		switch ws[j].w {
		case "not", "never", "pas", "jamais", "didn", "hasn", "haven":
			return true
		}
	}
	return false
}

// passive auxiliaries before a verb: "were reported" has no speaker before it.
var passive = map[string]bool{"was": true, "were": true, "been": true, "being": true, "is": true, "are": true, "be": true, "ete": true}

// asides are the first words of a comma-delimited aside between a speaker and its
// verb.
var asides = map[string]bool{"citing": true, "citant": true, "quoting": true, "in": true, "dans": true, "through": true, "via": true, "on": true, "sur": true}

// negations before a speaker make it no statement: "no group claimed".
var negations = map[string]bool{"no": true, "aucun": true, "aucune": true, "none": true, "neither": true, "nor": true, "not": true, "ni": true}

func statement(note string, cl clause, lang extract.Lang, ctx Context) (Statement, bool) {
	ws := cl.ws
	for i := range ws {
		t, n, ok := triggerAt(ws, i)
		if !ok {
			continue
		}
		// "reported by X" is the passive: the speaker follows.
		if !t.after && i+n < len(ws) && (ws[i+n].w == "by" || ws[i+n].w == "par") && !ws[i+n-1].comma {
			t.after = true
			n++
		}
		if t.after && i > 0 && slices.ContainsFunc(ws[:i], func(w word) bool { return codedWords[w.w] }) {
			return Statement{}, false // "5 fatalities reported by AFP": ACLED's coding and its source
		}
		var spk []word      // the speaker phrase
		var credited []word // the words the speaker is credited with
		var blank span      // a span of the clause to leave out of the figures
		if t.after {
			j := i + n
			k := j
			for k < len(ws) && !ws[k].comma {
				k++
			}
			if k < len(ws) {
				k++ // the word before the comma belongs to the phrase
			}
			spk = ws[j:k]
			if len(spk) == 0 {
				return Statement{}, false
			}
			blank = span{ws[i].start, spk[len(spk)-1].end}
			credited = ws
		} else {
			// Back from the verb to the clause start or the last comma.
			k := i
			for k > 0 && !ws[k-1].comma {
				k--
			}
			j := i
			for j > k && auxiliaries[ws[j-1].w] {
				j--
			}
			if j > 0 && passive[ws[j-1].w] {
				return Statement{}, false // "clashes were reported": no speaker
			}
			spk = ws[k:j]
			for len(spk) == 0 && k > 0 {
				// "JNIM, in a statement, claimed", "RFI, citant X, a rapporté": the
				// segment before an aside.
				end := k
				k--
				for k > 0 && !ws[k-1].comma {
					k--
				}
				if !asides[ws[k].w] {
					spk = ws[k:end]
				}
			}
			if len(spk) == 0 {
				return Statement{}, false
			}
			if !ws[i+n-1].paren || i+n < len(ws) && asides[ws[i+n].w] {
				credited = ws[i+n:]
			}
		}
		for _, w := range spk {
			if negations[w.w] {
				return Statement{}, false
			}
		}
		// "citing X" names what the speaker repeats.
		var cites *claims.Source
		for c := range ws {
			if ws[c].w == "citing" || ws[c].w == "citant" || ws[c].w == "quoting" {
				end := c + 1
				for end < len(ws) && !ws[end-1].comma {
					end++
				}
				if s, ok := speaker(note, ws[c+1:end], ctx); ok {
					cites = &s
				}
				if t.after && c > i {
					// The cited source is not the speaker.
					if cut := c - (i + n); cut >= 0 && cut < len(spk) {
						spk = spk[:cut]
					}
					blank.end = max(blank.end, ws[end-1].end)
				}
				if !t.after && c >= i+n {
					blank = span{ws[c].start, ws[end-1].end}
				}
				break
			}
		}
		src, ok := speaker(note, spk, ctx)
		if !ok {
			return Statement{}, false
		}
		if cites != nil && cites.Name == src.Name {
			cites = nil
		}
		st := Statement{Source: src, Stance: t.stance, Cites: cites, Text: note[cl.start:cl.end], Start: cl.start, End: cl.end}
		if t.claim && src.Kind == claims.MilitantStatement {
			st.Stance = claims.Responsibility
		}
		if !t.after && negated(ws, i) {
			// "has not claimed", "n'a pas revendiqué": the speaker's silence.
			st.Stance, credited = claims.Silence, nil
		}
		if st.Stance != claims.Silence && len(credited) > 0 {
			from, to := credited[0].start, credited[len(credited)-1].end
			text := []byte(note[from:to])
			if blank.end > blank.start {
				for b := max(blank.start, from); b < min(blank.end, to); b++ {
					text[b-from] = ' '
				}
			}
			for _, f := range extract.Extract(string(text), lang) {
				if _, dup := figure(st.Figures, f.Outcome, f.Group); dup {
					continue
				}
				if f.Denied && st.Stance != claims.Denial {
					st.Stance = claims.Denial
				}
				st.Figures = append(st.Figures, claims.Count{Outcome: f.Outcome, Group: f.Group, Figure: f.Figure})
			}
		}
		return st, true
	}
	return Statement{}, false
}

func figure(cs []claims.Count, o claims.Outcome, g claims.Group) (claims.Figure, bool) {
	for _, c := range cs {
		if c.Outcome == o && c.Group == g {
			return c.Figure, true
		}
	}
	return claims.Figure{}, false
}
