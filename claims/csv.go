package claims

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// CSVHeader is the native CSV format's header: long and tidy, one row per figure of
// a claim, so that pandas and R read it as is. Columns:
//
//   - record: "event" or "period".
//   - id .. extra: the event (or period claim) fields, repeated on each of its rows.
//     For a period, date and end are its first and last days, country lists its
//     countries separated by "; ", locality is its description and incidents the
//     number of incidents it covers (compact form), with incidents_min and
//     incidents_max its interval as for min and max below. Lists (tags, associated
//     actors) are separated by "; "; extra is a JSON object.
//   - claim .. note: the claim, numbered from 1 within its event, repeated on each of
//     its figures' rows; claim_sources lists a monitor's sources, separated by "; ".
//   - outcome, group, figure, qualifier, min, max: one figure. figure is the compact
//     text form (Figure.String); min and max repeat its interval for analysis: max
//     is "inf" when the figure has no upper bound ("more than 2,000", a "heavy
//     toll"), and both are empty only when the figure is Unknown — so an unknown
//     is never read as a number, and a column sum in pandas or R meets "inf" (read
//     as infinity) rather than silently skipping an unbounded figure. Files written
//     before this rule, with max empty for unbounded figures and no incidents_min
//     and incidents_max columns, still read.
//   - claim_id, revises, correction, recorded_at: the claim's identity (format
//     bilan/2), repeated on each of its figures' rows; correction is "true" or
//     empty. They come last, and a file without them (bilan/1) still reads.
//
// An event with no claim has one row with the claim columns empty; a claim with no
// figure (silence) has one row with the figure columns empty.
var CSVHeader = []string{
	"record", "id", "date", "end", "date_precision",
	"country", "iso", "admin1", "admin2", "admin3", "locality", "latitude", "longitude", "geo_precision",
	"perpetrator", "perpetrator_type", "perpetrator_assoc", "target", "target_type", "target_assoc", "actors_undirected",
	"event_type", "sub_event_type", "summary", "tags", "extra", "incidents", "incidents_min", "incidents_max",
	"claim", "source", "source_kind", "source_side", "reported_at", "stance",
	"cites", "cites_kind", "cites_side", "claim_sources", "language", "wording", "note",
	"outcome", "group", "figure", "qualifier", "min", "max",
	"claim_id", "revises", "correction", "recorded_at",
}

// Column indexes into CSVHeader.
const (
	cRecord = iota
	cID
	cDate
	cEnd
	cDatePrec
	cCountry
	cISO
	cAdmin1
	cAdmin2
	cAdmin3
	cLocality
	cLat
	cLon
	cGeoPrec
	cPerp
	cPerpType
	cPerpAssoc
	cTarget
	cTargetType
	cTargetAssoc
	cUndirected
	cEventType
	cSubType
	cSummary
	cTags
	cExtra
	cIncidents
	cIncidentsMin
	cIncidentsMax
	cClaim
	cSource
	cSourceKind
	cSourceSide
	cReportedAt
	cStance
	cCites
	cCitesKind
	cCitesSide
	cClaimSources
	cLanguage
	cWording
	cNote
	cOutcome
	cGroup
	cFigure
	cQualifier
	cMin
	cMax
	cClaimID
	cRevises
	cCorrection
	cRecordedAt
	nColumns
)

// ListSep separates the items of a list in one CSV field.
const ListSep = "; "

