package acled

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/bilan-dev/bilan/claims"
)

// Errors about ACLED rows wrap these sentinels, inside a *claims.ParseError.
var (
	ErrHeader = errors.New("acled: not an ACLED header")
	ErrField  = errors.New("acled: bad field")
)

// Source is the source of every claim the reader makes.
var Source = claims.Source{Name: "ACLED", Kind: claims.Monitor}

// Columns that the model maps to a field; any other column is kept in Event.Extra.
const (
	colID = iota
	colDate
	colTimePrec
	colEventType
	colSubType
	colActor1
	colAssoc1
	colInter1
	colActor2
	colAssoc2
	colInter2
	colCountry
	colISO3
	colAdmin1
	colAdmin2
	colAdmin3
	colLocation
	colLat
	colLon
	colGeoPrec
	colSource
	colNotes
	colFatalities
	colTags
	colYear
	colInteraction
	nCols
)

var colNames = [nCols]string{
	"event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
	"actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
	"country", "iso3", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
	"geo_precision", "source", "notes", "fatalities", "tags", "year", "interaction",
}

// IsMonadic reports whether an ACLED header is a monadic export's: one row per
// actor, with actor1, assoc_actor_1 and inter1 but no actor2 column, so that an
// event with two actors comes as two rows with the same event_id_cnty.
func IsMonadic(header []string) bool {
	var a1, a2 bool
	for _, h := range header {
		switch clean(h) {
		case "actor1":
			a1 = true
		case "actor2":
			a2 = true
		}
	}
	return IsHeader(header) && a1 && !a2
}

// required are the columns without which a row cannot become an event.
var required = []int{colID, colDate, colCountry, colFatalities}

// IsHeader reports whether a CSV header row is an ACLED export's: it names
// event_id_cnty and event_date.
func IsHeader(header []string) bool {
	var id, date bool
	for _, h := range header {
		switch clean(h) {
		case "event_id_cnty":
			id = true
		case "event_date":
			date = true
		}
	}
	return id && date
}

func clean(h string) string {
	return strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
}

// Reader reads events from an ACLED export. Set its fields before calling Events.
type Reader struct {
	// Name is the file name errors carry.
	Name string
	// Strict stops reading at the first bad row. By default a bad row yields its
	// error, is counted in Skipped, and reading goes on.
	Strict bool

	r       io.Reader
	skipped int
	rows    int
	line    int
	chunk   int // Each's chunk size; 0 is defaultChunk
}

// NewReader returns a Reader that reads from r.
func NewReader(r io.Reader) *Reader { return &Reader{r: r} }

// Skipped returns how many rows were bad and skipped so far.
func (r *Reader) Skipped() int { return r.skipped }

// Line returns the line on which the row last read by Events begins.
func (r *Reader) Line() int { return r.line }

// Rows returns how many data rows were read so far, good or bad.
func (r *Reader) Rows() int { return r.rows }

func (r *Reader) fail(line, col int, field string, err error) *claims.ParseError {
	return &claims.ParseError{File: r.Name, Line: line, Column: col, Field: field, Err: err}
}

// Events returns an iterator over the file's events, in file order. A bad row yields
// a zero Event and a *claims.ParseError; an unreadable header or a broken CSV
// stream ends the iteration after its error. The iterator can be ranged over once.
func (r *Reader) Events() iter.Seq2[claims.Event, error] {
	return func(yield func(claims.Event, error) bool) {
		sc := NewScanner(r.r)
		if !sc.Scan() {
			err := sc.Err()
			if err == nil {
				err = fmt.Errorf("%w: empty file", ErrHeader)
			}
			yield(claims.Event{}, r.scanError(err))
			return
		}
		header := make([]string, sc.Len())
		for i := range header {
			header[i] = sc.Text(i)
		}
		cols, extra, err := r.columns(header)
		if err != nil {
			yield(claims.Event{}, err)
			return
		}
	scan:
		for sc.Scan() {
			r.rows++
			r.line = sc.Line()
			ev, perr := r.event(sc, cols, extra, header)
			if perr != nil {
				r.skipped++
				if !yield(claims.Event{}, perr) || r.Strict {
					return
				}
				continue
			}
			if !yield(ev, nil) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			var se *ScanError
			if errors.As(err, &se) && !r.Strict {
				// A broken record: skip it and go on at the next one that parses.
				r.rows++
				r.skipped++
				if !yield(claims.Event{}, r.scanError(err)) {
					return
				}
				if sc.Recover() {
					goto scan
				}
				return
			}
			yield(claims.Event{}, r.scanError(err))
		}
	}
}

