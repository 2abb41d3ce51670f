package report

import (
	"fmt"

	"github.com/bilan-dev/bilan/plot"
)

// pageWords is the report's text in English, French and Arabic, by English text.
// Identifiers (statuses, sides, source kinds) take their labels from plot.Lang.Word.
var pageWords = map[string][2]string{
	"Casualty claims and credible figures": {"Revendications et bilans crédibles des victimes", "ادعاءات الضحايا والأرقام الموثوقة"},
	"Data as of %s; series by %s.":         {"Données au %s ; séries par %s.", "البيانات حتى %s؛ السلاسل حسب %s."},
	"Made with bilan.":                     {"Réalisé avec bilan.", "أُعدّ باستخدام bilan."},
	"Headline figures":                     {"Chiffres clés", "الأرقام الرئيسية"},
	"Charts":                               {"Graphiques", "الرسوم البيانية"},
	"Events and their claims":              {"Les événements et leurs revendications", "الأحداث وادعاءاتها"},
	"Claim inflation":                      {"Surenchère des revendications", "تضخيم الادعاءات"},
	"Silence":                              {"Silence", "الصمت"},
	"Method":                               {"Méthode", "المنهجية"},
	"Data":                                 {"Données", "البيانات"},
	"events":                               {"événements", "أحداث"},
	"%s killed, Low – Best – High":         {"tués (chiffres %s), bas – meilleure – haut", "القتلى (الأرقام %s)، الأدنى – الأفضل – الأعلى"},
	"credible":                             {"crédibles", "الموثوقة"},
	"confirmed":                            {"confirmés", "المؤكدة"},
	"The credible figures of every status are summed; assessments with none (claimed only, pending) are counted apart, never as zero.": {"Les chiffres crédibles de tous les statuts sont additionnés ; les évaluations qui n'en ont pas (revendiqué seulement, en attente) sont comptées à part, jamais comme zéro.", "تُجمع الأرقام الموثوقة لكل الحالات؛ والتقييمات التي لا رقم موثوقًا لها (ادعاء فقط، قيد الانتظار) تُحتسب على حدة، لا صفرًا أبدًا."},
	"Summed over the assessments whose status is %s.":                      {"Somme des évaluations de statut %s.", "مجموع التقييمات ذات الحالة: %s."},
	"%s: %s (events: %s)":                                                  {"%s : %s (événements : %s)", "%s: %s (الأحداث: %s)"},
	"killed claimed by the parties (events: %s)":                           {"tués revendiqués par les parties (événements : %s)", "قتلى أعلنتهم الأطراف (الأحداث: %s)"},
	"no partisan claim in the data":                                        {"aucune revendication partisane dans les données", "لا يوجد ادعاء لأي طرف في البيانات"},
	"events with no figure of the statuses counted (not counted as zero)":  {"événements sans chiffre des statuts comptés (non comptés comme zéro)", "أحداث بلا رقم من الحالات المحتسبة (لا تُحتسب صفرًا)"},
	"events with no credible figure (not counted as zero)":                 {"événements sans chiffre crédible (non comptés comme zéro)", "أحداث بلا رقم موثوق (لا تُحتسب صفرًا)"},
	"killed figures left out by the statuses chosen (%s)":                  {"chiffres de tués écartés par les statuts choisis (%s)", "أرقام قتلى مستبعدة بسبب الحالات المختارة (%s)"},
	"events with some groups' figures unknown: %s (their sums are floors)": {"événements dont le chiffre de certains groupes est inconnu : %s (leurs sommes sont des planchers)", "أحداث رقم بعض فئاتها غير معروف: %s (مجاميعها حدود دنيا)"},
	"%s: no chart. %s":                    {"%s : pas de graphique. %s", "%s: لا رسم بياني. %s"},
	"no chart.":                           {"pas de graphique.", "لا رسم بياني."},
	"Also as %s, %s, and its data as %s.": {"Aussi en %s, %s, et ses données en %s.", "متاح أيضًا بصيغة %s و%s، وبياناته بصيغة %s."},
	"Every assessment (event × outcome × group) as %s.":                   {"Toutes les évaluations (événement × issue × groupe) en %s.", "جميع التقييمات (حدث × نتيجة × فئة) بصيغة %s."},
	"All events (%s), by date.":                                           {"Tous les événements (%s), par date.", "جميع الأحداث (%s)، حسب التاريخ."},
	"The %s most lethal of %s events, by credible Best, then by claimed.": {"Les %s événements les plus meurtriers sur %s, par meilleure estimation crédible, puis par revendication.", "أكثر %s أحداث دموية من أصل %s، حسب أفضل تقدير موثوق ثم حسب الادعاء."},
	"#":                      {"n°", "رقم"},
	"reported":               {"date", "التاريخ"},
	"source":                 {"source", "المصدر"},
	"kind":                   {"type", "النوع"},
	"stance":                 {"position", "الموقف"},
	"figures":                {"chiffres", "الأرقام"},
	"wording":                {"formulation", "الصياغة"},
	"cites":                  {"cite", "يستشهد بـ"},
	"outcome and group":      {"issue et groupe", "النتيجة والفئة"},
	"status":                 {"statut", "الحالة"},
	"Low – Best – High":      {"bas – meilleure – haut", "الأدنى – الأفضل – الأعلى"},
	"highest partisan claim": {"revendication partisane la plus haute", "أعلى ادعاء لطرف"},
	"no credible figure":     {"aucun chiffre crédible", "لا رقم موثوق"},
	"%s by %s":               {"%s par %s", "%s من %s"},
	"Notes":                  {"Notes", "ملاحظات"},
	"Sources":                {"Sources", "المصادر"},
	"(not named)":            {"(non nommé)", "(غير مسمى)"},
	"%s with %s":             {"%s avec %s", "%s مع %s"},
	"not counted":            {"non compté", "غير محتسب"},
	"Claims about periods":   {"Revendications sur des périodes", "ادعاءات عن فترات"},
	"claim":                  {"revendication", "الادعاء"},
	"period":                 {"période", "الفترة"},
	"area":                   {"zone", "المنطقة"},
	"figure":                 {"chiffre", "الرقم"},
	"by":                     {"par", "من"},
	"the events of the data": {"les événements des données", "أحداث البيانات"},
	"events: %s":             {"événements : %s", "الأحداث: %s"},
	"credible %s":            {"crédible %s", "موثوق %s"},
	"The geometric mean, over events with both, of the claimed toll over the credible Best; the interval is a 95%% t interval on the logs, given from %s events.": {"La moyenne géométrique, sur les événements qui ont les deux, du bilan revendiqué rapporté à la meilleure estimation crédible ; l'intervalle est un intervalle t à 95 %% sur les logarithmes, donné à partir de %s événements.", "المتوسط الهندسي، على الأحداث التي يتوفر فيها الاثنان، لنسبة الحصيلة المعلنة إلى أفضل تقدير موثوق؛ والمجال مجال t بنسبة ٩٥٪ على اللوغاريتمات، يُعطى ابتداءً من %s أحداث."},
	"who":                            {"qui", "من"},
	"claimed / credible":             {"revendiqué / crédible", "المعلن / الموثوق"},
	"95% interval":                   {"intervalle à 95 %", "مجال ٩٥٪"},
	"claimant":                       {"auteur de la revendication", "صاحب الادعاء"},
	"perpetrator":                    {"auteur de l'attaque", "الجهة المنفذة"},
	"No partisan claim in the data.": {"Aucune revendication partisane dans les données.", "لا يوجد ادعاء لأي طرف في البيانات."},
	"No event has both a partisan claim and a credible figure yet.":                                             {"Aucun événement n'a encore à la fois une revendication partisane et un chiffre crédible.", "لا يوجد بعد حدث له ادعاء من طرف ورقم موثوق معًا."},
	"Per period and side, the events involving the side on which it had made no statement by the period's end.": {"Par période et par partie, les événements impliquant la partie sur lesquels elle ne s'était pas exprimée à la fin de la période.", "لكل فترة وطرف، الأحداث التي تخص الطرف ولم يصدر عنه بشأنها أي بيان حتى نهاية الفترة."},
	"side":                           {"partie", "الطرف"},
	"silent":                         {"silencieux", "صامت"},
	"rate":                           {"taux", "النسبة"},
	"spoke at all":                   {"s'est exprimée", "تحدث في أي وقت"},
	"median days to first statement": {"délai médian de la première déclaration (jours)", "متوسط الأيام حتى أول بيان (الوسيط)"},
	"The data records no statement by a party to the conflict (a monitor's data, say): silence cannot be measured.": {"Les données ne contiennent aucune déclaration d'une partie au conflit (celles d'un observatoire, par exemple) : le silence ne peut pas être mesuré.", "لا تتضمن البيانات أي بيان لطرف في النزاع (بيانات مرصد مثلًا): لا يمكن قياس الصمت."},
	"No event involves a side.":       {"Aucun événement n'implique une partie.", "لا يتعلق أي حدث بطرف."},
	"From claims to credible figures": {"Des revendications aux chiffres crédibles", "من الادعاءات إلى الأرقام الموثوقة"},
	"Vague words":                     {"Mots vagues", "الكلمات المبهمة"},
	"A figure is an interval. Vague words take ACLED's conservative code as their floor and stop before the next order of magnitude:": {"Un chiffre est un intervalle. Les mots vagues prennent le code prudent d'ACLED pour plancher et s'arrêtent avant l'ordre de grandeur suivant :", "الرقم مجال. تأخذ الكلمات المبهمة الرمز المتحفظ لـACLED حدًا أدنى وتتوقف قبل المرتبة العشرية التالية:"},
	"concept":               {"notion", "المفهوم"},
	"interval":              {"intervalle", "المجال"},
	"words":                 {"mots", "الكلمات"},
	"Source: %s. As of %s.": {"Source : %s. Données au %s.", "المصدر: %s. البيانات حتى %s."},
	"Credit: %s":            {"Crédit : %s", "إعداد: %s"},
	"What each source said": {"Ce que chaque source a dit", "ما قاله كل مصدر"},
	"Confirmed killed over time, with the highest partisan claims": {"Tués au fil du temps (chiffres crédibles), avec les revendications partisanes les plus hautes", "القتلى عبر الزمن (أرقام موثوقة) مع أعلى ادعاءات الأطراف"},
	"Credible killed over time, with the highest partisan claims":  {"Tués au fil du temps (chiffres crédibles), avec les revendications partisanes les plus hautes", "القتلى عبر الزمن (أرقام موثوقة) مع أعلى ادعاءات الأطراف"},
	"Claimed against credible, by claimant":                        {"Revendiqué face au crédible, par auteur de la revendication", "المعلن مقابل الموثوق، حسب صاحب الادعاء"},
	"Claimed against credible, per event":                          {"Revendiqué face au crédible, par événement", "المعلن مقابل الموثوق، لكل حدث"},
	"Silence rate per side":                                        {"Taux de silence par partie", "نسبة الصمت لكل طرف"},
	"Credible killed by country":                                   {"Tués par pays (chiffres crédibles)", "القتلى حسب البلد (أرقام موثوقة)"},
	"Credible killed by country, stacked":                          {"Tués par pays, empilés (chiffres crédibles)", "القتلى حسب البلد، مكدسة (أرقام موثوقة)"},
	"Areas reached for the first time":                             {"Zones touchées pour la première fois", "مناطق بلغها العنف لأول مرة"},
	"Status of the figures":                                        {"Statut des chiffres", "حالة الأرقام"},
	"No event in the data.":                                        {"Aucun événement dans les données.", "لا يوجد حدث في البيانات."},
	"The data records no statement by a party to the conflict (a monitor's data, say), so silence cannot be measured.": {"Les données ne contiennent aucune déclaration d'une partie au conflit (celles d'un observatoire, par exemple) : le silence ne peut pas être mesuré.", "لا تتضمن البيانات أي بيان لطرف في النزاع (بيانات مرصد مثلًا)، لذا لا يمكن قياس الصمت."},
	"No event has a credible figure, so nothing can be drawn.":                                                         {"Aucun événement n'a de chiffre crédible : rien ne peut être tracé.", "لا يوجد حدث له رقم موثوق، فلا يمكن رسم شيء."},
	"%s, chart of %s": {"%s, graphique : %s", "%s، رسم بياني: %s"},
	"event":           {"événement", "حدث"},
	"date":            {"date", "التاريخ"},
	"place":           {"lieu", "المكان"},
	"Read the chart's data in the CSV file beside it.": {"Les données du graphique sont dans le fichier CSV voisin.", "بيانات الرسم في ملف CSV المرافق."},
	"Contents": {"Sommaire", "المحتويات"},
}