// WriteCSV writes d in the native CSV format (see CSVHeader).
func WriteCSV(w io.Writer, d *Dataset) error {
	cw := NewCSVWriter(w)
	for i := range d.Events {
		if err := cw.WriteEvent(&d.Events[i]); err != nil {
			return err
		}
	}
	for i := range d.Periods {
		if err := cw.WritePeriod(&d.Periods[i]); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// CSVWriter writes a dataset in the native CSV format record by record, so that a
// dataset of any size is written in constant memory: the header first, then the
// rows of each event and period claim as they are given.
type CSVWriter struct {
	cw     *csv.Writer
	row    []string
	header bool
}

// NewCSVWriter returns a CSVWriter writing to w.
func NewCSVWriter(w io.Writer) *CSVWriter {
	return &CSVWriter{cw: csv.NewWriter(w), row: make([]string, nColumns)}
}

func (w *CSVWriter) writeHeader() error {
	if w.header {
		return nil
	}
	w.header = true
	return w.cw.Write(CSVHeader)
}

// WriteEvent writes the rows of one event.
func (w *CSVWriter) WriteEvent(e *Event) error {
	if err := w.writeHeader(); err != nil {
		return err
	}
	row := w.row
	clear(row)
	if err := eventFields(row, e); err != nil {
		return err
	}
	if len(e.Claims) == 0 {
		return w.cw.Write(row)
	}
	for j := range e.Claims {
		if err := writeClaim(w.cw, row, j+1, &e.Claims[j]); err != nil {
			return err
		}
	}
	return nil
}

// WritePeriod writes the rows of one period claim.
func (w *CSVWriter) WritePeriod(p *PeriodClaim) error {
	if err := w.writeHeader(); err != nil {
		return err
	}
	row := w.row
	clear(row)
	row[cRecord] = "period"
	row[cID] = p.ID
	row[cDate] = p.From.String()
	row[cEnd] = p.To.String()
	row[cCountry] = strings.Join(p.Area.Countries, ListSep)
	row[cLocality] = p.Area.Description
	row[cIncidents] = p.Incidents.String()
	row[cIncidentsMin], row[cIncidentsMax] = figureBounds(p.Incidents)
	return writeClaim(w.cw, row, 1, &p.Claim)
}

// Flush writes the header if nothing was written yet, and any buffered rows.
func (w *CSVWriter) Flush() error {
	if err := w.writeHeader(); err != nil {
		return err
	}
	w.cw.Flush()
	return w.cw.Error()
}

func eventFields(row []string, e *Event) error {
	row[cRecord] = "event"
	row[cID] = e.ID
	row[cDate] = e.Date.String()
	row[cEnd] = e.End.String()
	row[cDatePrec] = e.DatePrecision.String()
	pl := &e.Place
	row[cCountry], row[cISO], row[cAdmin1], row[cAdmin2], row[cAdmin3], row[cLocality] =
		pl.Country, pl.ISO, pl.Admin1, pl.Admin2, pl.Admin3, pl.Locality
	if pl.Coords != nil {
		row[cLat] = strconv.FormatFloat(pl.Coords.Lat, 'f', -1, 64)
		row[cLon] = strconv.FormatFloat(pl.Coords.Lon, 'f', -1, 64)
	}
	row[cGeoPrec] = pl.Precision.String()
	row[cPerp], row[cPerpType], row[cPerpAssoc] = e.Perpetrator.Name, e.Perpetrator.Type.String(), strings.Join(e.Perpetrator.Associated, ListSep)
	row[cTarget], row[cTargetType], row[cTargetAssoc] = e.Target.Name, e.Target.Type.String(), strings.Join(e.Target.Associated, ListSep)
	if e.ActorsUndirected {
		row[cUndirected] = "true"
	}
	row[cEventType], row[cSubType], row[cSummary] = e.Type, e.SubType, e.Summary
	row[cTags] = strings.Join(e.Tags, ListSep)
	if len(e.Extra) > 0 {
		b, err := json.Marshal(e.Extra)
		if err != nil {
			return err
		}
		row[cExtra] = string(b)
	}
	return nil
}

func writeClaim(cw *csv.Writer, row []string, n int, c *Claim) error {
	row[cClaim] = strconv.Itoa(n)
	row[cSource], row[cSourceKind], row[cSourceSide] = c.Source.Name, c.Source.Kind.String(), c.Source.Side.String()
	row[cReportedAt] = c.ReportedAt.String()
	row[cStance] = c.Stance.String()
	row[cCites], row[cCitesKind], row[cCitesSide] = "", "", ""
	if c.Cites != nil {
		row[cCites], row[cCitesKind], row[cCitesSide] = c.Cites.Name, c.Cites.Kind.String(), c.Cites.Side.String()
	}
	row[cClaimSources] = strings.Join(c.Sources, ListSep)
	row[cLanguage], row[cWording], row[cNote] = c.Language, c.Wording, c.Note
	clear(row[cOutcome:])
	row[cClaimID], row[cRevises], row[cRecordedAt] = c.ID, c.Revises, c.RecordedAt.String()
	if c.Correction {
		row[cCorrection] = "true"
	}
	if len(c.Figures) == 0 {
		return cw.Write(row)
	}
	for _, f := range c.Figures {
		row[cOutcome], row[cGroup] = f.Outcome.String(), f.Group.String()
		row[cFigure], row[cQualifier] = f.Figure.String(), f.Figure.Qualifier.String()
		row[cMin], row[cMax] = figureBounds(f.Figure)
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	return nil
}

// ReadCSV decodes a dataset in the native CSV format. Errors are *ParseError values
// with the file, line and column name. It does not validate the dataset: see Read.
func ReadCSV(r io.Reader, name string) (*Dataset, error) {
	return readCSV(r, name, nil)
}

// errStopped ends readCSV when emit asks to stop.
var errStopped = errors.New("claims: stopped")

// readCSV decodes the native CSV. With emit set, each event is passed to it once
// its last row is read, instead of being kept in the dataset, and reading stops
// when emit returns false; period claims are kept either way.
func readCSV(r io.Reader, name string, emit func(*Event) bool) (*Dataset, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, csvError(name, err)
	}
	cols, err := csvColumns(name, header)
	if err != nil {
		return nil, err
	}
	cr.FieldsPerRecord = len(header)
	pos := make([]int, nColumns)
	for i, c := range cols {
		pos[c] = i
	}
	rd := csvReader{name: name, d: &Dataset{}, emit: emit, pos: func(c int) int { _, col := cr.FieldPos(pos[c]); return col }}
	row := make([]string, nColumns)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		for i, c := range cols {
			row[c] = rec[i]
		}
		if err := rd.row(line, row); err != nil {
			if err == errStopped {
				return rd.d, nil
			}
			return nil, err
		}
	}
	rd.flush() // the last event; nothing is read after it either way
	return rd.d, nil
}

// csvColumns maps each header field to its column index, and checks that every
// column is present once and no other is.
func csvColumns(name string, header []string) ([]int, error) {
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\ufeff")
	}
	if !slices.ContainsFunc(header, func(h string) bool { return slices.Contains(CSVHeader, h) }) {
		return nil, &ParseError{File: name, Line: 1, Err: fmt.Errorf("%w: not a native dataset: neither JSON nor the native CSV header", ErrFormat)}
	}
	cols := make([]int, len(header))
	seen := make([]bool, nColumns)
	for i, h := range header {
		c := slices.Index(CSVHeader, h)
		switch {
		case c < 0:
			return nil, &ParseError{File: name, Line: 1, Column: i + 1, Field: h, Err: fmt.Errorf("%w: unknown column %q", ErrFormat, h)}
		case seen[c]:
			return nil, &ParseError{File: name, Line: 1, Column: i + 1, Field: h, Err: fmt.Errorf("%w: column %q twice", ErrFormat, h)}
		}
		seen[c] = true
		cols[i] = c
	}
	for c, ok := range seen {
		// Optional: files written before they were added (bilan/1).
		if !ok && c != cIncidentsMin && c != cIncidentsMax && c < cClaimID {
			return nil, &ParseError{File: name, Line: 1, Field: CSVHeader[c], Err: fmt.Errorf("%w: %s", ErrMissingColumn, CSVHeader[c])}
		}
	}
	return cols, nil
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		e := pe.Err
		if errors.Is(e, csv.ErrFieldCount) {
			e = ErrFieldCount
		} else {
			e = fmt.Errorf("%w: %v", ErrSyntax, e)
		}
		return &ParseError{File: name, Line: pe.Line, Column: pe.Column, Err: e}
	}
	if err == io.EOF {
		return &ParseError{File: name, Line: 1, Err: fmt.Errorf("%w: empty file, no header", ErrFormat)}
	}
	return &ParseError{File: name, Err: err}
}