// scanError turns a Scanner or read error into a *claims.ParseError.
func (r *Reader) scanError(err error) error {
	var se *ScanError
	if errors.As(err, &se) {
		return r.fail(se.Line, se.Column, "", fmt.Errorf("%w: %v", ErrField, trimPrefix(se.Err.Error())))
	}
	if errors.Is(err, ErrHeader) {
		return r.fail(1, 0, "", err)
	}
	return r.fail(0, 0, "", err)
}

func trimPrefix(s string) string { return strings.TrimPrefix(s, "acled: ") }

// columns maps the header to the model's columns; -1 marks an absent one. extra
// lists the other columns, kept in Event.Extra.
func (r *Reader) columns(header []string) (cols [nCols]int, extra []int, err error) {
	for i := range cols {
		cols[i] = -1
	}
	seen := make(map[string]bool, len(header))
	for i, h := range header {
		name := clean(h)
		if !utf8.ValidString(h) {
			return cols, nil, r.fail(1, i+1, "", fmt.Errorf("%w: column %d: invalid UTF-8", ErrHeader, i+1))
		}
		if seen[name] {
			return cols, nil, r.fail(1, i+1, h, fmt.Errorf("%w: column %q twice", ErrHeader, name))
		}
		seen[name] = true
		found := false
		for c, n := range colNames {
			if name == n || (c == colISO3 && name == "iso3") {
				cols[c], found = i, true
				break
			}
		}
		if !found {
			extra = append(extra, i)
		}
	}
	for _, c := range required {
		if cols[c] < 0 {
			return cols, nil, r.fail(1, 0, colNames[c], both(ErrHeader, claims.ErrMissingColumn, "missing column "+colNames[c]))
		}
	}
	return cols, extra, nil
}

// values are a row's checked fields: what every path reads from a row before it
// builds an event or adds the row to a sum. check is the one place a row is
// accepted or rejected, so that Events and Each (through Row.Values) agree on
// every row.
type values struct {
	date       claims.Date
	datePrec   claims.DatePrecision
	geoPrec    claims.GeoPrecision
	coords     claims.LatLon // when hasCoords
	hasCoords  bool
	type1      claims.ActorType
	type2      claims.ActorType
	fatalities claims.Figure
}

// isNA reports whether a cell is R's missing value, as data written by R's
// write.csv carries it: NA reads as an empty cell in every column.
func isNA(b []byte) bool { return len(b) == 2 && b[0] == 'N' && b[1] == 'A' }

// cell returns column c of the current record, trimmed, with NA read as empty.
func cell(sc *Scanner, cols *[nCols]int, c int) []byte {
	i := cols[c]
	if i < 0 || i >= sc.Len() {
		return nil
	}
	b := bytes.TrimSpace(sc.Field(i))
	if isNA(b) {
		return nil
	}
	return b
}

