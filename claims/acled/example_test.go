package acled_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/claims/acled"
)

// A synthetic export with only the columns an analyst kept (columns are found by
// name, so a trimmed export reads). The first row's empty fatalities cell is
// unknown, not zero; the second row's date is in another of ACLED's forms, with week
// precision; the third row is bad, and is reported with its line and column while
// reading goes on.
func ExampleReader_Events() {
	const export = `event_id_cnty,event_date,time_precision,event_type,actor1,inter1,actor2,inter2,country,admin1,location,geo_precision,source,fatalities
XMLI1,2025-07-22,1,Battles,JNIM,2,Military Forces of Mali (2021-),1,Mali,Sikasso,Nimbougou,2,Local Source; Az-Zallaqa,
XBFA2,16 July 2025,2,Battles,JNIM,Rebel Groups,Military Forces of Burkina Faso (2022-),State Forces,Burkina Faso,Sahel,Djibo,1,Media,26
XNER3,2025-07-31,1,Battles,Unidentified Armed Group (Niger),3,Civilians (Niger),7,Niger,Tillaberi,Ayorou,1,Media,three
`
	r := acled.NewReader(strings.NewReader(export))
	r.Name = "trimmed.csv"
	for e, err := range r.Events() {
		var pe *claims.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("skipped: %s line %d, column %s\n", pe.File, pe.Line, pe.Field)
			continue
		}
		c := e.Claims[0]
		f := c.Figures[0]
		fmt.Printf("%s %s (%s) %s, %s\n", e.ID, e.Date, e.DatePrecision, e.Place.Locality, e.Place.Country)
		fmt.Printf("  %s [%s] and %s [%s]\n", e.Perpetrator.Name, e.Perpetrator.Type, e.Target.Name, e.Target.Type)
		fmt.Printf("  %s (%s): %s %s %s; sources %q\n", c.Source.Name, c.Source.Kind, f.Outcome, f.Group, f.Figure, c.Sources)
	}
	fmt.Println(r.Skipped(), "row skipped")
	// Output:
	// XMLI1 2025-07-22 (day) Nimbougou, Mali
	//   JNIM [rebel_group] and Military Forces of Mali (2021-) [state_forces]
	//   ACLED (monitor): killed unknown ?; sources ["Local Source" "Az-Zallaqa"]
	// XBFA2 2025-07-16 (week) Djibo, Burkina Faso
	//   JNIM [rebel_group] and Military Forces of Burkina Faso (2022-) [state_forces]
	//   ACLED (monitor): killed unknown 26; sources ["Media"]
	// skipped: trimmed.csv line 4, column fatalities
	// 1 row skipped
}
