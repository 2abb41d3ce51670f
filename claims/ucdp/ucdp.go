package ucdp

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bilan-dev/bilan/claims"
)

// Errors about UCDP rows wrap these sentinels, inside a *claims.ParseError.
var (
	ErrHeader = errors.New("ucdp: not a UCDP header")
	ErrField  = errors.New("ucdp: bad field")
	// ErrInconsistent marks a warning: a row read and kept whose figures disagree
	// with each other.
	ErrInconsistent = errors.New("ucdp: inconsistent figures")
)

// Layout is the 49-column order of GED and Candidate files, the order a headerless
// Candidate file is read in.
var Layout = []string{
	"id", "relid", "year", "active_year", "code_status", "type_of_violence",
	"conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name",
	"side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
	"number_of_sources", "source_article", "source_office", "source_date", "source_headline", "source_original",
	"where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude",
	"geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
	"date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
	"best", "high", "low", "gwnoa", "gwnob",
}

const (
	colID = iota
	colType
	colSideA
	colSideB
	colNSources
	colOffice
	colOriginal
	colWherePrec
	colWhere
	colAdm1
	colAdm2
	colLat
	colLon
	colCountry
	colDatePrec
	colStart
	colEnd
	colDeathsA
	colDeathsB
	colDeathsCiv
	colDeathsUnk
	colBest
	colHigh
	colLow
	colYear
	nCols
)

var colNames = [nCols]string{
	"id", "type_of_violence", "side_a", "side_b", "number_of_sources", "source_office", "source_original",
	"where_prec", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "country",
	"date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
	"best", "high", "low", "year",
}

// aliases are older names of columns.
var aliases = map[string]int{"best_est": colBest, "high_est": colHigh, "low_est": colLow}

var required = []int{colID, colType, colSideA, colSideB, colCountry, colStart, colBest}

// IsHeader reports whether a CSV header row is a UCDP GED or Candidate header: it
// names id, date_start and best (or best_est).
func IsHeader(header []string) bool {
	var id, start, best bool
	for _, h := range header {
		switch clean(h) {
		case "id":
			id = true
		case "date_start":
			start = true
		case "best", "best_est":
			best = true
		}
	}
	return id && start && best
}

// IsHeaderless reports whether a first CSV row looks like a headerless Candidate row:
// 49 fields, a numeric id and a date in date_start.
func IsHeaderless(rec []string) bool {
	if len(rec) != len(Layout) {
		return false
	}
	if _, err := strconv.ParseInt(strings.TrimPrefix(rec[0], "\ufeff"), 10, 64); err != nil {
		return false
	}
	_, ok := parseDate(rec[slices.Index(Layout, "date_start")])
	return ok
}

func clean(h string) string {
	return strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
}

// Reader reads events from a UCDP GED or Candidate file. Set its fields before
// calling Events.
type Reader struct {
	// Name is the file name errors carry.
	Name string
	// Strict stops reading at the first bad row. By default a bad row yields its
	// error, is counted in Skipped, and reading goes on.
	Strict bool
	// NoHeader reads the file as a headerless Candidate file in the 49-column
	// Layout. Without it a headerless file is recognised by its first row.
	NoHeader bool
	// Candidate names the claims' source "UCDP Candidate" instead of "UCDP GED".
	// A headerless file is always a Candidate file.
	Candidate bool
	// Warn, when set, receives each warning: a row read and kept whose figures
	// are inconsistent (ErrInconsistent), as a *claims.ParseError.
	Warn func(error)

	r        io.Reader
	skipped  int
	line     int
	rows     int
	warnings int
}

// NewReader returns a Reader that reads from r.
func NewReader(r io.Reader) *Reader { return &Reader{r: r} }

// Skipped returns how many rows were bad and skipped so far.
func (r *Reader) Skipped() int { return r.skipped }

// Rows returns how many data rows were read so far, good or bad.
func (r *Reader) Rows() int { return r.rows }

// Line returns the line on which the row last read by Events begins.
func (r *Reader) Line() int { return r.line }

// Warnings returns how many warnings were raised so far.
func (r *Reader) Warnings() int { return r.warnings }

func (r *Reader) fail(line, col int, field string, err error) *claims.ParseError {
	return &claims.ParseError{File: r.Name, Line: line, Column: col, Field: field, Err: err}
}

