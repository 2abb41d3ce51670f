package ucdp_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/claims/ucdp"
)

// A synthetic GED file trimmed to the columns bilan reads (columns are found by
// name). In the first event all deaths fall on civilians, so the group's figure is
// UCDP's whole interval [low, high] with best as its point ("25-40@30"). In the
// second they fall on both sides, so each side's figure is its exact share of best:
// an interval for the total cannot be split by group without inventing one. A
// "Government of ..." side counts security_forces, a pooled figure of state forces
// (docs/quantities.md §4); a side's actor type is not guessed where UCDP does not
// give it.
func ExampleReader_Events() {
	const ged = `id,type_of_violence,side_a,side_b,source_office,where_prec,where_coordinates,adm_1,country,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high
910001,3,IS Sahel,Civilians,AFP;RFI,2,Tera town,Tillaberi region,Niger,1,2025-07-20,2025-07-20,0,0,30,0,25,30,40
910002,1,Government of Mali,JNIM,Studio Tamani,1,Nimbougou village,Sikasso region,Mali,1,2025-07-22,2025-07-22,5,10,0,0,12,15,20
`
	r := ucdp.NewReader(strings.NewReader(ged))
	r.Name = "ged-trimmed.csv"
	for e, err := range r.Events() {
		if err != nil {
			log.Fatal(err)
		}
		c := e.Claims[0]
		fmt.Printf("%s %s %s, %s: %s\n", e.ID, e.Date, e.Place.Locality, e.Place.Country, e.Type)
		for _, a := range []claims.Actor{e.Perpetrator, e.Target} {
			typ := a.Type.String()
			if typ == "" {
				typ = "type not guessed"
			}
			fmt.Printf("  side %s [%s]\n", a.Name, typ)
		}
		for _, f := range c.Figures {
			fmt.Printf("  %s (%s, %s): %s %s %s\n", c.Source.Name, c.Source.Kind, c.ReportedAt, f.Outcome, f.Group, f.Figure)
		}
	}
	// Output:
	// 910001 2025-07-20 Tera town, Niger: One-sided violence
	//   side IS Sahel [type not guessed]
	//   side Civilians [civilians]
	//   UCDP GED (monitor, 2025-07-20): killed civilians 25-40@30
	// 910002 2025-07-22 Nimbougou village, Mali: State-based conflict
	//   side Government of Mali [state_forces]
	//   side JNIM [rebel_group]
	//   UCDP GED (monitor, 2025-07-22): killed security_forces 5
	//   UCDP GED (monitor, 2025-07-22): killed militants 10
}
