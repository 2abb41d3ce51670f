package extract_test

import (
	"fmt"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/claims/extract"
)

// Figures from three sentences written for this example, one per language, in the
// style of a group's statement, a wire report and a local source. Each figure is an
// outcome, a group and an interval with its qualifier (docs/quantities.md §1-§4):
// "more than 2,000" is >2000, i.e. [2001, inf); "the 7 others" wounded inherit the
// soldiers of the figure before (§5 rule 1); a subset ("dont 3 enfants") is not
// counted twice (§5 rule 2); "des dizaines" is the vague "tens", [10, 99]; a toll
// with no number is qualitative, [1, inf); a group nobody named is unknown.
func ExampleExtract() {
	for _, text := range []string{
		"قتل أكثر من 2000 جندي وأصيب ٧ آخرون",
		"L'attaque a fait 12 morts, dont 3 enfants, et des dizaines de blessés.",
		"At least 26 soldiers were killed and a heavy toll was reported among civilians.",
	} {
		lang := extract.Detect(text)
		for _, f := range extract.Extract(text, lang) {
			fmt.Printf("%s: %s %s %s (%s) from %q\n", lang, f.Outcome, f.Group, f.Figure, f.Figure.Qualifier, f.Text)
		}
	}
	// Output:
	// ar: killed soldiers >2000 (more_than) from "أكثر من 2000 جندي"
	// ar: wounded soldiers 7 (exact) from "٧ آخرون"
	// fr: killed unknown 12 (exact) from "12 morts"
	// fr: wounded unknown tens (vague) from "des dizaines de blessés"
	// en: killed soldiers >=26 (at_least) from "At least 26 soldiers were killed"
	// en: killed civilians qualitative (qualitative) from "heavy toll was reported among civilians"
}

// A claim from a statement: the figures as Extract reads them, the wording and
// language kept, and the stance Denial because the sentence denies its figure.
func ExampleClaim() {
	army := claims.Source{Name: "FAMa", Kind: claims.OfficialStatement, Side: claims.SideState}
	c := extract.Claim(army, claims.MakeDate(2025, 7, 23), "L'armée dément la mort de 40 soldats à Nimbougou.", "")
	fmt.Println(c.Source.Name, c.ReportedAt, c.Stance, c.Language)
	for _, f := range c.Figures {
		fmt.Println(f.Outcome, f.Group, f.Figure)
	}
	// Output:
	// FAMa 2025-07-23 denial fr
	// killed soldiers 40
}
