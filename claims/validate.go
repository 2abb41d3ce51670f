package claims

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
)

// Dates outside [MinDate, MaxDate] are rejected by Validate as out of range: the
// datasets bilan reads (ACLED from 1997, UCDP GED from 1989) lie well inside.
var (
	MinDate = MakeDate(1900, time.January, 1)
	MaxDate = MakeDate(2100, time.December, 31)
)

// Validate checks the dataset and returns a *ValidationError listing every problem
// with its location, or nil. It checks: IDs present and unique across events and
// period claims; dates present, in [MinDate, MaxDate], ends not before starts, no
// claim reported before its event began; claim IDs unique, a claim not revising
// itself, a correction naming what it corrects, a claim not recorded before it was
// reported; enums defined; each figure's invariants
// (Figure.Check); every figure's outcome stated (the zero Outcome is rejected), an
// outcome and group given at most once per claim; silence without
// figures; sources named; coordinates on the globe.
func (d *Dataset) Validate() error {
	var s streamValidator
	var ps []Problem
	for i := range d.Events {
		ps = append(ps, Problems(s.event(&d.Events[i]))...)
	}
	for i := range d.Periods {
		ps = append(ps, Problems(s.period(&d.Periods[i]))...)
	}
	if len(ps) > 0 {
		return &ValidationError{Problems: ps}
	}
	return nil
}

func (v *validator) period(loc string, p *PeriodClaim) {
	v.list(loc+" countries", p.Area.Countries)
	v.date(loc+" from", p.From, true)
	v.date(loc+" to", p.To, true)
	if p.From != 0 && p.To != 0 && p.To < p.From {
		v.add(loc+" to", fmt.Errorf("%w: period ends %s before it begins %s", ErrInvalid, p.To, p.From))
	}
	if err := p.Incidents.Check(); err != nil {
		v.add(loc+" incidents", err)
	}
	v.claim(loc+" claim", &p.Claim, p.From)
}

// Validate checks one event as Dataset.Validate does, except for the uniqueness of
// its ID, and returns a *ValidationError or nil. Readers that stream events use it.
func (e *Event) Validate() error {
	var v validator
	loc := "event " + e.ID
	if e.ID == "" {
		loc = "event"
		v.add("event id", fmt.Errorf("%w: missing id", ErrInvalid))
	}
	v.event(loc, e)
	var s streamValidator
	s.claimIDsOf(&v, loc, e.Claims)
	return v.err()
}

type validator struct{ problems []Problem }

func (v *validator) add(loc string, err error) {
	v.problems = append(v.problems, Problem{Location: loc, Err: err})
}

func (v *validator) err() error {
	if len(v.problems) == 0 {
		return nil
	}
	return &ValidationError{Problems: v.problems}
}

func (v *validator) date(loc string, d Date, required bool) {
	switch {
	case d == 0 && required:
		v.add(loc, fmt.Errorf("%w: missing date", ErrDate))
	case d != 0 && (d < MinDate || d > MaxDate):
		v.add(loc, fmt.Errorf("%w: %s is out of range [%s, %s]", ErrDate, d, MinDate, MaxDate))
	}
}

func (v *validator) enum(loc string, val uint8, names []string) {
	if int(val) >= len(names) {
		v.add(loc, fmt.Errorf("%w: %d is not defined", ErrUnknownValue, val))
	}
}

func (v *validator) event(loc string, e *Event) {
	v.date(loc+" date", e.Date, true)
	v.date(loc+" end", e.End, false)
	if e.End != 0 && e.Date != 0 && e.End < e.Date {
		v.add(loc+" end", fmt.Errorf("%w: event ends %s before it begins %s", ErrInvalid, e.End, e.Date))
	}
	v.enum(loc+" date_precision", uint8(e.DatePrecision), datePrecNames)
	v.enum(loc+" place precision", uint8(e.Place.Precision), geoPrecNames)
	if e.Place.Country == "" {
		v.add(loc+" country", fmt.Errorf("%w: missing country", ErrInvalid))
	}
	if c := e.Place.Coords; c != nil {
		if math.IsNaN(c.Lat) || c.Lat < -90 || c.Lat > 90 {
			v.add(loc+" latitude", fmt.Errorf("%w: latitude %v is not in [-90, 90]", ErrInvalid, c.Lat))
		}
		if math.IsNaN(c.Lon) || c.Lon < -180 || c.Lon > 180 {
			v.add(loc+" longitude", fmt.Errorf("%w: longitude %v is not in [-180, 180]", ErrInvalid, c.Lon))
		}
	}
	v.list(loc+" perpetrator associated", e.Perpetrator.Associated)
	v.list(loc+" target associated", e.Target.Associated)
	v.list(loc+" tags", e.Tags)
	v.enum(loc+" perpetrator type", uint8(e.Perpetrator.Type), actorTypeNames)
	v.enum(loc+" target type", uint8(e.Target.Type), actorTypeNames)
	for j := range e.Claims {
		v.claim(fmt.Sprintf("%s claim %d", loc, j+1), &e.Claims[j], e.Date)
	}
}