// csvReader assembles rows into events, claims and figures.
type csvReader struct {
	name string
	d    *Dataset
	pos  func(c int) int // the byte column of column c in the current record
	// The record and claim being filled, with the line and fields they began with.
	rec               []string
	recLine           int
	claim             *Claim
	claimN, claimLine int
	event             *Event
	period            *PeriodClaim
	claimFields       []string
	idFields          []string // the claim's identity columns
	// emit, when set, receives each event once complete (cur holds it meanwhile).
	emit func(*Event) bool
	cur  Event
}

// flush passes the event being filled to emit, and reports whether to go on.
func (r *csvReader) flush() bool {
	if r.emit == nil || r.event == nil {
		return true
	}
	r.event = nil
	return r.emit(&r.cur)
}

func (r *csvReader) fail(line, col int, err error) error {
	return &ParseError{File: r.name, Line: line, Column: r.pos(col), Field: CSVHeader[col], Err: err}
}

func (r *csvReader) row(line int, row []string) error {
	for c, f := range row {
		if !utf8.ValidString(f) {
			return r.fail(line, c, fmt.Errorf("%w: invalid UTF-8", ErrSyntax))
		}
	}
	recFields := row[:cClaim]
	if r.rec == nil || !slices.Equal(r.rec[:cDate], row[:cDate]) {
		if err := r.begin(line, row); err != nil {
			return err
		}
	} else if i := firstDiff(r.rec, recFields); i >= 0 {
		return r.fail(line, i, fmt.Errorf("%w: %s differs from line %d of the same record", ErrSyntax, CSVHeader[i], r.recLine))
	}
	if row[cClaim] == "" {
		if r.period != nil {
			return r.fail(line, cClaim, fmt.Errorf("%w: a period claim needs its claim", ErrSyntax))
		}
		if r.claimN != 0 || slices.ContainsFunc(row[cClaim:], func(s string) bool { return s != "" }) {
			return r.fail(line, cClaim, fmt.Errorf("%w: claim number missing", ErrSyntax))
		}
		r.claimN = -1
		return nil
	}
	n, err := strconv.Atoi(row[cClaim])
	if err != nil || n < 1 {
		return r.fail(line, cClaim, fmt.Errorf("%w: claim number %q", ErrSyntax, row[cClaim]))
	}
	claimFields := row[cClaim:cOutcome]
	switch {
	case n == r.claimN:
		if r.claim.Stance == Silence || len(r.claim.Figures) == 0 {
			return r.fail(line, cClaim, fmt.Errorf("%w: claim %d has a row without figure (line %d) and more rows", ErrSyntax, n, r.claimLine))
		}
		if i := firstDiff(r.claimFields, claimFields); i >= 0 {
			return r.fail(line, cClaim+i, fmt.Errorf("%w: %s differs from line %d of the same claim", ErrSyntax, CSVHeader[cClaim+i], r.claimLine))
		}
		if i := firstDiff(r.idFields, row[cClaimID:]); i >= 0 {
			return r.fail(line, cClaimID+i, fmt.Errorf("%w: %s differs from line %d of the same claim", ErrSyntax, CSVHeader[cClaimID+i], r.claimLine))
		}
	case n == r.claimN+1 && (r.period == nil || n == 1):
		c, err := r.newClaim(line, row)
		if err != nil {
			return err
		}
		if r.period != nil {
			r.period.Claim = c
			r.claim = &r.period.Claim
		} else {
			r.event.Claims = append(r.event.Claims, c)
			r.claim = &r.event.Claims[len(r.event.Claims)-1]
		}
		r.claimN, r.claimLine = n, line
		r.claimFields = slices.Clone(claimFields)
		r.idFields = slices.Clone(row[cClaimID:])
	default:
		return r.fail(line, cClaim, fmt.Errorf("%w: claim %d follows claim %d", ErrSyntax, n, max(r.claimN, 0)))
	}
	if row[cOutcome] == "" && row[cGroup] == "" && row[cFigure] == "" && row[cQualifier] == "" && row[cMin] == "" && row[cMax] == "" {
		if len(r.claim.Figures) > 0 {
			return r.fail(line, cOutcome, fmt.Errorf("%w: missing outcome", ErrSyntax))
		}
		return nil
	}
	f, err := r.count(line, row)
	if err != nil {
		return err
	}
	r.claim.Figures = append(r.claim.Figures, f)
	return nil
}