// check reads and checks every field of the current record that the model
// maps, the same way for every path.
func (r *Reader) check(sc *Scanner, cols *[nCols]int, header []string) (values, error) {
	var v values
	bad := func(c int, format string, a ...any) error {
		line, col := sc.Line(), 0 // when the column is absent
		if cols[c] >= 0 {
			line, col = sc.Pos(cols[c])
		}
		return r.fail(line, col, colNames[c], fmt.Errorf("%w: "+format, append([]any{ErrField}, a...)...))
	}
	if sc.Len() != len(header) {
		return v, r.fail(sc.Line(), 0, "", both(ErrField, claims.ErrFieldCount, fmt.Sprintf("%d fields, the header has %d", sc.Len(), len(header))))
	}
	// The record's bytes are valid UTF-8 exactly when its fields are (unquoting
	// removes only ASCII bytes): one check, and a search for the field only when
	// it fails.
	if !utf8.Valid(sc.rec) {
		for i := range header {
			if !utf8.Valid(sc.Field(i)) {
				line, col := sc.Pos(i)
				return v, r.fail(line, col, clean(header[i]), fmt.Errorf("%w: invalid UTF-8", ErrField))
			}
		}
	}
	get := func(c int) []byte { return cell(sc, cols, c) }
	if len(get(colID)) == 0 {
		return v, bad(colID, "empty event_id_cnty")
	}
	d, ok := parseDate(get(colDate))
	if !ok {
		return v, bad(colDate, "event_date %q is not a date (2023-02-16, 16 February 2023 or 16-Feb-23)", get(colDate))
	}
	v.date = d
	switch p := get(colTimePrec); string(p) {
	case "", "1":
		v.datePrec = claims.PrecDay
	case "2":
		v.datePrec = claims.PrecWeek
	case "3":
		v.datePrec = claims.PrecMonth
	default:
		return v, bad(colTimePrec, "time_precision %q is not 1, 2 or 3", p)
	}
	if len(get(colCountry)) == 0 {
		return v, bad(colCountry, "empty country")
	}
	switch p := get(colGeoPrec); string(p) {
	case "", "1":
		v.geoPrec = claims.GeoExact
	case "2":
		v.geoPrec = claims.GeoNear
	case "3":
		v.geoPrec = claims.GeoAdmin1
	default:
		return v, bad(colGeoPrec, "geo_precision %q is not 1, 2 or 3", p)
	}
	if lat, lon := get(colLat), get(colLon); len(lat) > 0 || len(lon) > 0 {
		la, err1 := parseFloat(lat)
		lo, err2 := parseFloat(lon)
		switch {
		case err1 != nil || la < -90 || la > 90:
			return v, bad(colLat, "latitude %q", lat)
		case err2 != nil || lo < -180 || lo > 180:
			return v, bad(colLon, "longitude %q", lon)
		}
		v.coords, v.hasCoords = claims.LatLon{Lat: la, Lon: lo}, true
	}
	var err error
	if v.type1, err = parseActorType(get(colInter1)); err != nil {
		return v, bad(colInter1, "%v", err)
	}
	if v.type2, err = parseActorType(get(colInter2)); err != nil {
		return v, bad(colInter2, "%v", err)
	}
	if v.fatalities, ok = parseFatalities(get(colFatalities)); !ok {
		return v, bad(colFatalities, "fatalities %q is not a whole number", get(colFatalities))
	}
	return v, nil
}

// event converts one row.
func (r *Reader) event(sc *Scanner, cols [nCols]int, extra []int, header []string) (claims.Event, error) {
	v, err := r.check(sc, &cols, header)
	if err != nil {
		return claims.Event{}, err
	}
	get := func(c int) string { return string(cell(sc, &cols, c)) }
	ev := claims.Event{ID: get(colID), ActorsUndirected: true, Date: v.date, DatePrecision: v.datePrec}
	ev.Place = claims.Place{
		Country: get(colCountry), ISO: get(colISO3), Admin1: get(colAdmin1), Admin2: get(colAdmin2),
		Admin3: get(colAdmin3), Locality: get(colLocation), Precision: v.geoPrec,
	}
	if v.hasCoords {
		c := v.coords
		ev.Place.Coords = &c
	}
	ev.Perpetrator.Name, ev.Perpetrator.Associated, ev.Perpetrator.Type = get(colActor1), split(get(colAssoc1)), v.type1
	ev.Target.Name, ev.Target.Associated, ev.Target.Type = get(colActor2), split(get(colAssoc2)), v.type2
	ev.Type, ev.SubType, ev.Summary, ev.Tags = get(colEventType), get(colSubType), get(colNotes), split(get(colTags))

	c := claims.Claim{Source: Source, ReportedAt: ev.Date, Stance: claims.Reports, Sources: split(get(colSource))}
	c.Figures = []claims.Count{{Outcome: claims.Killed, Group: claims.UnknownGroup, Figure: v.fatalities}}
	ev.Claims = []claims.Claim{c}

	for _, i := range extra {
		b := bytes.TrimSpace(sc.Field(i))
		if len(b) == 0 || isNA(b) {
			continue
		}
		if ev.Extra == nil {
			ev.Extra = make(map[string]string, len(extra))
		}
		ev.Extra[strings.TrimSpace(strings.TrimPrefix(header[i], "\ufeff"))] = string(b)
	}
	return ev, nil
}

// parseDate reads event_date as ParseDate does, without allocating for the ISO
// form, and checks it lies in claims' date range.
func parseDate(b []byte) (claims.Date, bool) {
	var d claims.Date
	ok := false
	if len(b) == 10 && b[4] == '-' && b[7] == '-' {
		d, ok = isoDate(b)
	} else {
		d, ok = ParseDate(string(b))
	}
	return d, ok && d >= claims.MinDate && d <= claims.MaxDate
}

