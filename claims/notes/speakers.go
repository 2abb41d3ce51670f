package notes

import (
	"sort"
	"strings"

	"github.com/bilan-dev/bilan/claims"
)

// Speaker is an entry of the speaker lexicon: a phrase as it is written in notes
// (folded: lower case, é è ê as e, à â as a, apostrophes as spaces), the kind of
// source it names and the side it speaks for. Generic marks a phrase that stands
// for the event's armed group ("the group") and is resolved through Context.
type Speaker struct {
	Phrase  string
	Kind    claims.SourceKind
	Side    claims.Side
	Generic bool
}

// speakers is the lexicon, longest phrase first when matched.
var speakers = func() []Speaker {
	var ss []Speaker
	add := func(k claims.SourceKind, s claims.Side, generic bool, ps ...string) {
		for _, p := range ps {
			ss = append(ss, Speaker{p, k, s, generic})
		}
	}
	mil, off := claims.MilitantStatement, claims.OfficialStatement
	add(mil, claims.SideArmedGroup, false,
		"jnim", "gsim", "jama at nusrat al-islam wal-muslimin", "jamaat nusrat al-islam wal-muslimin", "isgs", "is sahel", "islamic state sahel",
		"islamic state sahel province", "islamic state", "is", "iswap", "islamic state west africa province", "boko haram", "jas", "ansaroul islam",
		"katiba macina", "katiba serma", "aqim", "al-qaeda", "al-qaida", "az-zallaqa", "al-zallaqa", "zallaqa", "amaq", "al-naba", "eigs", "etat islamique",
		"l etat islamique", "ei sahel", "fla", "csp-dpa", "azawad liberation front", "front de liberation de l azawad")
	add(mil, claims.SideArmedGroup, true, "the group", "the militant group", "the militants", "militants", "the jihadists", "jihadists", "the insurgents",
		"insurgents", "the armed group", "le groupe", "le groupe jihadiste", "les jihadistes", "les djihadistes", "les assaillants", "the assailants")
	add(off, claims.SideState, false,
		"army", "the military", "military", "armed forces", "security forces", "defence and security forces", "defense and security forces", "forces de defense et de securite", "fama", "faso armed forces", "malian armed forces", "fds", "authorities", "the authorities",
		"government", "the government", "ministry", "minister", "ministry of defence", "ministry of defense", "governor", "military spokesman",
		"army spokesman", "general staff", "junta", "the junta", "military government", "transitional government", "presidency", "police",
		"armee", "l armee", "les autorites", "autorites", "le gouvernement", "gouvernement", "ministere", "ministre", "gouverneur", "etat-major",
		"l etat-major", "forces armees", "forces armees maliennes", "forces armees burkinabe", "la junte", "junte", "porte-parole de l armee")
	add(claims.SecuritySources, claims.SideNone, false,
		"security sources", "a security source", "security source", "military sources", "a military source", "military source", "army sources",
		"an army source", "security officials", "a security official", "security official", "military officials", "a military official",
		"sources securitaires", "une source securitaire", "source securitaire", "sources militaires", "une source militaire", "source militaire")
	add(claims.LocalSources, claims.SideNone, false,
		"local sources", "a local source", "local source", "residents", "local residents", "a resident", "locals", "witnesses", "a witness",
		"eyewitnesses", "villagers", "local officials", "a local official", "local official", "local authorities", "community leaders",
		"a community leader", "medical sources", "hospital sources", "a medical source", "health workers", "a health worker", "local leaders",
		"a local elected official", "relatives", "family members",
		"sources locales", "une source locale", "source locale", "des habitants", "habitants", "un habitant", "temoins", "un temoin",
		"elus locaux", "un elu local", "sources hospitalieres", "source hospitaliere", "notables", "un notable", "autorites locales", "des proches")
	add(claims.MediaReport, claims.SideNone, false,
		"afp", "agence france-presse", "reuters", "rfi", "jeune afrique", "menastream", "associated press", "ap", "bbc", "al jazeera", "voa",
		"voice of america", "le monde", "radio omega", "lefaso net", "lefaso.net", "studio tamani", "mali web", "sahel intelligence", "air info",
		"the telegraph", "telegraph", "france 24", "anadolu", "xinhua", "actuniger", "wamaps", "local media", "media reports", "media", "press reports",
		"the press", "les medias", "la presse", "medias locaux", "la presse locale")
	add(claims.NGOUN, claims.SideNone, false,
		"minusma", "the un", "un", "united nations", "ocha", "unhcr", "human rights watch", "hrw", "amnesty international", "amnesty", "msf",
		"icrc", "the icrc", "ngo", "an ngo", "ngos", "les nations unies", "l onu", "onu", "cicr")
	sort.SliceStable(ss, func(i, j int) bool { return len(strings.Fields(ss[i].Phrase)) > len(strings.Fields(ss[j].Phrase)) })
	return ss
}()