func firstDiff(a, b []string) int {
	for i := range a {
		if a[i] != b[i] {
			return i
		}
	}
	return -1
}

// begin starts a new event or period record.
func (r *csvReader) begin(line int, row []string) error {
	if !r.flush() {
		return errStopped
	}
	r.rec, r.recLine = slices.Clone(row[:cClaim]), line
	r.claimN, r.claim, r.event, r.period = 0, nil, nil, nil
	switch row[cRecord] {
	case "event":
		e, err := r.parseEvent(line, row)
		if err != nil {
			return err
		}
		if r.emit != nil {
			r.cur = e
			r.event = &r.cur
			break
		}
		r.d.Events = append(r.d.Events, e)
		r.event = &r.d.Events[len(r.d.Events)-1]
	case "period":
		p, err := r.parsePeriod(line, row)
		if err != nil {
			return err
		}
		r.d.Periods = append(r.d.Periods, p)
		r.period = &r.d.Periods[len(r.d.Periods)-1]
	default:
		return r.fail(line, cRecord, fmt.Errorf("%w: record %q (want event or period)", ErrUnknownValue, row[cRecord]))
	}
	return nil
}

func (r *csvReader) date(line, col int, s string) (Date, error) {
	if s == "" {
		return 0, nil
	}
	d, err := ParseDate(s)
	if err != nil {
		return 0, r.fail(line, col, err)
	}
	return d, nil
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ListSep)
}

