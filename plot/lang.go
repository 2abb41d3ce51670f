package plot

import (
	"fmt"
	"math"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/bilan-dev/bilan/claims"
)

// Lang is the language of the words and numbers a reader sees: English (the zero
// value), French or Arabic.
type Lang uint8

// The languages.
const (
	English Lang = iota
	French
	Arabic
)

var langCodes = []string{"en", "fr", "ar"}

// String returns the language's ISO 639-1 code: en, fr or ar.
func (l Lang) String() string {
	if int(l) < len(langCodes) {
		return langCodes[l]
	}
	return fmt.Sprintf("Lang(%d)", l)
}

// ParseLang reads an ISO 639-1 code: en, fr or ar.
func ParseLang(s string) (Lang, error) {
	for i, c := range langCodes {
		if s == c {
			return Lang(i), nil
		}
	}
	return 0, fmt.Errorf("plot: language %q: want en, fr or ar", s)
}

// RTL reports whether the language is written right to left.
func (l Lang) RTL() bool { return l == Arabic }

func (l Lang) tag() language.Tag {
	return [...]language.Tag{language.English, language.French, language.Arabic}[l%3]
}

// Int writes a count with the language's digits and thousands separator (CLDR, by
// golang.org/x/text): 46,984 in English, 46 984 in French (a no-break space),
// ٤٦٬٩٨٤ in Arabic. claims.Inf is written ∞.
func (l Lang) Int(x int64) string {
	if x == claims.Inf {
		return "∞"
	}
	return message.NewPrinter(l.tag()).Sprint(number.Decimal(x))
}

// Float writes x with prec decimals and the language's separators; NaN is "—".
func (l Lang) Float(x float64, prec int) string {
	switch {
	case math.IsNaN(x):
		return "—"
	case math.IsInf(x, 1):
		return "∞"
	}
	return message.NewPrinter(l.tag()).Sprint(number.Decimal(x, number.MinFractionDigits(prec), number.MaxFractionDigits(prec)))
}

// Percent writes a share in [0, 1] as a whole percentage: 50%, 50 %, ٥٠٪.
func (l Lang) Percent(x float64) string {
	switch l {
	case French:
		return l.Int(int64(math.Round(100*x))) + "\u00a0%"
	case Arabic:
		return l.Int(int64(math.Round(100*x))) + "٪"
	}
	return l.Int(int64(math.Round(100*x))) + "%"
}

var monthNames = [3][12]string{
	{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
	// The month names of the Maghreb and of Francophone Africa's Arabic press
	// (جانفي in Tunisia and Algeria aside): the names of the Arabic CLDR locale.
	{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
}

// Month returns the short name of a month.
func (l Lang) Month(m time.Month) string { return monthNames[l%3][(m-1)%12] }

// Year writes a year in the language's digits, without separator.
func (l Lang) Year(y int) string {
	s := fmt.Sprint(y)
	if l == Arabic {
		return arabicDigits(s)
	}
	return s
}

// Date writes a day: 22 Jul 2025, 22 juil. 2025, ٢٢ يوليو ٢٠٢٥.
func (l Lang) Date(d claims.Date) string {
	if d == 0 {
		return "—"
	}
	y, m, day := d.Civil()
	return l.Year(day) + " " + l.Month(m) + " " + l.Year(y)
}

func arabicDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '٠' + r - '0'
		}
		return r
	}, s)
}

// Word returns the human label, in l, of an identifier a reader would otherwise
// see: a status (claimed_only), side (armed_group), source kind, stance, outcome
// or group. Identifiers it does not know are returned unchanged.
func (l Lang) Word(id string) string {
	if w, ok := words[id]; ok && w[l%3] != "" {
		return w[l%3]
	}
	return id
}

