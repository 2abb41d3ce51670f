package claims_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/bilan-dev/bilan/claims"
)

// A figure keeps the uncertainty of the wording: "more than 2,000" is not 2,000.
func ExampleFigure() {
	for _, s := range []string{">2000", "dozens", "~50", "<=60", "heavy", "?"} {
		f, err := claims.ParseFigure(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		acled, ok := f.Point(claims.Conservative)
		fmt.Printf("%-12s %-11s [%d, %s]  ACLED-style %v %v\n", f, f.Qualifier, f.Min, maxText(f), acled, ok)
	}
	fmt.Println(claims.Sum(claims.N(26), claims.VagueFigure("des dizaines")))
	// Output:
	// >2000        more_than   [2001, inf]  ACLED-style 2000 true
	// dozens       vague       [12, 99]  ACLED-style 12 true
	// ~50          about       [50, 50]  ACLED-style 50 true
	// <=60         at_most     [1, 60]  ACLED-style 60 true
	// qualitative  qualitative [1, inf]  ACLED-style 0 false
	// ?            unknown     [0, 0]  ACLED-style 0 false
	// 36-125
}

func maxText(f claims.Figure) string {
	if f.Max == claims.Inf {
		return "inf"
	}
	return fmt.Sprint(f.Max)
}

// The vague words of docs/quantities.md §2, in the three languages.
func ExampleVague() {
	for _, w := range []string{"dozens", "des dizaines", "عشرات", "plusieurs", "مئات"} {
		f, _ := claims.Vague(w)
		fmt.Printf("%s: %s [%d, %d]\n", w, f.Word, f.Min, f.Max)
	}
	// Output:
	// dozens: dozens [12, 99]
	// des dizaines: tens [10, 99]
	// عشرات: tens [10, 99]
	// plusieurs: several [3, 19]
	// مئات: hundreds [100, 999]
}

// The army says nothing on the day of the group's claim of 26 soldiers killed, then
// admits 3; reconciliation before and after.
func ExampleReconcile() {
	day := func(d int) claims.Date { return claims.MakeDate(2025, time.July, d) }
	jnim := claims.Source{Name: "JNIM", Kind: claims.MilitantStatement, Side: claims.SideArmedGroup}
	army := claims.Source{Name: "Army", Kind: claims.OfficialStatement, Side: claims.SideState}
	killed := func(n int64) []claims.Count {
		return []claims.Count{{Outcome: claims.Killed, Group: claims.Soldiers, Figure: claims.N(n)}}
	}
	d := &claims.Dataset{Events: []claims.Event{{
		ID: "post-attack", Date: day(20), Place: claims.Place{Country: "Burkina Faso"},
		Claims: []claims.Claim{
			{Source: jnim, ReportedAt: day(21), Stance: claims.Responsibility, Figures: killed(26)},
			{Source: army, ReportedAt: day(21), Stance: claims.Silence},
			{Source: army, ReportedAt: day(24), Stance: claims.Reports, Figures: killed(3)},
		},
	}}}
	for _, asOf := range []claims.Date{day(22), day(25)} {
		a := claims.Reconcile(&d.AsOf(asOf).Events[0])[0]
		fmt.Printf("as of %s: %s, confirmed %s, claimed %s by %s\n", asOf, a.Status, a.Estimate, a.Claimed, a.ClaimedBy.Name)
	}
	// Output:
	// as of 2025-07-22: claimed_only, confirmed ?, claimed 26 by JNIM
	// as of 2025-07-25: confirmed, confirmed 3, claimed 26 by JNIM
}

// Reading a dataset in the native CSV; Read also accepts the native JSON.
func ExampleRead() {
	f, err := os.Open("testdata/sahel-2025.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	d, err := claims.Read(f, "sahel-2025.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	e := d.Event("sahel-2025-nimbougou")
	for _, c := range e.Claims {
		fmt.Printf("%s (%s): %s\n", c.Source.Name, c.Source.Kind, c.Stance)
	}
	_, err = claims.Read(strings.NewReader(`{"format": "bilan/1", "events": [{"id": 7}]}`), "bad.json")
	fmt.Println(err)
	// Output:
	// JNIM / az-Zallaqa (militant_statement): responsibility
	// local sources (local_sources): reports
	// security sources (security_sources): reports
	// FAMa (Malian Armed Forces) (official_statement): silence
	// bad.json:1:42: field events.id: syntax error: events.id is a JSON number, want string
}