// Events returns an iterator over the file's events, in file order. A bad row yields
// a zero Event and a *claims.ParseError; an unreadable header or a broken CSV stream
// ends the iteration after its error.
func (r *Reader) Events() iter.Seq2[claims.Event, error] {
	return func(yield func(claims.Event, error) bool) {
		br := bufio.NewReaderSize(r.r, 1<<16)
		cr := csv.NewReader(br)
		cr.ReuseRecord = true
		cr.FieldsPerRecord = -1
		first, err := cr.Read()
		if err != nil {
			if err == io.EOF {
				err = fmt.Errorf("%w: empty file", ErrHeader)
			}
			yield(claims.Event{}, r.fail(1, 0, "", err))
			return
		}
		header := slices.Clone(first)
		pending := false // the first row is data
		if r.NoHeader || (!IsHeader(header) && IsHeaderless(header)) {
			header, pending = Layout, true
			r.Candidate = true
		}
		cols, extra, err := r.columns(header)
		if err != nil {
			yield(claims.Event{}, err)
			return
		}
		src := claims.Source{Name: "UCDP GED", Kind: claims.Monitor}
		if r.Candidate {
			src.Name = "UCDP Candidate"
		}
		for {
			var rec []string
			if pending {
				rec, pending = first, false
			} else if rec, err = cr.Read(); err == io.EOF {
				return
			} else if err != nil {
				var pe *csv.ParseError
				if !errors.As(err, &pe) {
					yield(claims.Event{}, r.fail(0, 0, "", err))
					return
				}
				// encoding/csv goes on at the record after the broken one.
				r.rows++
				r.skipped++
				if !yield(claims.Event{}, r.fail(pe.Line, pe.Column, "", fmt.Errorf("%w: %v", ErrField, pe.Err))) || r.Strict {
					return
				}
				continue
			}
			r.rows++
			line, _ := cr.FieldPos(0)
			r.line = line
			var ev claims.Event
			var perr error
			if len(rec) != len(header) {
				perr = r.fail(line, 0, "", fmt.Errorf("%w: %w: %d fields, the header has %d", ErrField, claims.ErrFieldCount, len(rec), len(header)))
			} else {
				ev, perr = r.event(rec, cols, extra, header, cr, src)
			}
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
	}
}

func (r *Reader) columns(header []string) (cols [nCols]int, extra []int, err error) {
	for i := range cols {
		cols[i] = -1
	}
	seen := make(map[string]bool, len(header))
	for i, h := range header {
		if !utf8.ValidString(h) {
			return cols, nil, r.fail(1, i+1, "", fmt.Errorf("%w: column %d: invalid UTF-8", ErrHeader, i+1))
		}
		name := clean(h)
		if seen[name] {
			return cols, nil, r.fail(1, i+1, h, fmt.Errorf("%w: column %q twice", ErrHeader, name))
		}
		seen[name] = true
		c := slices.Index(colNames[:], name)
		if a, ok := aliases[name]; ok {
			c = a
		}
		if c < 0 {
			extra = append(extra, i)
			continue
		}
		if cols[c] >= 0 {
			return cols, nil, r.fail(1, i+1, h, fmt.Errorf("%w: %s given twice (%s)", ErrHeader, colNames[c], name))
		}
		cols[c] = i
	}
	for _, c := range required {
		if cols[c] < 0 {
			return cols, nil, r.fail(1, 0, colNames[c], fmt.Errorf("%w: missing column %s", ErrHeader, colNames[c]))
		}
	}
	return cols, extra, nil
}

// parseDate reads a UCDP date: 2023-02-16, or with a time of day after it
// ("2023-02-16 00:00:00.000", as some exports write).
func parseDate(s string) (claims.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 10 && (s[10] == ' ' || s[10] == 'T') {
		s = s[:10]
	}
	d, err := claims.ParseDate(s)
	return d, err == nil && d >= claims.MinDate && d <= claims.MaxDate
}

var violence = map[string]string{"1": "State-based conflict", "2": "Non-state conflict", "3": "One-sided violence"}

// sideGroup is the group whose deaths a side's column counts.
func sideGroup(name string) claims.Group {
	switch {
	case strings.HasPrefix(name, "Government of"):
		return claims.SecurityForces
	case strings.EqualFold(name, "Civilians"):
		return claims.Civilians
	}
	return claims.Militants
}

func sideType(name string, side byte, violenceType string) claims.ActorType {
	switch {
	case strings.HasPrefix(name, "Government of"):
		return claims.StateForces
	case strings.EqualFold(name, "Civilians"):
		return claims.CiviliansActor
	case side == 'b' && violenceType == "1":
		return claims.RebelGroup
	}
	return claims.ActorUnspecified
}

func (r *Reader) event(rec []string, cols [nCols]int, extra []int, header []string, cr *csv.Reader, src claims.Source) (claims.Event, error) {
	for i, f := range rec {
		if !utf8.ValidString(f) {
			line, col := cr.FieldPos(i)
			return claims.Event{}, r.fail(line, col, clean(header[i]), fmt.Errorf("%w: invalid UTF-8", ErrField))
		}
	}
	get := func(c int) string {
		if cols[c] < 0 {
			return ""
		}
		v := strings.TrimSpace(rec[cols[c]])
		if v == "NA" { // R's missing value, as write.csv leaves it
			return ""
		}
		return v
	}
	pos := func(c int) (int, int) {
		if cols[c] >= 0 {
			return cr.FieldPos(cols[c])
		}
		line, _ := cr.FieldPos(0)
		return line, 0 // the column is absent
	}
	bad := func(c int, format string, a ...any) error {
		line, col := pos(c)
		return r.fail(line, col, colNames[c], fmt.Errorf("%w: "+format, append([]any{ErrField}, a...)...))
	}
	ev := claims.Event{ID: get(colID), ActorsUndirected: true}
	if ev.ID == "" {
		return ev, bad(colID, "empty id")
	}
	var ok bool
	if ev.Date, ok = parseDate(get(colStart)); !ok {
		return ev, bad(colStart, "date_start %q is not a date", get(colStart))
	}
	if s := get(colEnd); s != "" {
		end, ok := parseDate(s)
		if !ok || end < ev.Date {
			return ev, bad(colEnd, "date_end %q is not a date on or after date_start", s)
		}
		if end != ev.Date {
			ev.End = end
		}
	}
	if p, err := code(get(colDatePrec), 5); err != nil {
		return ev, bad(colDatePrec, "date_prec %v", err)
	} else {
		ev.DatePrecision = claims.DatePrecision(p)
	}
	ev.Place = claims.Place{Country: get(colCountry), Admin1: get(colAdm1), Admin2: get(colAdm2), Locality: get(colWhere)}
	if ev.Place.Country == "" {
		return ev, bad(colCountry, "empty country")
	}
	if p, err := code(get(colWherePrec), 7); err != nil {
		return ev, bad(colWherePrec, "where_prec %v", err)
	} else {
		ev.Place.Precision = claims.GeoExact + claims.GeoPrecision(p) // where_prec 1 is GeoExact
	}
	if lat, lon := get(colLat), get(colLon); lat != "" || lon != "" {
		la, err1 := strconv.ParseFloat(lat, 64)
		lo, err2 := strconv.ParseFloat(lon, 64)
		switch {
		case err1 != nil || la < -90 || la > 90:
			return ev, bad(colLat, "latitude %q", lat)
		case err2 != nil || lo < -180 || lo > 180:
			return ev, bad(colLon, "longitude %q", lon)
		}
		ev.Place.Coords = &claims.LatLon{Lat: la, Lon: lo}
	}
	vt := get(colType)
	if ev.Type, ok = violence[vt]; !ok {
		return ev, bad(colType, "type_of_violence %q is not 1, 2 or 3", vt)
	}
	a, b := get(colSideA), get(colSideB)
	ev.Perpetrator = claims.Actor{Name: a, Type: sideType(a, 'a', vt)}
	ev.Target = claims.Actor{Name: b, Type: sideType(b, 'b', vt)}

	var keep map[string]string
	put := func(k, v string) {
		if keep == nil {
			keep = make(map[string]string, len(extra)+4)
		}
		keep[k] = v
	}

	// Figures.
	count := func(c int) (int64, bool, error) {
		s := get(c)
		if s == "" {
			return 0, false, nil
		}
		n, ok := wholeNumber(s)
		if !ok {
			return 0, false, bad(c, "%s %q is not a whole number", colNames[c], s)
		}
		return n, true, nil
	}
	best, hasBest, err := count(colBest)
	if err != nil {
		return ev, err
	}
	if !hasBest {
		return ev, bad(colBest, "empty best")
	}
	low, hasLow, err := count(colLow)
	if err != nil {
		return ev, err
	}
	high, hasHigh, err := count(colHigh)
	if err != nil {
		return ev, err
	}
	if !hasLow {
		low = best
	}
	if !hasHigh {
		high = best
	}
	line, _ := cr.FieldPos(0)
	if low > best || best > high {
		r.warn(r.fail(line, 0, "best", fmt.Errorf("%w: low %d, best %d, high %d: kept as read", ErrInconsistent, low, best, high)))
		put("low", get(colLow))
		put("high", get(colHigh))
		put("best", get(colBest))
	}
	lo, hi := min(low, best, high), max(low, best, high)

	type share struct {
		g claims.Group
		n int64
	}
	var shares []share
	var sum int64
	merged := false
	for _, d := range []struct {
		c int
		g claims.Group
	}{{colDeathsA, sideGroup(a)}, {colDeathsB, sideGroup(b)}, {colDeathsCiv, claims.Civilians}, {colDeathsUnk, claims.UnknownGroup}} {
		n, has, err := count(d.c)
		if err != nil {
			return ev, err
		}
		if !has || n == 0 {
			continue
		}
		if sum > claims.Inf-1-n {
			return ev, bad(d.c, "deaths by side add up to more than %d", int64(claims.Inf-1))
		}
		sum += n
		if i := slices.IndexFunc(shares, func(s share) bool { return s.g == d.g }); i >= 0 {
			shares[i].n += n
			merged = true
			continue
		}
		shares = append(shares, share{d.g, n})
	}
	if merged {
		put("deaths_a", get(colDeathsA))
		put("deaths_b", get(colDeathsB))
	}
	if sum != best && cols[colDeathsA] >= 0 {
		// Warned here; the figure below falls back on the total.
		r.warn(r.fail(line, 0, "best", fmt.Errorf("%w: deaths by side add up to %d, best is %d: kept as read", ErrInconsistent, sum, best)))
		put("deaths_a", get(colDeathsA))
		put("deaths_b", get(colDeathsB))
		put("deaths_civilians", get(colDeathsCiv))
		put("deaths_unknown", get(colDeathsUnk))
	}
	var figs []claims.Count
	consistent := sum == best || cols[colDeathsA] < 0
	switch {
	case !consistent || len(shares) <= 1:
		// The total on one group; when the split contradicts best, on the
		// unknown group, the split kept in Extra.
		g := claims.UnknownGroup
		if consistent && len(shares) == 1 {
			g = shares[0].g
		}
		f := claims.BetweenBest(lo, best, hi)
		if lo == hi {
			f = claims.N(best)
		}
		figs = []claims.Count{{Outcome: claims.Killed, Group: g, Figure: f}}
	default:
		for _, s := range shares {
			figs = append(figs, claims.Count{Outcome: claims.Killed, Group: s.g, Figure: claims.N(s.n)})
		}
		if lo != hi {
			put("low", strconv.FormatInt(low, 10))
			put("high", strconv.FormatInt(high, 10))
		}
	}
	slices.SortFunc(figs, func(x, y claims.Count) int { return int(x.Group) - int(y.Group) })

	c := claims.Claim{Source: src, ReportedAt: ev.Date, Stance: claims.Reports, Figures: figs,
		Wording: get(colOriginal), Sources: split(get(colOffice))}
	if ev.End != 0 {
		c.ReportedAt = ev.End
	}
	ev.Claims = []claims.Claim{c}

	if n := get(colNSources); n != "" && n != "-1" {
		if _, err := strconv.Atoi(n); err != nil {
			return ev, bad(colNSources, "number_of_sources %q is not a whole number", n)
		}
		put("number_of_sources", n)
	}
	for _, i := range extra {
		if v := strings.TrimSpace(rec[i]); v != "" {
			put(clean(header[i]), v)
		}
	}
	ev.Extra = keep
	return ev, nil
}

func (r *Reader) warn(err error) {
	r.warnings++
	if r.Warn != nil {
		r.Warn(err)
	}
}

// code reads a precision code 1..n and returns it less one; empty is 0.
func code(s string, n int) (int, error) {
	if s == "" {
		return 0, nil
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 1 || v > n {
		return 0, fmt.Errorf("%q is not 1-%d", s, n)
	}
	return v - 1, nil
}

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

// wholeNumber reads a count cell: ASCII digits only (no sign, space or decimal
// point), below claims.Inf.
func wholeNumber(s string) (int64, bool) {
	if s == "" {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' || n > (claims.Inf-1-int64(c-'0'))/10 {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}