// words is the label of each identifier in English, French and Arabic.
var words = map[string][3]string{
	// Statuses (claims.Status).
	"pending":       {"pending (silence so far)", "en attente (silence à ce jour)", "قيد الانتظار (صمت حتى الآن)"},
	"claimed_only":  {"claimed only", "revendiqué seulement", "ادعاء فقط"},
	"single_source": {"single source", "source unique", "مصدر واحد"},
	"corroborated":  {"corroborated", "corroboré", "مؤكَّد جزئيًا"},
	"confirmed":     {"confirmed", "confirmé", "مؤكَّد"},
	"contested":     {"contested", "contesté", "متنازع عليه"},
	// Sides (claims.Side).
	"state":       {"state forces", "forces de l'État", "القوات الحكومية"},
	"armed_group": {"armed group", "groupe armé", "جماعة مسلحة"},
	"none":        {"no side", "aucune partie", "لا طرف"},
	// Source kinds (claims.SourceKind).
	"other":              {"other source", "autre source", "مصدر آخر"},
	"militant_statement": {"militant statement", "communiqué d'un groupe armé", "بيان جماعة مسلحة"},
	"official_statement": {"official statement", "communiqué officiel", "بيان رسمي"},
	"security_sources":   {"security sources", "sources sécuritaires", "مصادر أمنية"},
	"local_sources":      {"local sources", "sources locales", "مصادر محلية"},
	"media_report":       {"media report", "article de presse", "تقرير إعلامي"},
	"ngo_un":             {"NGO or UN", "ONG ou ONU", "منظمة غير حكومية أو الأمم المتحدة"},
	"monitor":            {"monitor (dataset)", "observatoire (base de données)", "مرصد (قاعدة بيانات)"},
	// Stances (claims.Stance).
	"reports":        {"reports", "rapporte", "يفيد"},
	"responsibility": {"claims responsibility", "revendique", "يتبنى"},
	"denial":         {"denies", "dément", "ينفي"},
	"silence":        {"silent", "silence", "صمت"},
	// Outcomes and groups.
	"killed":          {"killed", "tués", "قتلى"},
	"wounded":         {"wounded", "blessés", "جرحى"},
	"captured":        {"captured", "capturés", "أسرى"},
	"missing":         {"missing", "disparus", "مفقودون"},
	"soldiers":        {"soldiers", "soldats", "جنود"},
	"security_forces": {"security forces", "forces de sécurité", "قوات الأمن"},
	"militia":         {"militia", "milices", "ميليشيات"},
	"foreign_forces":  {"foreign forces", "forces étrangères", "قوات أجنبية"},
	"civilians":       {"civilians", "civils", "مدنيون"},
	"militants":       {"militants", "combattants armés", "مسلحون"},
	"unknown":         {"group not stated", "groupe non précisé", "فئة غير محددة"},
	// Periods (stats.Period).
	"day":     {"day", "jour", "يوم"},
	"week":    {"week", "semaine", "أسبوع"},
	"month":   {"month", "mois", "شهر"},
	"quarter": {"quarter", "trimestre", "ربع سنة"},
	"year":    {"year", "année", "سنة"},
	// Keys (stats.Key).
	"country":     {"country", "pays", "البلد"},
	"admin1":      {"region", "région", "الإقليم"},
	"perpetrator": {"perpetrator", "auteur", "الجهة المنفذة"},
	"target":      {"target", "cible", "المستهدف"},
}

