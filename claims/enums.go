package claims

import (
	"fmt"
	"strconv"
)

// parseEnum finds s among names and returns its index; the error wraps
// ErrUnknownValue and lists the accepted values.
func parseEnum(kind, s string, names []string) (int, error) {
	for i, n := range names {
		if s == n {
			return i, nil
		}
	}
	return 0, &valueError{kind: kind, value: s, err: fmt.Errorf("%w: %s %q (want one of %v)", ErrUnknownValue, kind, s, names)}
}

// valueError is an error about one rejected value, which it keeps so that a reader
// can find where the value stands in its input.
type valueError struct {
	kind, value string
	err         error
}

func (e *valueError) Error() string { return e.err.Error() }
func (e *valueError) Unwrap() error { return e.err }

func enumString(kind string, v int, names []string) string {
	if v >= 0 && v < len(names) {
		return names[v]
	}
	return kind + "(" + strconv.Itoa(v) + ")"
}

func enumMarshal(kind string, v int, names []string) ([]byte, error) {
	if v < 0 || v >= len(names) {
		return nil, fmt.Errorf("%w: %s %d", ErrUnknownValue, kind, v)
	}
	return []byte(names[v]), nil
}

// Outcome is what happened to the people a figure counts (docs/design.md, docs/quantities.md §3).
type Outcome uint8

// The outcomes. Captured includes kidnapped and abducted. Arrests by the state are
// not casualties and have no outcome.
//
// The zero Outcome is OutcomeUnstated: a Count nobody gave an outcome says nothing
// about what happened, and Validate rejects it. It has no text form (ParseOutcome
// refuses ""), so it never reads back as killed.
const (
	OutcomeUnstated Outcome = iota // not stated; rejected by Validate
	Killed
	Wounded
	Captured
	Missing
)

var outcomeNames = []string{"", "killed", "wounded", "captured", "missing"}

// Outcomes lists every outcome in order.
var outcomes = [...]Outcome{Killed, Wounded, Captured, Missing}

// Outcomes returns every stated outcome, in the order of their constants.
func Outcomes() []Outcome { return outcomes[:] }

// String returns the outcome's text form; OutcomeUnstated is "unstated", which no
// parser reads.
func (o Outcome) String() string {
	if o == OutcomeUnstated {
		return "unstated"
	}
	return enumString("Outcome", int(o), outcomeNames)
}
func (o Outcome) MarshalText() ([]byte, error) {
	if o == OutcomeUnstated {
		return nil, fmt.Errorf("%w: outcome not stated", ErrUnknownValue)
	}
	return enumMarshal("outcome", int(o), outcomeNames)
}
func (o *Outcome) UnmarshalText(b []byte) error {
	v, err := ParseOutcome(string(b))
	if err != nil {
		return err
	}
	*o = v
	return nil
}

// ParseOutcome reads an outcome's text form: killed, wounded, captured or missing.
// The empty string is an error: an outcome is never assumed.
func ParseOutcome(s string) (Outcome, error) {
	v, err := parseEnum("outcome", s, outcomeNames[1:])
	if err != nil {
		return OutcomeUnstated, err
	}
	return Outcome(v + 1), nil
}

// Group is whose casualties a figure counts (docs/quantities.md §4). A figure that pools
// state forces with auxiliaries or allies is SecurityForces and is never split.
type Group uint8

// The groups. UnknownGroup is for tolls that name no group: a group is never guessed
// from context. (Package extract reads "the enemy" as the opponent of the state force
// that speaks — its doc states the rule; a record that says only "the enemy", with no
// speaker, is UnknownGroup.) It is the zero Group, so a Count whose group
// nobody set reads as "group not stated", never as soldiers.
const (
	UnknownGroup   Group = iota // people, tolls naming no group
	Soldiers                    // soldats, militaires, FAMa, troops, جنود
	SecurityForces              // police, gendarmes, or a pooled figure of state forces and auxiliaries
	Militia                     // VDP, Dozo, self-defence militias
	ForeignForces               // Africa Corps, Wagner, peacekeepers
	Civilians                   // civilians, villagers, women, passengers, the displaced
	Militants                   // terroristes, jihadistes, assaillants, insurgents
)

var groupNames = []string{"unknown", "soldiers", "security_forces", "militia", "foreign_forces", "civilians", "militants"}

// groups is the display order: named groups first, unknown last.
var groups = [...]Group{Soldiers, SecurityForces, Militia, ForeignForces, Civilians, Militants, UnknownGroup}

// Groups returns every group in display order: soldiers, security_forces, militia,
// foreign_forces, civilians, militants, unknown. Reconcile orders its assessments
// this way.
func Groups() []Group { return groups[:] }

// groupRank is g's position in Groups.
func groupRank(g Group) int {
	for i, h := range groups {
		if h == g {
			return i
		}
	}
	return len(groups) + int(g)
}

