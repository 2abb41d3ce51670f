package link

import (
	"fmt"
	"strings"

	"github.com/bilan-dev/bilan/claims"
)

// aliases are names under which the same armed actor appears in statements and in
// monitors' actor lists, folded; each group is one actor.
var aliases = [][]string{
	{"jnim", "gsim", "jamaatnusratalislamwalmuslimin", "groupforsupportofislamandmuslims", "groupedesoutienalislametauxmusulmans", "azzallaqa"},
	{"isgs", "issahel", "islamicstatesahel", "islamicstatesahelprovince", "islamicstateinthegreatersahara", "eigs", "etatislamiqueaugrandsahara", "etatislamiquesahel"},
	{"iswap", "islamicstatewestafricaprovince", "etatislamiqueenafriquedelouest"},
	{"fla", "azawadliberationfront", "frontdeliberationdelazawad", "cspdpa"},
	{"fama", "malianarmedforces", "militaryforcesofmali", "forcesarmeesmaliennes", "malianarmy", "armeemalienne"},
	{"militaryforcesofburkinafaso", "burkinabearmy", "armeeburkinabe", "fasoarmedforces"},
	{"militaryforcesofniger", "nigerienarmy", "faninigerienarmedforces", "armeenigerienne"},
	{"vdp", "homelanddefensevolunteers", "volontairespourladefensedelapatrie"},
	{"wagner", "wagnergroup", "africacorps"},
}

var aliasOf = func() map[string]int {
	m := map[string]int{}
	for i, g := range aliases {
		for _, a := range g {
			m[a] = i
		}
	}
	return m
}()

// unidentified names say nothing of who the actor is.
var unidentified = []string{"unidentified", "unknown", "nonidentifie", "inconnu"}

// names returns the folded names an actor goes by: its full name, the part
// before a colon or parenthesis ("JNIM" of "JNIM: Group for Support of Islam and
// Muslims"), the part after the colon, and its associated actors.
func names(a claims.Actor) []string {
	var out []string
	add := func(s string) {
		if f := fold(s); len(f) >= 2 {
			out = append(out, f)
		}
	}
	for _, n := range append([]string{a.Name}, a.Associated...) {
		add(n)
		if i := strings.IndexAny(n, ":("); i > 0 {
			add(n[:i])
			rest := strings.TrimSpace(strings.TrimLeft(n[i:], ":( "))
			rest, _, _ = strings.Cut(rest, "(")
			add(rest)
		}
	}
	return out
}

func identified(a claims.Actor) bool {
	if a.Name == "" {
		return false
	}
	f := fold(a.Name)
	for _, u := range unidentified {
		if strings.Contains(f, u) {
			return false
		}
	}
	return true
}

func same(a, b string) bool {
	if a == b {
		return true
	}
	i, ok1 := aliasOf[a]
	j, ok2 := aliasOf[b]
	return ok1 && ok2 && i == j
}

// actors scores the agreement of two events' actors (see the package doc); the
// actors of either event may be in either role, as ACLED's are undirected.
func actors(c, m *claims.Event) (float64, string) {
	var ca, ma []claims.Actor
	for _, a := range []claims.Actor{c.Perpetrator, c.Target} {
		if identified(a) {
			ca = append(ca, a)
		}
	}
	for _, a := range []claims.Actor{m.Perpetrator, m.Target} {
		if identified(a) {
			ma = append(ma, a)
		}
	}
	if len(ca) == 0 || len(ma) == 0 {
		return 0.5, "no identified actor on one side"
	}
	for _, a := range ca {
		for _, b := range ma {
			for _, x := range names(a) {
				for _, y := range names(b) {
					if same(x, y) {
						return 1, fmt.Sprintf("%q is %q", a.Name, b.Name)
					}
				}
			}
		}
	}
	return 0, "no actor in common"
}

// Merge returns the monitor's dataset with the claims of each claims event that
// has an unambiguous match appended to the matched event's claims, and the
// proposals it did not merge: those without a match, and those whose claims do
// not fit the matched event (a claim reported before the event's date). The
// datasets are not modified.
func Merge(cl, monitor *claims.Dataset, props []Proposal) (*claims.Dataset, []Proposal) {
	out := &claims.Dataset{Events: make([]claims.Event, len(monitor.Events)), Periods: monitor.Periods}
	index := map[string]int{}
	for i, e := range monitor.Events {
		e.Claims = append([]claims.Claim(nil), e.Claims...)
		out.Events[i] = e
		index[e.ID] = i
	}
	var rest []Proposal
	for _, p := range props {
		c := cl.Event(p.Event)
		k, ok := index[p.Match]
		if p.Match == "" || c == nil || !ok {
			rest = append(rest, p)
			continue
		}
		merged := out.Events[k]
		merged.Claims = append(append([]claims.Claim(nil), merged.Claims...), c.Claims...)
		if merged.Validate() != nil {
			rest = append(rest, p)
			continue
		}
		out.Events[k] = merged
	}
	return out, rest
}
