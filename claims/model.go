package claims

import "slices"

// Source is who made a claim: a name ("JNIM / az-Zallaqa", "FAMa", "local sources",
// "The Telegraph", "ACLED"), its kind, and the side it speaks for, if any. A source
// with a side other than SideNone is partisan.
type Source struct {
	Name string     `json:"name"`
	Kind SourceKind `json:"kind"`
	Side Side       `json:"side,omitempty"`
}

// Partisan reports whether the source speaks for a party to the conflict.
func (s Source) Partisan() bool { return s.Side != SideNone }

// Count is one figure of a claim: how many of a group suffered an outcome.
type Count struct {
	Outcome Outcome
	Group   Group
	Figure  Figure
}

// Claim is one statement by one source at one time about one event or period: the
// figures it gives by outcome and group, its stance, the source it cites, and its
// original wording and language.
//
// Silence is a claim too: Stance Silence, no figures, and ReportedAt the date as of
// which the source had said nothing ("as of this date, the army has not commented").
type Claim struct {
	Source     Source  `json:"source"`
	ReportedAt Date    `json:"reported_at"`
	Stance     Stance  `json:"stance"`
	Figures    []Count `json:"figures,omitempty"`
	// Cites is the source this claim repeats, if any: a media report citing the
	// group's statement is not an independent source. Reconcile follows citations
	// to their origin.
	Cites *Source `json:"cites,omitempty"`
	// Sources lists what a monitor's record rests on, as the monitor names them
	// (ACLED's source column, split on ';'). Empty for a first-hand statement.
	Sources []string `json:"sources,omitempty"`
	// Wording is the claim's text as published, in Language (an ISO 639-1 code:
	// ar, fr, en).
	Wording  string `json:"wording,omitempty"`
	Language string `json:"language,omitempty"`
	// Note is the recorder's remark: how the claim was read, what it leaves out.
	Note string `json:"note,omitempty"`

	// ID identifies the claim among all claims of a dataset or ledger; "" when
	// the claim has not been given one.
	ID string `json:"id,omitempty"`
	// Revises is the ID of the claim this one supersedes: the same statement
	// recorded again with new content (a source revising its figures, a monitor
	// re-coding an event). With Correction set, it is a correction of a recording
	// error in the revised claim rather than anything the source said.
	Revises    string `json:"revises,omitempty"`
	Correction bool   `json:"correction,omitempty"`
	// RecordedAt is the date the claim was recorded, distinct from ReportedAt, the
	// date the source made it; zero when not stated.
	RecordedAt Date `json:"recorded_at,omitempty"`
}

// Figure returns the claim's figure for an outcome and group, and false when the claim
// gives none. When a claim lists the same outcome and group twice (a validation
// error), the first is returned.
func (c *Claim) Figure(o Outcome, g Group) (Figure, bool) {
	for _, f := range c.Figures {
		if f.Outcome == o && f.Group == g {
			return f.Figure, true
		}
	}
	return Figure{}, false
}

// Place is where an event happened, with the precision it is known to.
type Place struct {
	Country   string       `json:"country"`
	ISO       string       `json:"iso,omitempty"` // ISO 3166-1 alpha-3 code
	Admin1    string       `json:"admin1,omitempty"`
	Admin2    string       `json:"admin2,omitempty"`
	Admin3    string       `json:"admin3,omitempty"`
	Locality  string       `json:"locality,omitempty"`
	Coords    *LatLon      `json:"coordinates,omitempty"`
	Precision GeoPrecision `json:"precision"`
}

// LatLon is a WGS 84 position in decimal degrees.
type LatLon struct {
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
}

// Actor is a party to an event, named as ACLED names actors, with ACLED's actor type
// and associated actors.
type Actor struct {
	Name       string    `json:"name,omitempty"`
	Type       ActorType `json:"type,omitempty"`
	Associated []string  `json:"associated,omitempty"`
}

