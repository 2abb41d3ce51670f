package notes

import (
	"fmt"
	"testing"

	"github.com/bilan-dev/bilan/claims"
)

func TestRules(t *testing.T) {
	jnim := Context{Date: claims.MakeDate(2025, 3, 12), Group: "JNIM"}
	for _, c := range []struct {
		rule, note string
		ctx        Context
		want       string // speaker/kind/stance/figures of each statement, "|"-separated
	}{
		{"AcledCodingIsNoClaim", "On 12 March 2025, militants attacked Boni. 5 fatalities. Fatalities coded as 5.", jnim, ""},
		{"AcledCodingWithItsSourceIsNoClaim", "On 12 March 2025, militants attacked Boni. 3 fatalities reported by Local Source.", jnim, ""},
		{"ClaimedResponsibilityWithoutFigure", "JNIM claimed responsibility for the attack.", jnim, "JNIM/militant_statement/responsibility/"},
		{"NoGroupClaimedIsNoSpeaker", "No group claimed responsibility for the attack, which killed 7 people.", jnim, ""},
		{"TheGroupIsTheEventsGroup", "The group claimed to have killed 6 soldiers.", jnim, "JNIM/militant_statement/responsibility/killed soldiers 6"},
		{"TheGroupUnresolvedStaysAsWritten", "The group claimed to have killed 6 soldiers.", Context{}, "group/militant_statement/responsibility/killed soldiers 6"},
		{"FiguresAfterAnAsideAreACLEDs", "The attack, which JNIM claimed, killed 5 civilians.", jnim, "JNIM/militant_statement/responsibility/"},
		{"OtherEventByMarker", "This follows an attack in which the army said 12 militants were killed.", jnim, ""},
		{"OtherEventByDate", "The army said it killed 12 militants on 3 March.", jnim, ""},
		{"SameDateKept", "The army said it killed 12 militants on 12 March.", jnim, "army/official_statement/reports/killed militants 12"},
		{"AccordingToAfter", "5 civilians were killed, according to local sources.", jnim, "local sources/local_sources/reports/killed civilians 5"},
		{"PassiveWithoutSpeaker", "Clashes between JNIM and Dozo were reported near Macina.", jnim, ""},
		{"TwoSpeakersAreNone", "JNIM attacked an army post and said it killed 10 soldiers.", jnim, ""},
		{"ClausesSplitAtWhile", "The army said 4 soldiers were killed, while JNIM claimed 20.", jnim,
			"army/official_statement/reports/killed soldiers 4|JNIM/militant_statement/responsibility/"},
		{"Silence", "The army has not commented.", jnim, "army/official_statement/silence/"},
		{"FrenchDenial", "L'armée a démenti.", jnim, "armée/official_statement/denial/"},
		{"LowerCaseAcronymIsAWord", "It is said that 4 people died.", jnim, ""},
	} {
		t.Run(c.rule, func(t *testing.T) {
			got := ""
			for i, st := range Find(c.note, "", c.ctx) {
				if i > 0 {
					got += "|"
				}
				got += fmt.Sprintf("%s/%s/%s/%s", st.Source.Name, st.Source.Kind, st.Stance, figuresString(st.Figures))
				if c.note[st.Start:st.End] != st.Text {
					t.Errorf("offsets %d-%d do not give the text %q", st.Start, st.End, st.Text)
				}
			}
			if got != c.want {
				t.Errorf("Find(%q)\n got %q\nwant %q", c.note, got, c.want)
			}
		})
	}
}

func TestUncorroboratedMarksThePreviousStatement(t *testing.T) {
	e := claims.Event{ID: "E", Date: claims.MakeDate(2025, 6, 7), Place: claims.Place{Country: "Burkina Faso"}, Perpetrator: claims.Actor{Name: "JNIM", Type: claims.RebelGroup},
		Summary: "JNIM claimed to have killed a soldier. No other reports corroborated the claim."}
	if n := Augment(&e, ""); n != 1 {
		t.Fatalf("Augment added %d claims, want 1", n)
	}
	c := e.Claims[0]
	if c.Note != NoteFromNotes+NoteUncorroborated || c.ReportedAt != e.Date || c.Source.Side != claims.SideArmedGroup {
		t.Errorf("claim %+v", c)
	}
	if err := e.Validate(); err != nil {
		t.Error(err)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("On 3 July 2025, the army said 10 soldiers were killed, while the group claimed 34. No other reports corroborated the claim.")
	f.Add("Selon des sources locales, au moins 12 civils ont été tués. L'armée a démenti.")
	f.Fuzz(func(t *testing.T, note string) {
		for _, st := range Find(note, "", Context{Group: "G"}) {
			if st.Start < 0 || st.End > len(note) || st.Start > st.End || note[st.Start:st.End] != st.Text {
				t.Fatalf("bad offsets %d-%d in %q", st.Start, st.End, note)
			}
			c := st.Claim(claims.MakeDate(2025, 1, 1), "en")
			e := claims.Event{ID: "E", Date: claims.MakeDate(2025, 1, 1), Place: claims.Place{Country: "Mali"}, Claims: []claims.Claim{c}}
			if err := e.Validate(); err != nil {
				t.Fatalf("claim from %q does not validate: %v", note, err)
			}
		}
	})
}

func ExampleFind() {
	note := "On 7 June 2025, JNIM claimed to have ambushed a convoy and killed 6 soldiers. No other reports corroborated the claim. Fatalities coded as 2."
	for _, st := range Find(note, "en", Context{Date: claims.MakeDate(2025, 6, 7)}) {
		fmt.Println(st.Source.Name, st.Source.Kind, st.Stance, st.Figures[0].Outcome, st.Figures[0].Group, st.Figures[0].Figure, st.Uncorroborated)
	}
	// Output: JNIM militant_statement responsibility killed soldiers 6 true
}