func (r *csvReader) parseEvent(line int, row []string) (Event, error) {
	e := Event{ID: row[cID]}
	var err error
	if e.Date, err = r.date(line, cDate, row[cDate]); err != nil {
		return e, err
	}
	if e.End, err = r.date(line, cEnd, row[cEnd]); err != nil {
		return e, err
	}
	if e.DatePrecision, err = ParseDatePrecision(row[cDatePrec]); err != nil {
		return e, r.fail(line, cDatePrec, err)
	}
	e.Place = Place{Country: row[cCountry], ISO: row[cISO], Admin1: row[cAdmin1], Admin2: row[cAdmin2], Admin3: row[cAdmin3], Locality: row[cLocality]}
	if row[cLat] != "" || row[cLon] != "" {
		lat, err1 := strconv.ParseFloat(row[cLat], 64)
		lon, err2 := strconv.ParseFloat(row[cLon], 64)
		if err1 != nil {
			return e, r.fail(line, cLat, fmt.Errorf("%w: latitude %q", ErrSyntax, row[cLat]))
		}
		if err2 != nil {
			return e, r.fail(line, cLon, fmt.Errorf("%w: longitude %q", ErrSyntax, row[cLon]))
		}
		e.Place.Coords = &LatLon{Lat: lat, Lon: lon}
	}
	if e.Place.Precision, err = ParseGeoPrecision(row[cGeoPrec]); err != nil {
		return e, r.fail(line, cGeoPrec, err)
	}
	if e.Perpetrator.Type, err = ParseActorType(row[cPerpType]); err != nil {
		return e, r.fail(line, cPerpType, err)
	}
	if e.Target.Type, err = ParseActorType(row[cTargetType]); err != nil {
		return e, r.fail(line, cTargetType, err)
	}
	e.Perpetrator.Name, e.Perpetrator.Associated = row[cPerp], list(row[cPerpAssoc])
	e.Target.Name, e.Target.Associated = row[cTarget], list(row[cTargetAssoc])
	switch row[cUndirected] {
	case "true":
		e.ActorsUndirected = true
	case "", "false":
	default:
		return e, r.fail(line, cUndirected, fmt.Errorf("%w: actors_undirected %q (want true, false or empty)", ErrSyntax, row[cUndirected]))
	}
	e.Type, e.SubType, e.Summary, e.Tags = row[cEventType], row[cSubType], row[cSummary], list(row[cTags])
	if row[cExtra] != "" {
		if err := json.Unmarshal([]byte(row[cExtra]), &e.Extra); err != nil {
			return e, r.fail(line, cExtra, fmt.Errorf("%w: extra is not a JSON object of strings: %v", ErrSyntax, err))
		}
	}
	for _, c := range []int{cIncidents, cIncidentsMin, cIncidentsMax} {
		if row[c] != "" {
			return e, r.fail(line, c, fmt.Errorf("%w: incidents belong to period claims", ErrSyntax))
		}
	}
	return e, nil
}

// periodColumns are the record columns a period row may fill.
var periodColumns = []int{cRecord, cID, cDate, cEnd, cCountry, cLocality, cIncidents, cIncidentsMin, cIncidentsMax}

func (r *csvReader) parsePeriod(line int, row []string) (PeriodClaim, error) {
	p := PeriodClaim{ID: row[cID]}
	for c := cRecord; c < cClaim; c++ {
		if row[c] != "" && !slices.Contains(periodColumns, c) {
			return p, r.fail(line, c, fmt.Errorf("%w: %s does not apply to a period claim", ErrSyntax, CSVHeader[c]))
		}
	}
	var err error
	if p.From, err = r.date(line, cDate, row[cDate]); err != nil {
		return p, err
	}
	if p.To, err = r.date(line, cEnd, row[cEnd]); err != nil {
		return p, err
	}
	p.Area = Area{Countries: list(row[cCountry]), Description: row[cLocality]}
	if row[cIncidents] != "" {
		if p.Incidents, err = ParseFigure(row[cIncidents]); err != nil {
			return p, r.fail(line, cIncidents, err)
		}
		if err := r.checkBounds(line, p.Incidents, row, cIncidents, cIncidentsMin, cIncidentsMax); err != nil {
			return p, err
		}
	}
	return p, nil
}

