package extract

import "github.com/bilan-dev/bilan/claims"

// The lexicons, by normalised word (see norm). Multi-word entries are matched on
// consecutive words joined by a space.

var outcomeWords = map[string]claims.Outcome{}
var groupWords = map[string]claims.Group{}

func addAll[T any](m map[string]T, v T, words ...string) {
	for _, w := range words {
		m[norm(w)] = v
	}
}

// singular group nouns: "a soldier" is 1 (docs/quantities.md §1).
var singular = map[string]claims.Group{}

// dual Arabic nouns: جنديين is 2 soldiers.
var dual = map[string]claims.Group{}

func init() {
	addAll(outcomeWords, claims.Killed,
		"killed", "kill", "kills", "killing", "dead", "died", "die", "deaths", "death", "neutralised", "neutralized", "slain", "lives",
		"tués", "tué", "tuée", "tuées", "tues", "tue", "morts", "mort", "péri", "peri", "abattus", "abattu", "neutralisés", "neutralisé", "décès", "deces", "vie",
		"قتل", "مقتل", "قتلى", "قتيلا", "قتيل", "قتلوا", "لقي", "حتفه", "حتفهم", "مصرعه", "مصرعهم", "هلاك", "تحييد", "القضاء", "اوقع", "سقوط")
	addAll(outcomeWords, claims.Wounded,
		"wounded", "injured", "injuring", "wounding", "injuries",
		"blessés", "blessé", "blessée", "blessées", "blesses", "blesse",
		"اصيب", "اصابة", "جرح", "جرحى", "جريحا", "جريح", "مصابين", "اصيبوا", "الجرحى")
	addAll(outcomeWords, claims.Captured,
		"kidnapped", "abducted", "captured", "hostage", "hostages",
		"enlevés", "enlevé", "enleves", "enleve", "capturés", "capturé", "captures", "kidnappés", "otages",
		"اسر", "اسرت", "اسروا", "اختطف", "اختطفت", "اختطاف", "اسرى", "اسير", "مختطفين", "اختطفوا")
	addAll(outcomeWords, claims.Missing, "missing", "disparus", "disparu", "المفقودين", "مفقودين", "مفقودا")

	addAll(groupWords, claims.Soldiers, "soldiers", "soldier", "troops", "servicemen", "army", "soldats", "soldat", "militaires", "militaire", "fama",
		"جندي", "جنود", "جنديا", "جنودا", "عسكريين", "عسكريا", "الجيش", "الجنود")
	addAll(groupWords, claims.SecurityForces, "police", "policemen", "policeman", "gendarmes", "gendarme", "security", "policiers", "policier", "fds", "sécurité", "securite",
		"الدرك", "الشرطة", "الامن", "شرطيا", "دركيا")
	addAll(groupWords, claims.Militia, "vdp", "volunteers", "dozo", "dozos", "militiamen", "militia", "volontaires", "supplétifs", "suppletifs",
		"متطوعي", "متطوعين", "المتطوعين", "الدوزو", "ميليشيا")
	addAll(groupWords, claims.ForeignForces, "wagner", "peacekeepers", "mercenaries", "mercenaires", "casques", "فاغنر", "الفيلق")
	addAll(groupWords, claims.Civilians, "civilians", "civilian", "villagers", "women", "children", "passengers", "displaced",
		"civils", "civil", "villageois", "femmes", "enfants", "passagers", "déplacés",
		"مدنيين", "مدنيا", "مدني", "المدنيين", "قرويين", "قرويا", "القرويين", "نساء", "النساء", "امرأة", "امرأتين", "اطفال", "الاطفال", "طفلا", "نازحين")
	addAll(groupWords, claims.Militants, "militants", "terrorists", "terrorist", "jihadists", "jihadist", "attackers", "insurgents", "assailants", "fighters", "gunmen",
		"terroristes", "terroriste", "jihadistes", "djihadistes", "assaillants", "combattants", "insurgés", "insurges", "hommes armés",
		"ارهابي", "ارهابيين", "ارهابيا", "الارهابيين", "الخوارج", "مسلحين", "مسلحا")
	addAll(groupWords, claims.UnknownGroup, "people", "persons", "person", "personnes", "personne", "اشخاص", "شخص", "شخصا", "الاشخاص")

	addAll(singular, claims.Soldiers, "soldier")
	addAll(singular, claims.Civilians, "civilian")
	addAll(singular, claims.SecurityForces, "policeman", "gendarme")
	addAll(singular, claims.UnknownGroup, "person")
	addAll(dual, claims.Soldiers, "جنديين", "جنديان")
	addAll(dual, claims.Civilians, "مدنيين")
}