// Speakers returns a copy of the speaker lexicon.
func Speakers() []Speaker { return append([]Speaker(nil), speakers...) }

// relayed words before "by" name the outlet that carried a speaker's words.
var relayed = map[string]bool{"quoted": true, "cited": true, "relayed": true, "cite": true, "citee": true, "cites": true, "relaye": true, "relayee": true}

// nationalities are the adjectives that follow a speaker's noun in French ("le
// gouvernement nigérien"), folded.
var nationalities = map[string]bool{"malien": true, "malienne": true, "maliens": true, "nigerien": true, "nigerienne": true, "nigeriens": true,
	"burkinabe": true, "burkinabes": true, "tchadien": true, "tchadienne": true, "nigerian": true, "nigeriane": true, "togolais": true, "beninois": true}

// articles are dropped from the start of a speaker's name.
var articles = map[string]bool{"the": true, "a": true, "an": true, "le": true, "la": true, "les": true, "l": true, "des": true, "de": true, "du": true, "d": true, "un": true, "une": true}

// speaker names the one known speaker of a phrase. Words of the phrase are matched
// against the lexicon, longest first; a match may be extended to the left over
// capitalised words ("the Malian army", "Burkinabe authorities"). Two different
// speakers, or none, is no speaker.
func speaker(note string, ws []word, ctx Context) (claims.Source, bool) {
	// "a military source quoted by AFP": the speaker is the one quoted.
	for i := range ws {
		if i+1 < len(ws) && relayed[ws[i].w] && (ws[i+1].w == "by" || ws[i+1].w == "par") {
			ws = ws[:i]
			break
		}
	}
	var found []claims.Source
	for i := 0; i < len(ws); {
		hit := false
		for _, s := range speakers {
			n := match(ws, i, s.Phrase)
			if n == 0 {
				continue
			}
			// Short acronyms must be written in capitals: "is", "un", "ap".
			if len(s.Phrase) <= 3 && !strings.Contains(s.Phrase, " ") && strings.ToLower(note[ws[i].start:ws[i].end]) == note[ws[i].start:ws[i].end] {
				continue
			}
			from := i
			for from > 0 && ws[from-1].upper && !articles[ws[from-1].w] && !ws[from-1].comma {
				from--
			}
			for from < i && articles[ws[from].w] {
				from++
			}
			start := ws[from].start
			if from == i {
				for start < ws[i+n-1].end && from < i+n && articles[ws[from].w] && from+1 < i+n {
					from++
					start = ws[from].start
				}
			}
			end := i + n
			for end < len(ws) && nationalities[ws[end].w] {
				end++ // "le gouvernement nigérien"
			}
			name := note[start:ws[end-1].end]
			src := claims.Source{Name: name, Kind: s.Kind, Side: s.Side}
			if s.Generic && ctx.Group != "" {
				src.Name = ctx.Group
			}
			found = append(found, src)
			i += n
			hit = true
			break
		}
		if !hit {
			i++
		}
	}
	if len(found) == 0 {
		return claims.Source{}, false
	}
	for _, f := range found[1:] {
		if f.Kind != found[0].Kind || f.Side != found[0].Side {
			return claims.Source{}, false
		}
	}
	// A group and its outlet ("JNIM's az-Zallaqa") are one speaker: the first.
	return found[0], true
}