// tr returns s (an English format) in l, formatted with args.
func tr(l plot.Lang, s string, args ...any) string {
	if l != plot.English {
		if w, ok := pageWords[s]; ok {
			s = w[(l-1)%2]
		}
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// policy is the reconciliation policy in words, as package claims documents it.
var policy = [3][]string{
	{
		"Every statement is kept as its own claim: the militant group's, local and security sources', the army's communiqué or its silence, media reports. Silence is recorded as a claim dated the day it was observed.",
		"Citations are followed to their origin: a report that cites the group's statement counts as the group's statement, not as a second source. Each origin counts once, with its latest statement.",
		"A partisan claim about another side's losses never confirms a figure on its own: a militant claim of soldiers killed, an army's terrorists neutralised.",
		"A side's admission of its own losses confirms its figure as a floor.",
		"Two or more independent non-partisan sources whose figures overlap confirm the overlap (Iraq Body Count's two-source rule); figures are intervals, so \"dozens\" and 15 agree.",
		"Status: contested (a denial, or a \"no losses\" against losses); confirmed; corroborated (sources agree there were losses, not on the number); single source; claimed only; pending (nothing but silence so far). \"Credible\" figures are those of every status but claimed only and pending; the headline says which statuses it sums.",
		"Low follows ACLED's rule, the lowest credible figure; High is the highest credible figure, unbounded when a credible source gave none; Best is the median of the credible sources' stated figures. An unknown figure is never counted as zero: it is counted apart.",
	},
	{
		"Chaque déclaration est gardée comme une revendication distincte : celle du groupe armé, des sources locales et sécuritaires, le communiqué de l'armée ou son silence, les articles de presse. Le silence est enregistré comme une déclaration datée du jour où il a été constaté.",
		"Les citations sont suivies jusqu'à leur origine : un article qui cite le communiqué du groupe compte comme ce communiqué, non comme une deuxième source. Chaque origine compte une fois, avec sa dernière déclaration.",
		"Une revendication partisane sur les pertes d'une autre partie ne confirme jamais seule un chiffre : un groupe armé qui annonce des soldats tués, une armée qui annonce des terroristes neutralisés.",
		"L'aveu par une partie de ses propres pertes confirme son chiffre comme plancher.",
		"Deux sources non partisanes indépendantes ou plus dont les chiffres se recoupent confirment ce recoupement (la règle des deux sources d'Iraq Body Count) ; les chiffres sont des intervalles, si bien que « des dizaines » et 15 concordent.",
		"Statut : contesté (un démenti, ou « aucune perte » face à des pertes) ; confirmé ; corroboré (les sources s'accordent sur des pertes, pas sur leur nombre) ; source unique ; revendiqué seulement ; en attente (rien que le silence à ce jour). Les chiffres « crédibles » sont ceux de tous les statuts sauf revendiqué seulement et en attente ; les chiffres clés disent quels statuts ils additionnent.",
		"Le bas suit la règle d'ACLED, le plus bas chiffre crédible ; le haut est le plus haut chiffre crédible, sans borne quand une source crédible n'en donne pas ; la meilleure estimation est la médiane des chiffres énoncés par les sources crédibles. Un chiffre inconnu n'est jamais compté comme zéro : il est compté à part.",
	},
	{
		"يُحفظ كل تصريح ادعاءً مستقلًا: بيان الجماعة المسلحة، والمصادر المحلية والأمنية، وبلاغ الجيش أو صمته، والتقارير الإعلامية. ويُسجَّل الصمت ادعاءً مؤرخًا بيوم رصده.",
		"تُتتبّع الاستشهادات حتى مصدرها الأصلي: التقرير الذي ينقل بيان الجماعة يُحتسب بيانَ الجماعة لا مصدرًا ثانيًا. ويُحتسب كل مصدر أصلي مرة واحدة بآخر تصريح له.",
		"لا يؤكد ادعاء طرف بشأن خسائر طرف آخر أي رقم وحده: ادعاء جماعة مسلحة قتل جنود، أو إعلان جيش تحييد إرهابيين.",
		"اعتراف طرف بخسائره يؤكد رقمه حدًا أدنى.",
		"مصدران مستقلان غير منحازين أو أكثر تتداخل أرقامهما يؤكدان مجال التداخل (قاعدة المصدرين لدى Iraq Body Count)؛ الأرقام مجالات، فتتفق «عشرات» مع ١٥.",
		"الحالة: متنازع عليه (نفي، أو «لا خسائر» مقابل خسائر)؛ مؤكَّد؛ مؤكَّد جزئيًا (تتفق المصادر على وقوع خسائر لا على عددها)؛ مصدر واحد؛ ادعاء فقط؛ قيد الانتظار (لا شيء سوى الصمت حتى الآن). الأرقام «الموثوقة» هي أرقام كل الحالات عدا «ادعاء فقط» و«قيد الانتظار»؛ وتذكر الأرقام الرئيسية الحالات التي تجمعها.",
		"يتبع الحد الأدنى قاعدة ACLED، أي أدنى رقم موثوق؛ والحد الأعلى هو أعلى رقم موثوق، ويكون بلا حد حين لا يعطي مصدر موثوق رقمًا أعلى؛ والتقدير الأفضل هو وسيط الأرقام التي ذكرتها المصادر الموثوقة. لا يُحتسب الرقم المجهول صفرًا أبدًا: يُحتسب على حدة.",
	},
}

// vagueWords translates the concepts of claims.VagueTable.
var vagueWords = map[string][2]string{
	"few": {"quelques", "قليل"}, "several": {"plusieurs", "عدة"}, "many": {"beaucoup", "كثير"},
	"tens": {"dizaines", "عشرات"}, "dozens": {"des dizaines", "عشرات (دزينات)"}, "hundreds": {"centaines", "مئات"},
	"thousands": {"milliers", "آلاف"}, "tens_of_thousands": {"dizaines de milliers", "عشرات الآلاف"},
}