func (v *validator) claim(loc string, c *Claim, since Date) {
	if c.Source.Name == "" {
		v.add(loc+" source", fmt.Errorf("%w: missing source name", ErrInvalid))
	}
	v.enum(loc+" source_kind", uint8(c.Source.Kind), sourceKindNames)
	v.enum(loc+" source_side", uint8(c.Source.Side), sideNames)
	v.enum(loc+" stance", uint8(c.Stance), stanceNames)
	v.date(loc+" reported_at", c.ReportedAt, true)
	if c.ReportedAt != 0 && since != 0 && c.ReportedAt < since {
		v.add(loc+" reported_at", fmt.Errorf("%w: reported %s, before the event's date %s", ErrDate, c.ReportedAt, since))
	}
	v.identity(loc, c)
	if c.Stance == Silence && len(c.Figures) > 0 {
		v.add(loc+" stance", fmt.Errorf("%w: a silence gives no figures", ErrInvalid))
	}
	if c.Cites != nil {
		switch {
		case c.Cites.Name == "":
			v.add(loc+" cites", fmt.Errorf("%w: cited source has no name", ErrInvalid))
		case c.Cites.Name == c.Source.Name:
			v.add(loc+" cites", fmt.Errorf("%w: a source cites itself", ErrInvalid))
		}
		v.enum(loc+" cites_kind", uint8(c.Cites.Kind), sourceKindNames)
		v.enum(loc+" cites_side", uint8(c.Cites.Side), sideNames)
	}
	if l := c.Language; l != "" && !isLangCode(l) {
		v.add(loc+" language", fmt.Errorf("%w: language %q is not an ISO 639 code", ErrInvalid, l))
	}
	v.list(loc+" sources", c.Sources)
	for k, f := range c.Figures {
		floc := func() string { return fmt.Sprintf("%s figure %d", loc, k+1) }
		if f.Outcome == OutcomeUnstated {
			v.add(floc()+" outcome", fmt.Errorf("%w: the figure does not say whether people were killed, wounded, captured or missing", ErrInvalid))
		}
		if int(f.Outcome) >= len(outcomeNames) || int(f.Group) >= len(groupNames) {
			v.enum(floc()+" outcome", uint8(f.Outcome), outcomeNames)
			v.enum(floc()+" group", uint8(f.Group), groupNames)
		}
		if err := f.Figure.Check(); err != nil {
			v.add(floc(), err)
		}
		for j, g := range c.Figures[:k] {
			if g.Outcome == f.Outcome && g.Group == f.Group {
				v.add(floc(), fmt.Errorf("%w: %s %s already given by figure %d", ErrInvalid, f.Outcome, f.Group, j+1))
				break
			}
		}
	}
}

// identity checks a claim's identity fields: a revision names another claim, a
// correction is a revision, and a claim is not recorded before it was reported.
func (v *validator) identity(loc string, c *Claim) {
	if c.Revises != "" && c.Revises == c.ID {
		v.add(loc+" revises", fmt.Errorf("%w: claim %q revises itself", ErrInvalid, c.ID))
	}
	if c.Correction && c.Revises == "" {
		v.add(loc+" correction", fmt.Errorf("%w: a correction names the claim it corrects in revises", ErrInvalid))
	}
	v.date(loc+" recorded_at", c.RecordedAt, false)
	if c.RecordedAt != 0 && c.ReportedAt != 0 && c.RecordedAt < c.ReportedAt {
		v.add(loc+" recorded_at", fmt.Errorf("%w: recorded %s, before it was reported %s", ErrDate, c.RecordedAt, c.ReportedAt))
	}
}

// claimIDsOf checks that the claim IDs of a record are not taken by a claim seen
// before, and remembers them.
func (s *streamValidator) claimIDsOf(v *validator, loc string, cs []Claim) {
	for j := range cs {
		id := cs[j].ID
		if id == "" {
			continue
		}
		if s.claimIDs == nil {
			s.claimIDs = map[string]string{}
		}
		where := fmt.Sprintf("%s claim %d", loc, j+1)
		if prev, dup := s.claimIDs[id]; dup {
			v.add(where+" id", fmt.Errorf("%w: duplicate claim id %q (also %s)", ErrInvalid, id, prev))
			continue
		}
		s.claimIDs[strings.Clone(id)] = where
	}
}

// list checks the items of a list field: each non-empty, none holding the ';' that
// separates items in the native CSV.
func (v *validator) list(loc string, items []string) {
	for i, s := range items {
		if s == "" || strings.Contains(s, ";") {
			v.add(loc, fmt.Errorf("%w: item %d (%q) is empty or holds ';'", ErrInvalid, i+1, s))
		}
	}
}

func isLangCode(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// Problems returns the problems of a *ValidationError in err's chain, or nil.
func Problems(err error) []Problem {
	var ve *ValidationError
	if errors.As(err, &ve) {
		return ve.Problems
	}
	return nil
}