// parseFloat is strconv.ParseFloat on a cell's bytes without copying them: the
// string shares b's memory only for the call (the error, which would keep it, is
// dropped by the caller).
func parseFloat(b []byte) (float64, error) {
	if len(b) == 0 {
		return strconv.ParseFloat("", 64)
	}
	v, err := strconv.ParseFloat(unsafe.String(&b[0], len(b)), 64)
	if err != nil {
		return 0, errBadFloat
	}
	return v, nil
}

var errBadFloat = errors.New("acled: not a number")

// parseFatalities reads a fatalities cell: ASCII digits only (no sign, no space,
// no decimal point), at most claims.Inf-1; an empty cell is Unknown, never 0.
func parseFatalities(b []byte) (claims.Figure, bool) {
	if len(b) == 0 {
		return claims.Figure{}, true
	}
	var n int64
	for _, c := range b {
		if c < '0' || c > '9' || n > (claims.Inf-1-int64(c-'0'))/10 {
			return claims.Figure{}, false
		}
		n = n*10 + int64(c-'0')
	}
	return claims.N(n), true
}

// split cuts a ";"-separated ACLED list into its trimmed, non-empty items.
func split(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for item := range strings.SplitSeq(s, ";") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
	"sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
	"dec": 12, "december": 12,
}

// ParseDate reads an ACLED event_date in the forms found in exports: 2023-02-16,
// 16 February 2023, 16-Feb-23 and 16-Feb-2023. Two-digit years 90-99 are read as
// 19xx and 00-89 as 20xx, since ACLED's data begin in 1997.
func ParseDate(s string) (claims.Date, bool) {
	if len(s) == 10 && s[4] == '-' {
		d, err := claims.ParseDate(s)
		return d, err == nil
	}
	var parts []string
	if strings.Contains(s, "-") {
		parts = strings.Split(s, "-")
	} else {
		parts = strings.Fields(s)
	}
	if len(parts) != 3 {
		return 0, false
	}
	day, err1 := strconv.Atoi(parts[0])
	m, ok := months[strings.ToLower(parts[1])]
	year, err2 := strconv.Atoi(parts[2])
	if err1 != nil || !ok || err2 != nil || year < 0 {
		return 0, false
	}
	switch len(parts[2]) {
	case 2:
		if year >= 90 {
			year += 1900
		} else {
			year += 2000
		}
	case 4:
	default:
		return 0, false
	}
	d, err := claims.ParseDate(fmt.Sprintf("%04d-%02d-%02d", year, m, day))
	return d, err == nil
}

// actorLabels are ACLED's text labels for inter1 and inter2, lower-cased, with the
// singular forms that appear in some exports.
var actorLabels = map[string]claims.ActorType{
	"state forces": claims.StateForces, "state force": claims.StateForces,
	"rebel groups": claims.RebelGroup, "rebel group": claims.RebelGroup,
	"political militias": claims.PoliticalMilitia, "political militia": claims.PoliticalMilitia,
	"identity militias": claims.IdentityMilitia, "identity militia": claims.IdentityMilitia,
	"rioters": claims.Rioters, "protesters": claims.Protesters,
	"civilians":             claims.CiviliansActor,
	"external/other forces": claims.ExternalForces, "external/other force": claims.ExternalForces,
}

// ParseActorType reads an inter1 or inter2 cell: a number 0-8 (0 is no actor) or
// ACLED's text label (codebook, "Actor types"). An empty cell is unspecified.
func ParseActorType(s string) (claims.ActorType, error) { return parseActorType([]byte(s)) }

func parseActorType(b []byte) (claims.ActorType, error) {
	if len(b) == 0 {
		return claims.ActorUnspecified, nil
	}
	if len(b) == 1 && b[0] >= '0' && b[0] <= '8' {
		return claims.ActorType(b[0] - '0'), nil
	}
	if n, err := strconv.Atoi(string(b)); err == nil {
		return 0, fmt.Errorf("actor type %d is not 0-8", n)
	}
	if t, ok := actorLabels[strings.ToLower(string(b))]; ok {
		return t, nil
	}
	return 0, fmt.Errorf("actor type %q is neither 0-8 nor an ACLED label", b)
}

// both returns an error that wraps this package's sentinel and the claims sentinel
// it shares, reading "sentinel's text: detail".
func both(own, shared error, detail string) error {
	return &twoErr{msg: strings.TrimPrefix(own.Error(), "acled: ") + ": " + detail, errs: [2]error{own, shared}}
}

type twoErr struct {
	msg  string
	errs [2]error
}

func (e *twoErr) Error() string   { return e.msg }
func (e *twoErr) Unwrap() []error { return e.errs[:] }