// chartWords is the text of the charts, by English text.
var chartWords = map[string][2]string{
	"Source: %s; as of %s": {"Source : %s ; données au %s", "المصدر: %s؛ البيانات حتى %s"},
	"Source: %s":           {"Source : %s", "المصدر: %s"},
	"%s: %s, credible figures and partisan claims": {"%s : %s, chiffres crédibles et revendications partisanes", "%s: %s، الأرقام الموثوقة وادعاءات الأطراف"},
	"Date (%s)":               {"Date (%s)", "التاريخ (%s)"},
	"%s per %s":               {"%s par %s", "%s لكل %s"},
	"credible Low–High":       {"fourchette crédible (bas–haut)", "النطاق الموثوق (أدنى–أعلى)"},
	"credible Best":           {"meilleure estimation crédible", "أفضل تقدير موثوق"},
	"highest partisan claims": {"revendications partisanes les plus hautes", "أعلى ادعاءات الأطراف"},
	"highest partisan claims: none in the data":                     {"revendications partisanes : aucune dans les données", "ادعاءات الأطراف: لا يوجد أي ادعاء في البيانات"},
	"no upper bound: open upward (▲) from its Low":                  {"sans borne haute : ouvert vers le haut (▲) depuis sa borne basse", "بلا حد أعلى: مفتوح إلى الأعلى (▲) من حده الأدنى"},
	"no credible figure (hatched, not zero)":                        {"aucun chiffre crédible (hachuré, pas zéro)", "لا رقم موثوق (مظلل، ليس صفرًا)"},
	"Claimed against confirmed":                                     {"Revendiqué face au confirmé", "المعلن مقابل المؤكد"},
	"%s (sum over events)":                                          {"%s (somme sur les événements)", "%s (المجموع على الأحداث)"},
	"claimed":                                                       {"revendiqué", "المعلن"},
	"Claimed against credible, per event":                           {"Revendiqué face au crédible, par événement", "المعلن مقابل الموثوق، لكل حدث"},
	"credible figure (%s, log scale)":                               {"chiffre crédible (%s, échelle log.)", "الرقم الموثوق (%s، مقياس لوغاريتمي)"},
	"highest partisan claim\n(%s, log scale)":                       {"revendication partisane la plus haute\n(%s, échelle log.)", "أعلى ادعاء لطرف\n(%s، مقياس لوغاريتمي)"},
	"claimed = credible":                                            {"revendiqué = crédible", "المعلن = الموثوق"},
	"a line: the credible figure is an interval":                    {"un trait : le chiffre crédible est un intervalle", "خط: الرقم الموثوق مجال"},
	"Silence: events without a statement by the side":               {"Silence : événements sans déclaration de la partie", "الصمت: أحداث لم يصدر فيها بيان عن الطرف"},
	"share of the side's events (%)":                                {"part des événements de la partie (%)", "حصة أحداث الطرف (٪)"},
	"%s by %s, stacked":                                             {"%s par %s, empilés", "%s حسب %s، مكدسة"},
	"Areas with an event for the first time":                        {"Zones touchées pour la première fois", "مناطق شهدت حدثًا لأول مرة"},
	"new admin1 areas":                                              {"nouvelles régions (admin1)", "أقاليم جديدة (admin1)"},
	"The data start in %s: every area is new in that first period.": {"Les données commencent en %s : toute zone y est nouvelle.", "تبدأ البيانات في %s: كل منطقة جديدة في تلك الفترة الأولى."},
	"Status of the figures per period":                              {"Statut des chiffres par période", "حالة الأرقام لكل فترة"},
	"assessments (event × outcome × group)":                         {"évaluations (événement × issue × groupe)", "التقييمات (حدث × نتيجة × فئة)"},
	"hatched: a figure of the period is unknown":                    {"hachuré : un chiffre de la période est inconnu", "مظلل: رقم من الفترة غير معروف"},
	"hatched: no credible figure":                                   {"hachuré : aucun chiffre crédible", "مظلل: لا رقم موثوق"},
	"What each source said":                                         {"Ce que chaque source a dit", "ما قاله كل مصدر"},
	"%s (log scale)":                                                {"%s (échelle log.)", "%s (مقياس لوغاريتمي)"},
	"credible Low–Best–High":                                        {"fourchette crédible bas–meilleure–haut", "النطاق الموثوق أدنى–أفضل–أعلى"},
	"silent":                                                        {"silence", "صمت"},
	"denies":                                                        {"dément", "ينفي"},
	"no figure":                                                     {"sans chiffre", "بلا رقم"},
	"no credible figure":                                            {"aucun chiffre crédible", "لا رقم موثوق"},
	"%s, %s: what each source said":                                 {"%s, %s : ce que chaque source a dit", "%s، %s: ما قاله كل مصدر"},
	"Claimed against credible, by claimant":                         {"Revendiqué face au crédible, par auteur de la revendication", "المعلن مقابل الموثوق، حسب صاحب الادعاء"},
	"data's first period (every area is new)":                       {"première période des données (toute zone y est nouvelle)", "الفترة الأولى للبيانات (كل منطقة جديدة فيها)"},
	"estimate and 95% interval":                                     {"estimation et intervalle à 95 %", "التقدير ومجال الثقة ٩٥٪"},
	"observed on the lists (%s)":                                    {"observés sur les listes (%s)", "المرصودون في القوائم (%s)"},
	"Estimated total, per model (95% intervals)":                    {"Total estimé, par modèle (intervalles à 95 %)", "المجموع المقدر لكل نموذج (مجالات ٩٥٪)"},
	"total killed (observed and unobserved)":                        {"total des tués (observés et non observés)", "مجموع القتلى (المرصودون وغير المرصودين)"},
	"source":                                                        {"source", "المصدر"},
	"no interval":                                                   {"pas d'intervalle", "بلا مجال"},
	"periods":                                                       {"périodes", "الفترات"},
	"period":                                                        {"période", "الفترة"},
}

// Text returns the chart text s (an English format) in l, formatted with args.
func (l Lang) Text(s string, args ...any) string {
	if l != English {
		if w, ok := chartWords[s]; ok {
			s = w[(l-1)%2]
		}
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}