func (g Group) String() string               { return enumString("Group", int(g), groupNames) }
func (g Group) MarshalText() ([]byte, error) { return enumMarshal("group", int(g), groupNames) }
func (g *Group) UnmarshalText(b []byte) error {
	v, err := ParseGroup(string(b))
	if err != nil {
		return err
	}
	*g = v
	return nil
}

// groupDisplayNames are the groups' text forms in display order, as errors list them.
var groupDisplayNames = func() []string {
	names := make([]string, len(groups))
	for i, g := range groups {
		names[i] = groupNames[g]
	}
	return names
}()

// ParseGroup reads a group's text form.
func ParseGroup(s string) (Group, error) {
	v, err := parseEnum("group", s, groupDisplayNames)
	if err != nil {
		return UnknownGroup, err
	}
	return groups[v], nil
}

// Side returns the side whose losses the group counts: SideState for soldiers,
// security forces, militia (state auxiliaries such as the VDP) and foreign forces
// (allies such as the Africa Corps); SideArmedGroup for militants; SideNone for
// civilians and the unknown group.
func (g Group) Side() Side {
	switch g {
	case Soldiers, SecurityForces, Militia, ForeignForces:
		return SideState
	case Militants:
		return SideArmedGroup
	}
	return SideNone
}

// SourceKind is what kind of source made a claim (docs/design.md).
type SourceKind uint8

// The source kinds.
const (
	OtherSource       SourceKind = iota // other
	MilitantStatement                   // a militant group's claim (az-Zallaqa, Amaq)
	OfficialStatement                   // an army or government communiqué
	SecuritySources                     // unnamed security officials
	LocalSources                        // residents, local officials, medical staff
	MediaReport                         // a news report
	NGOUN                               // an NGO or UN body
	Monitor                             // a dataset such as ACLED or UCDP
)

var sourceKindNames = []string{"other", "militant_statement", "official_statement", "security_sources", "local_sources", "media_report", "ngo_un", "monitor"}

var sourceKinds = [...]SourceKind{OtherSource, MilitantStatement, OfficialStatement, SecuritySources, LocalSources, MediaReport, NGOUN, Monitor}

// SourceKinds returns every source kind, in the order of their constants.
func SourceKinds() []SourceKind { return sourceKinds[:] }

func (k SourceKind) String() string { return enumString("SourceKind", int(k), sourceKindNames) }
func (k SourceKind) MarshalText() ([]byte, error) {
	return enumMarshal("source kind", int(k), sourceKindNames)
}
func (k *SourceKind) UnmarshalText(b []byte) error {
	return unmarshalEnum(k, "source kind", b, sourceKindNames)
}

// ParseSourceKind reads a source kind's text form.
func ParseSourceKind(s string) (SourceKind, error) {
	v, err := parseEnum("source kind", s, sourceKindNames)
	return SourceKind(v), err
}

// Side is the party a source speaks for, if any. A source with a side is partisan.
type Side uint8

// The sides.
const (
	SideNone       Side = iota // speaks for no party: media, local sources, monitors
	SideState                  // a state's forces and their auxiliaries and allies
	SideArmedGroup             // a non-state armed group
)

var sideNames = []string{"none", "state", "armed_group"}

func (s Side) String() string                { return enumString("Side", int(s), sideNames) }
func (s Side) MarshalText() ([]byte, error)  { return enumMarshal("side", int(s), sideNames) }
func (s *Side) UnmarshalText(b []byte) error { return unmarshalEnum(s, "side", b, sideNames) }

// ParseSide reads a side's text form.
func ParseSide(s string) (Side, error) {
	v, err := parseEnum("side", s, sideNames)
	return Side(v), err
}

// Stance is what a claim does besides giving figures.
type Stance uint8

// The stances.
const (
	Reports        Stance = iota // states figures or facts
	Responsibility               // claims responsibility for the event
	Denial                       // denies the event, responsibility or a figure
	Silence                      // has said nothing as of ReportedAt
)

var stanceNames = []string{"reports", "responsibility", "denial", "silence"}

func (s Stance) String() string                { return enumString("Stance", int(s), stanceNames) }
func (s Stance) MarshalText() ([]byte, error)  { return enumMarshal("stance", int(s), stanceNames) }
func (s *Stance) UnmarshalText(b []byte) error { return unmarshalEnum(s, "stance", b, stanceNames) }

// ParseStance reads a stance's text form.
func ParseStance(s string) (Stance, error) {
	v, err := parseEnum("stance", s, stanceNames)
	return Stance(v), err
}

// DatePrecision says how precisely an event's date is known.
type DatePrecision uint8

// The date precisions. They follow UCDP's date_prec 1-5 and ACLED's time_precision
// 1-3 (day, week, month).
const (
	PrecDay   DatePrecision = iota // the exact day
	PrecDays                       // a span of two to six days
	PrecWeek                       // within a week
	PrecMonth                      // within a month
	PrecYear                       // within a year
)

var datePrecNames = []string{"day", "days", "week", "month", "year"}

