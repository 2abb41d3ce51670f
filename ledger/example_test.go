package ledger_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/ledger"
)

// A desk records an ACLED event, then the group's claim and its revision, and asks
// what was claimed by 23 July.
func Example() {
	dir, _ := os.MkdirTemp("", "ledger")
	defer os.RemoveAll(dir)
	l, err := ledger.Create(filepath.Join(dir, "desk.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer l.Close()
	ctx := context.Background()
	day := func(d int) claims.Date { return claims.MakeDate(2025, 7, d) }
	ev := claims.Event{ID: "MLI9001", Date: day(22), Place: claims.Place{Country: "Mali", Admin1: "Sikasso"},
		Claims: []claims.Claim{{Source: claims.Source{Name: "ACLED", Kind: claims.Monitor}, ReportedAt: day(22)}}}
	if _, err := l.Import(ctx, ledger.Origin{Name: "acled.csv", Format: "acled"}, func(yield func(claims.Event, error) bool) { yield(ev, nil) }, nil); err != nil {
		fmt.Println(err)
		return
	}
	jnim := claims.Source{Name: "JNIM", Kind: claims.MilitantStatement, Side: claims.SideArmedGroup}
	first, _ := l.Add(ctx, "claim.json", "MLI9001", claims.Claim{Source: jnim, ReportedAt: day(23), Stance: claims.Responsibility,
		Figures: []claims.Count{{Outcome: claims.Killed, Group: claims.Soldiers, Figure: claims.N(12)}}})
	_, err = l.Add(ctx, "revision.json", "MLI9001", claims.Claim{Source: jnim, ReportedAt: day(25), Stance: claims.Responsibility, Revises: first.ID,
		Figures: []claims.Count{{Outcome: claims.Killed, Group: claims.Soldiers, Figure: claims.N(20)}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, asOf := range []claims.Date{day(23), 0} {
		d, _ := l.Dataset(ctx, ledger.Query{AsOf: asOf})
		i := slices.IndexFunc(d.Events[0].Claims, func(c claims.Claim) bool { return c.Source.Name == "JNIM" })
		label := asOf.String()
		if asOf == 0 {
			label = "now"
		}
		fmt.Println(label, d.Events[0].Claims[i].Figures[0].Figure)
	}
	h, _ := l.History(ctx, "MLI9001")
	fmt.Println(len(h), "claim rows")
	// Output:
	// 2025-07-23 12
	// now 20
	// 3 claim rows
}