func (r *csvReader) newClaim(line int, row []string) (Claim, error) {
	c := Claim{Source: Source{Name: row[cSource]}, Sources: list(row[cClaimSources]), Language: row[cLanguage], Wording: row[cWording], Note: row[cNote]}
	var err error
	if c.Source.Kind, err = ParseSourceKind(row[cSourceKind]); err != nil {
		return c, r.fail(line, cSourceKind, err)
	}
	if c.Source.Side, err = ParseSide(row[cSourceSide]); err != nil {
		return c, r.fail(line, cSourceSide, err)
	}
	if c.ReportedAt, err = r.date(line, cReportedAt, row[cReportedAt]); err != nil {
		return c, err
	}
	if c.Stance, err = ParseStance(row[cStance]); err != nil {
		return c, r.fail(line, cStance, err)
	}
	c.ID, c.Revises = row[cClaimID], row[cRevises]
	switch row[cCorrection] {
	case "true":
		c.Correction = true
	case "", "false":
	default:
		return c, r.fail(line, cCorrection, fmt.Errorf("%w: correction %q (want true, false or empty)", ErrSyntax, row[cCorrection]))
	}
	if c.RecordedAt, err = r.date(line, cRecordedAt, row[cRecordedAt]); err != nil {
		return c, err
	}
	if row[cCites] != "" || row[cCitesKind] != "" || row[cCitesSide] != "" {
		s := Source{Name: row[cCites]}
		if s.Kind, err = ParseSourceKind(row[cCitesKind]); err != nil {
			return c, r.fail(line, cCitesKind, err)
		}
		if s.Side, err = ParseSide(row[cCitesSide]); err != nil {
			return c, r.fail(line, cCitesSide, err)
		}
		c.Cites = &s
	}
	return c, nil
}

func (r *csvReader) count(line int, row []string) (Count, error) {
	var c Count
	var err error
	if c.Outcome, err = ParseOutcome(row[cOutcome]); err != nil {
		return c, r.fail(line, cOutcome, err)
	}
	if c.Group, err = ParseGroup(row[cGroup]); err != nil {
		return c, r.fail(line, cGroup, err)
	}
	if c.Figure, err = ParseFigure(row[cFigure]); err != nil {
		return c, r.fail(line, cFigure, err)
	}
	f := c.Figure
	if q := row[cQualifier]; q != "" && q != f.Qualifier.String() {
		return c, r.fail(line, cQualifier, fmt.Errorf("%w: qualifier %q disagrees with figure %q", ErrFigure, q, row[cFigure]))
	}
	if err := r.checkBounds(line, f, row, cFigure, cMin, cMax); err != nil {
		return c, err
	}
	return c, nil
}

// figureBounds is a figure's min and max columns: max "inf" when unbounded, both
// empty when Unknown.
func figureBounds(f Figure) (lo, hi string) {
	if !f.IsKnown() {
		return "", ""
	}
	hi = "inf"
	if f.Max != Inf {
		hi = strconv.FormatInt(f.Max, 10)
	}
	return strconv.FormatInt(f.Min, 10), hi
}

// checkBounds checks that the min and max columns, when given, agree with the
// figure of column fig. An empty max with a min given is the older spelling of an
// unbounded figure, still read.
func (r *csvReader) checkBounds(line int, f Figure, row []string, fig, cmin, cmax int) error {
	wantMin, wantMax := figureBounds(f)
	if row[cmin] != "" && row[cmin] != wantMin {
		return r.fail(line, cmin, fmt.Errorf("%w: %s %q disagrees with figure %q", ErrFigure, CSVHeader[cmin], row[cmin], row[fig]))
	}
	ok := row[cmax] == wantMax || row[cmax] == "" && (row[cmin] == "" || wantMax == "inf")
	if !ok {
		return r.fail(line, cmax, fmt.Errorf("%w: %s %q disagrees with figure %q", ErrFigure, CSVHeader[cmax], row[cmax], row[fig]))
	}
	return nil
}