// Event is one incident: its date with precision (Date, and End for a span; End is
// zero when the event is a single date), its place, its actors, its type, and its
// claims in the order they were reported.
type Event struct {
	ID            string        `json:"id"`
	Date          Date          `json:"date"`
	End           Date          `json:"end,omitempty"`
	DatePrecision DatePrecision `json:"date_precision"`
	Place         Place         `json:"place"`
	Perpetrator   Actor         `json:"perpetrator"`
	Target        Actor         `json:"target"`
	// ActorsUndirected is set when Perpetrator and Target are only the first and
	// second actor of a dataset that does not say who attacked whom: ACLED's actor1
	// and actor2, UCDP's side_a and side_b ("Actor 1 and Actor 2 do not imply
	// directionality", ACLED codebook).
	ActorsUndirected bool `json:"actors_undirected,omitempty"`
	// Type and SubType are ACLED's event_type and sub_event_type, or the nearest
	// description for other sources.
	Type    string   `json:"event_type,omitempty"`
	SubType string   `json:"sub_event_type,omitempty"`
	Summary string   `json:"summary,omitempty"`
	Tags    []string `json:"tags,omitempty"`
	// Extra keeps columns of an imported file that the model has no field for
	// (ACLED's population_best, say), by column name. Nil when there are none.
	Extra  map[string]string `json:"extra,omitempty"`
	Claims []Claim           `json:"claims,omitempty"`
}

// Area is the countries and description of a period claim's area.
type Area struct {
	Countries   []string `json:"countries,omitempty"`
	Description string   `json:"description,omitempty"`
}

// PeriodClaim is a claim about a period and area rather than one incident ("more than
// 2,000 soldiers of the Sahel states killed in January-June 2025"). Incidents is the
// number of attacks or incidents it covers, when it says ("more than ten attacks").
type PeriodClaim struct {
	ID        string `json:"id"`
	From      Date   `json:"from"`
	To        Date   `json:"to"`
	Area      Area   `json:"area"`
	Incidents Figure `json:"incidents"`
	Claim     Claim  `json:"claim"`
}

// Dataset is a set of events and period claims, validated together.
type Dataset struct {
	Events  []Event       `json:"events"`
	Periods []PeriodClaim `json:"periods,omitempty"`
}

// AsOf returns the dataset as known at date t: every claim reported after t is left
// out, and so are events and period claims with no claim left. Events keep their
// claims in reporting order. The receiver is not modified; the result shares no
// claim slices with it.
func (d *Dataset) AsOf(t Date) *Dataset {
	out := &Dataset{}
	for _, e := range d.Events {
		if e, ok := e.AsOf(t); ok {
			out.Events = append(out.Events, e)
		}
	}
	for _, p := range d.Periods {
		if p.Claim.ReportedAt <= t {
			out.Periods = append(out.Periods, p)
		}
	}
	return out
}

// AsOf returns the event as known at date t: its claims reported by t, in their
// order, in a new slice. It reports false when the event had claims and none is
// left; an event recorded with no claim is returned as it is, with true.
// Dataset.AsOf applies it to every event; streaming readers apply it row by row.
func (e Event) AsOf(t Date) (Event, bool) {
	if len(e.Claims) == 0 {
		return e, true
	}
	var kept []Claim
	for _, c := range e.Claims {
		if c.ReportedAt <= t {
			kept = append(kept, c)
		}
	}
	if len(kept) == 0 {
		return e, false
	}
	e.Claims = kept
	return e, true
}

// Event returns the event with the given ID, or nil.
func (d *Dataset) Event(id string) *Event {
	for i := range d.Events {
		if d.Events[i].ID == id {
			return &d.Events[i]
		}
	}
	return nil
}

// Latest returns the latest date a claim of the dataset was reported, or the zero
// Date when there is none.
func (d *Dataset) Latest() Date {
	var t Date
	for i := range d.Events {
		for _, c := range d.Events[i].Claims {
			t = max(t, c.ReportedAt)
		}
	}
	for _, p := range d.Periods {
		t = max(t, p.Claim.ReportedAt)
	}
	return t
}

// SortClaims orders each event's claims by ReportedAt, keeping the recorded order of
// claims reported on the same date.
func (d *Dataset) SortClaims() {
	for i := range d.Events {
		slices.SortStableFunc(d.Events[i].Claims, func(a, b Claim) int { return int(a.ReportedAt) - int(b.ReportedAt) })
	}
}