func (p DatePrecision) String() string { return enumString("DatePrecision", int(p), datePrecNames) }
func (p DatePrecision) MarshalText() ([]byte, error) {
	return enumMarshal("date precision", int(p), datePrecNames)
}
func (p *DatePrecision) UnmarshalText(b []byte) error {
	return unmarshalEnum(p, "date precision", b, datePrecNames)
}

// ParseDatePrecision reads a date precision's text form.
func ParseDatePrecision(s string) (DatePrecision, error) {
	v, err := parseEnum("date precision", s, datePrecNames)
	return DatePrecision(v), err
}

// GeoPrecision says how precisely an event's place is known. It follows UCDP's
// where_prec 1-7 (GeoExact is 1, GeoOther 7); ACLED's geo_precision 1-3 maps to
// exact, near and admin1.
type GeoPrecision uint8

// The place precisions. The zero value is GeoUnstated, text form "": a place whose
// precision nobody recorded is not taken as exact.
const (
	GeoUnstated GeoPrecision = iota // not stated
	GeoExact                        // the locality itself
	GeoNear                         // within about 25 km, or part of a named area
	GeoAdmin2                       // the second-order administrative area
	GeoAdmin1                       // the first-order administrative area (region)
	GeoRegion                       // a named region larger than admin1
	GeoCountry                      // only the country is known
	GeoOther                        // international waters or airspace, several countries
)

var geoPrecNames = []string{"", "exact", "near", "admin2", "admin1", "region", "country", "other"}

func (p GeoPrecision) String() string { return enumString("GeoPrecision", int(p), geoPrecNames) }
func (p GeoPrecision) MarshalText() ([]byte, error) {
	return enumMarshal("place precision", int(p), geoPrecNames)
}
func (p *GeoPrecision) UnmarshalText(b []byte) error {
	return unmarshalEnum(p, "place precision", b, geoPrecNames)
}

// ParseGeoPrecision reads a place precision's text form.
func ParseGeoPrecision(s string) (GeoPrecision, error) {
	v, err := parseEnum("place precision", s, geoPrecNames)
	return GeoPrecision(v), err
}

// ActorType is ACLED's actor type (inter1, inter2; codebook "Actor types"), 0 when
// not recorded.
type ActorType uint8

// ACLED's eight actor types.
const (
	ActorUnspecified ActorType = iota
	StateForces
	RebelGroup
	PoliticalMilitia
	IdentityMilitia
	Rioters
	Protesters
	CiviliansActor
	ExternalForces
)

var actorTypeNames = []string{"", "state_forces", "rebel_group", "political_militia", "identity_militia", "rioters", "protesters", "civilians", "external_forces"}

func (t ActorType) String() string { return enumString("ActorType", int(t), actorTypeNames) }
func (t ActorType) MarshalText() ([]byte, error) {
	return enumMarshal("actor type", int(t), actorTypeNames)
}
func (t *ActorType) UnmarshalText(b []byte) error {
	return unmarshalEnum(t, "actor type", b, actorTypeNames)
}

// ParseActorType reads an actor type's text form ("" is unspecified).
func ParseActorType(s string) (ActorType, error) {
	v, err := parseEnum("actor type", s, actorTypeNames)
	return ActorType(v), err
}

// armed reports whether the type is a non-state armed actor (ACLED types 2-4).
func (t ActorType) armed() bool {
	return t == RebelGroup || t == PoliticalMilitia || t == IdentityMilitia
}

// Status is how far reconciliation could confirm a figure (see Reconcile).
type Status uint8

// The statuses, from the strongest to the weakest evidence; Contested is apart.
const (
	Pending      Status = iota // nothing but silence, or claims without figures, so far
	ClaimedOnly                // only partisan claims about the other side's losses
	SingleSource               // one independent non-partisan source
	Corroborated               // independent sources agree there were losses, not on the number
	Confirmed                  // an admission of own losses, or independent sources that overlap
	Contested                  // a denial, or the sides' figures contradict each other
)

var statusNames = []string{"pending", "claimed_only", "single_source", "corroborated", "confirmed", "contested"}

var statuses = [...]Status{Pending, ClaimedOnly, SingleSource, Corroborated, Confirmed, Contested}

// Statuses returns every status, in the order of their constants.
func Statuses() []Status { return statuses[:] }

func (s Status) String() string                { return enumString("Status", int(s), statusNames) }
func (s Status) MarshalText() ([]byte, error)  { return enumMarshal("status", int(s), statusNames) }
func (s *Status) UnmarshalText(b []byte) error { return unmarshalEnum(s, "status", b, statusNames) }

// ParseStatus reads a status's text form.
func ParseStatus(s string) (Status, error) {
	v, err := parseEnum("status", s, statusNames)
	return Status(v), err
}

func unmarshalEnum[T ~uint8](p *T, kind string, b []byte, names []string) error {
	v, err := parseEnum(kind, string(b), names)
	if err != nil {
		return err
	}
	*p = T(v)
	return nil
}