// qualifier phrases, normalised, before a number.
var qualifiers = map[string]claims.Qualifier{}

func init() {
	addAll(qualifiers, claims.AtLeast, "at least", "no fewer than", "no less than", "au moins", "pas moins de", "على الاقل", "ما لا يقل عن", "لا يقل عن")
	addAll(qualifiers, claims.MoreThan, "more than", "over", "plus de", "plus d", "اكثر من", "ما يزيد على", "ما يزيد عن", "يزيد على", "يزيد عن", "تجاوز")
	addAll(qualifiers, claims.About, "around", "about", "some", "nearly", "approximately", "roughly", "environ", "près de", "pres de", "quelque", "نحو", "حوالي", "قرابة", "زهاء", "ما يقارب", "يقارب")
	addAll(qualifiers, claims.AtMost, "up to", "as many as", "jusqu à", "jusqu a", "قد يصل الى", "يصل الى")
	qualifierFirst = firstWords(qualifiers)
}

// The first words of the phrase lexicons (see phrase), set once the lexicons are.
var qualifierFirst, qualitativeFirst map[string]bool

// approximate nouns: "une dizaine" is about 10, "a dozen" about 12 (docs/quantities.md §1).
var approx = map[string]int64{}

func init() {
	for w, v := range map[string]int64{
		"dozen": 12, "douzaine": 12, "dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
		"quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
	} {
		approx[norm(w)] = v
	}
}

// qualitative phrases: a toll with no number (docs/quantities.md §1), by outcome.
var qualitative = map[string][]claims.Outcome{}

func init() {
	k := []claims.Outcome{claims.Killed}
	kw := []claims.Outcome{claims.Killed, claims.Wounded}
	for _, p := range []string{"heavy toll", "heavy losses", "heavy casualties", "lourd bilan", "bilan lourd", "lourdes pertes",
		"حصيلة ثقيلة", "خسائر فادحة", "خسائر بشرية فادحة", "خسائر كبيرة"} {
		qualitative[norm(p)] = k
	}
	for _, p := range []string{"dead and wounded", "morts et des blessés", "morts et blessés", "قتلى وجرحى", "قتلى و جرحى"} {
		qualitative[norm(p)] = kw
	}
	qualitativeFirst = firstWords(qualitative)
}

// nonCasualty nouns: a number before one of them counts something else (docs/quantities.md
// §5).
var nonCasualty = map[string]bool{}

func init() {
	for _, w := range []string{"attacks", "attack", "posts", "post", "positions", "vehicles", "vehicle", "km", "kilometres", "kilometers", "miles",
		"years", "year", "days", "day", "hours", "weeks", "months", "villages", "weapons", "motorcycles", "cattle", "times",
		"attaques", "attaque", "postes", "poste", "véhicules", "vehicules", "jours", "ans", "heures", "semaines", "mois", "motos", "armes", "fois",
		"هجمات", "هجوما", "هجوم", "مواقع", "موقعا", "اليات", "آلية", "كيلومترا", "كلم", "عاما", "سنوات", "ايام", "يوما", "ساعات", "اشهر", "شهور", "شهرا", "قرى", "دراجات", "اسلحة", "مرات",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre",
		"يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "h", "gmt", "rn"} {
		nonCasualty[norm(w)] = true
	}
}

// subset markers: what follows repeats part of a figure already counted (§5 rule 2).
var subsetMarkers = map[string]bool{}

// deny words: a sentence with one denies its figures.
var denyWords = map[string]bool{}

func init() {
	for _, w := range []string{"including", "among them", "of whom", "dont", "parmi lesquels", "parmi eux", "بينهم", "منهم", "بينهن"} {
		subsetMarkers[norm(w)] = true
	}
	for _, w := range []string{"denied", "denies", "deny", "denying", "dément", "dement", "démenti", "dementi", "démentent", "nie", "nient", "rejette",
		"نفى", "ينفي", "نفت", "تنفي", "نفي"} {
		denyWords[norm(w)] = true
	}
}

// noWords make an explicit zero with the group or outcome after them ("no soldiers
// were killed", "aucun soldat tué", "no losses").
var noWords = map[string]bool{"no": true, "aucun": true, "aucune": true, "zero": true, "zéro": true}
