package claims

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
)

// Decoder reads a native dataset, JSON or CSV, one event at a time, in memory that
// does not grow with the number of events (beyond the set of IDs met, which
// uniqueness needs): the reader behind every path that reads a native file.
//
// Events yields each event checked as Dataset.Validate checks it; an invalid event
// comes with a *ValidationError listing its problems and reading goes on, so that
// every problem of a file is reported; a syntax error yields a *ParseError with the line
// and column, and ends the sequence. Period claims, which follow the events in both
// formats, are checked and kept for Periods.
//
// The JSON is read strictly: invalid UTF-8, unknown members, a member given twice
// in one object (encoding/json would keep the last silently), a missing or
// different format version and trailing data are errors. A UTF-8 byte order mark
// before the document is skipped.
type Decoder struct {
	name    string
	br      *bufio.Reader
	periods []PeriodClaim
	val     streamValidator
	// noValidate skips the checks of Dataset.Validate (ReadJSON and ReadCSV
	// decode without validating); figures in the wrong form are still reported.
	noValidate bool
}

// NewDecoder returns a Decoder reading r; name is the file name errors carry.
func NewDecoder(r io.Reader, name string) *Decoder {
	return &Decoder{name: name, br: bufio.NewReaderSize(r, 1<<16)}
}

// Periods returns the period claims, once Events has been ranged over to the end.
func (d *Decoder) Periods() []PeriodClaim { return d.periods }

// Events returns the dataset's events in file order; see Decoder.
func (d *Decoder) Events() iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		if isJSON(d.br) {
			d.jsonEvents(yield)
		} else {
			d.csvEvents(yield)
		}
	}
}

// check validates an event as Dataset.Validate does, unless validation is off.
func (d *Decoder) check(e *Event, formErr error) error {
	var ps []Problem
	ps = append(ps, Problems(formErr)...)
	if !d.noValidate {
		ps = append(ps, Problems(d.val.event(e))...)
	}
	if len(ps) > 0 {
		return &ValidationError{Problems: ps}
	}
	return nil
}

func (d *Decoder) checkPeriod(p *PeriodClaim, formErr error) error {
	var ps []Problem
	ps = append(ps, Problems(formErr)...)
	if !d.noValidate {
		ps = append(ps, Problems(d.val.period(p))...)
	}
	if len(ps) > 0 {
		return &ValidationError{Problems: ps}
	}
	return nil
}

func (d *Decoder) csvEvents(yield func(Event, error) bool) {
	stopped := false
	n := 0
	emit := func(e *Event) bool {
		err := d.check(e, nil)
		n++
		stopped = !yield(*e, err)
		return !stopped
	}
	ds, err := readCSV(d.br, d.name, emit)
	if stopped {
		return
	}
	if err != nil {
		yield(Event{}, err)
		return
	}
	var ps []Problem
	for i := range ds.Periods {
		if err := d.checkPeriod(&ds.Periods[i], nil); err != nil {
			ps = append(ps, Problems(err)...)
		}
	}
	d.periods = ds.Periods
	if len(ps) > 0 {
		yield(Event{}, &ValidationError{Problems: ps})
	}
}

// lineTracker counts the lines of a stream up to an offset: it keeps the bytes
// read since the last offset it was moved to, which the JSON decoder's own buffer
// bounds.
type lineTracker struct {
	r        io.Reader
	buf      []byte
	base     int64 // the stream offset of buf[0]
	baseLine int   // the line at base
	baseCol  int   // the 1-based byte column at base
}

func (t *lineTracker) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	t.buf = append(t.buf, p[:n]...)
	return n, err
}

// at returns the line and column of stream offset off, at or after base.
func (t *lineTracker) at(off int64) (line, col int) {
	i := min(max(int(off-t.base), 0), len(t.buf))
	pre := t.buf[:i]
	line = t.baseLine + bytes.Count(pre, []byte{'\n'})
	if k := bytes.LastIndexByte(pre, '\n'); k >= 0 {
		return line, i - k
	}
	return line, t.baseCol + i
}

// bytes returns the stream's bytes [from, to), which must not lie before base.
func (t *lineTracker) bytes(from, to int64) []byte {
	a := min(max(int(from-t.base), 0), len(t.buf))
	b := min(max(int(to-t.base), a), len(t.buf))
	return t.buf[a:b]
}

// advance forgets the bytes before off.
func (t *lineTracker) advance(off int64) {
	i := min(max(int(off-t.base), 0), len(t.buf))
	pre := t.buf[:i]
	t.baseLine += bytes.Count(pre, []byte{'\n'})
	if k := bytes.LastIndexByte(pre, '\n'); k >= 0 {
		t.baseCol = i - k
	} else {
		t.baseCol += i
	}
	t.base += int64(i)
	t.buf = append(t.buf[:0], t.buf[i:]...)
}

func (d *Decoder) jsonEvents(yield func(Event, error) bool) {
	// Skip a byte order mark: encoding/json does not.
	if b, _ := d.br.Peek(3); bytes.Equal(b, []byte("\ufeff")) {
		d.br.Discard(3)
	}
	lt := &lineTracker{r: d.br, baseLine: 1, baseCol: 1}
	dec := json.NewDecoder(lt)
	dec.DisallowUnknownFields()
	fail := func(off int64, field string, err error) {
		line, col := lt.at(off)
		yield(Event{}, &ParseError{File: d.name, Line: line, Column: col, Field: field, Err: err})
	}
	syntax := func(err error) {
		var syn *json.SyntaxError
		switch {
		case errors.As(err, &syn):
			fail(syn.Offset, "", fmt.Errorf("%w: %s", ErrSyntax, syn.Error()))
		case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
			fail(dec.InputOffset()+int64(dec.Buffered().(*bytes.Reader).Len()), "", fmt.Errorf("%w: unexpected end of JSON (truncated file?)", ErrSyntax))
		default:
			fail(dec.InputOffset(), "", fmt.Errorf("%w: %v", ErrSyntax, err))
		}
	}
	tok, err := dec.Token()
	if err != nil {
		syntax(err)
		return
	}
	if tok != json.Delim('{') {
		fail(0, "", fmt.Errorf("%w: a native dataset is a JSON object", ErrSyntax))
		return
	}
	seen := map[string]int{}
	format := ""
	formatLine := 1
	events := 0
	var periodProblems []Problem
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			syntax(err)
			return
		}
		key, _ := tok.(string)
		keyOff := dec.InputOffset() - int64(len(key)) - 2 // where the name's quote is (unescaped names)
		line, _ := lt.at(keyOff)
		if first, dup := seen[key]; dup {
			fail(keyOff, key, fmt.Errorf("%w: member %q given twice (first on line %d)", ErrSyntax, key, first))
			return
		}
		seen[key] = line
		switch key {
		case "format":
			formatLine = line
			if err := dec.Decode(&format); err != nil {
				d.jsonValueError(lt, dec, nil, 0, "format", err, yield)
				return
			}
			if format != FormatVersion && format != FormatVersion1 {
				yield(Event{}, &ParseError{File: d.name, Line: formatLine, Field: "format",
					Err: fmt.Errorf("%w: format %q, want %q or %q", ErrFormat, format, FormatVersion, FormatVersion1)})
				return
			}
		case "events", "periods":
			tok, err := dec.Token()
			if err != nil {
				syntax(err)
				return
			}
			if tok == nil {
				continue // null: none
			}
			if tok != json.Delim('[') {
				fail(dec.InputOffset(), key, fmt.Errorf("%w: %s is not an array", ErrSyntax, key))
				return
			}
			for dec.More() {
				// One pass of encoding/json over each element, with the duplicate
				// and UTF-8 checks run on its bytes as the line tracker holds them.
				pre := dec.InputOffset()
				var ew eventWire
				var pw periodWire
				var target any = &ew
				if key == "periods" {
					target = &pw
				}
				derr := dec.Decode(target)
				var syn *json.SyntaxError
				if derr != nil && (errors.As(derr, &syn) || errors.Is(derr, io.ErrUnexpectedEOF) || errors.Is(derr, io.EOF)) {
					syntax(derr)
					return
				}
				end := dec.InputOffset()
				raw := lt.bytes(pre, end)
				k := 0
				for k < len(raw) && (raw[k] == ' ' || raw[k] == '\t' || raw[k] == '\r' || raw[k] == '\n') {
					k++
				}
				if k < len(raw) && raw[k] == ',' {
					k++ // the comma before the element: encoding/json's offsets start after it
				}
				dataStart := pre + int64(k)
				raw = raw[k:]
				if derr != nil {
					d.jsonValueError(lt, dec, raw, dataStart, key, derr, yield)
					return
				}
				start := dataStart
				if i := invalidUTF8(raw); i >= 0 {
					fail(start+int64(i), "", fmt.Errorf("%w: invalid UTF-8", ErrSyntax))
					return
				}
				if k, off, dup := duplicateKey(raw); dup {
					fail(start+int64(off), key+"."+k, fmt.Errorf("%w: member %q given twice in one object", ErrSyntax, k))
					return
				}
				lt.advance(start) // raw is no longer valid after this
				if key == "events" {
					w := ew
					var v validator
					e := w.Event
					e.Claims = nil
					for j, cw := range w.Claims {
						e.Claims = append(e.Claims, cw.claim(&v, fmt.Sprintf("events[%d] claim %d", events, j+1)))
					}
					if format == FormatVersion1 {
						v.noIdentity(fmt.Sprintf("events[%d]", events), e.Claims)
					}
					events++
					if !yield(e, d.check(&e, v.err())) {
						return
					}
					continue
				}
				w := pw
				var v validator
				p := w.PeriodClaim
				loc := fmt.Sprintf("periods[%d]", len(d.periods))
				var ferr error
				if p.Incidents, ferr = w.Incidents.figure(); ferr != nil {
					v.add(loc+" incidents", ferr)
				}
				p.Claim = w.Claim.claim(&v, loc+" claim")
				if err := d.checkPeriod(&p, v.err()); err != nil {
					periodProblems = append(periodProblems, Problems(err)...)
				}
				d.periods = append(d.periods, p)
			}
			if _, err := dec.Token(); err != nil { // the closing ]
				syntax(err)
				return
			}
		default:
			fail(keyOff, key, fmt.Errorf("%w: unknown member %q", ErrSyntax, key))
			return
		}
	}
	if _, err := dec.Token(); err != nil { // the closing }
		syntax(err)
		return
	}
	if _, err := dec.Token(); err != io.EOF {
		fail(dec.InputOffset(), "", fmt.Errorf("%w: data after the dataset", ErrSyntax))
		return
	}
	if format != FormatVersion && format != FormatVersion1 {
		yield(Event{}, &ParseError{File: d.name, Line: formatLine, Field: "format",
			Err: fmt.Errorf("%w: format %q, want %q or %q", ErrFormat, format, FormatVersion, FormatVersion1)})
		return
	}
	if len(periodProblems) > 0 {
		yield(Event{}, &ValidationError{Problems: periodProblems})
	}
}

// jsonValueError reports an error decoding one value that begins at stream offset
// start (raw, when given, is its text), at the right line, as ReadJSON did for a
// whole file.
func (d *Decoder) jsonValueError(lt *lineTracker, dec *json.Decoder, raw []byte, start int64, path string, err error, yield func(Event, error) bool) {
	off := dec.InputOffset()
	pe := &ParseError{File: d.name}
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off = start + syn.Offset
		err = fmt.Errorf("%w: %s", ErrSyntax, syn.Error())
	case errors.As(err, &typ):
		off = start + typ.Offset
		pe.Field = jsonPath(path + "." + typ.Field)
		err = fmt.Errorf("%w: %s is a JSON %s, want %s", ErrSyntax, pe.Field, typ.Value, typ.Type)
	case errors.Is(err, ErrUnknownValue) || errors.Is(err, ErrDate) || errors.Is(err, ErrFigure):
		// encoding/json gives no offset for a value its TextUnmarshaler rejects:
		// point at the first place the rejected value appears as a JSON string.
		var ve *valueError
		if errors.As(err, &ve) {
			q, _ := json.Marshal(ve.value)
			if i := bytes.Index(raw, q); i >= 0 {
				off = start + int64(i)
			}
		}
	default:
		if raw != nil {
			off = start
		}
		err = fmt.Errorf("%w: %s", ErrSyntax, err.Error())
	}
	pe.Line, pe.Column = lt.at(off)
	pe.Err = err
	yield(Event{}, pe)
}

// duplicateKey finds a member name given twice in one object of the valid JSON
// value b, and its offset. Names are compared as written (an escaped spelling of
// a name counts as another name).
func duplicateKey(b []byte) (string, int, bool) {
	// keys holds the names of the open objects, each object's from its mark on;
	// objects have few members, so a linear search beats a map.
	var keys [][]byte
	var marks []int // for each open object or array: where its names begin in keys, -1 for an array
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case '{':
			marks = append(marks, len(keys))
		case '[':
			marks = append(marks, -1)
		case '}', ']':
			if n := len(marks); n > 0 {
				if m := marks[n-1]; m >= 0 {
					keys = keys[:m]
				}
				marks = marks[:n-1]
			}
		case '"':
			j := i + 1
			for j < len(b) && b[j] != '"' {
				if b[j] == '\\' {
					j++
				}
				j++
			}
			name := b[i+1 : min(j, len(b))]
			k := j + 1
			for k < len(b) && (b[k] == ' ' || b[k] == '\t' || b[k] == '\n' || b[k] == '\r') {
				k++
			}
			if n := len(marks); n > 0 && marks[n-1] >= 0 && k < len(b) && b[k] == ':' {
				for _, prev := range keys[marks[n-1]:] {
					if bytes.Equal(prev, name) {
						return string(name), i, true
					}
				}
				keys = append(keys, name)
			}
			i = j
		}
	}
	return "", 0, false
}

// streamValidator checks a dataset record by record with Dataset.Validate's rules,
// keeping only the IDs met.
type streamValidator struct {
	seen             map[string]int32 // event i as i+1, period i as -(i+1)
	claimIDs         map[string]string
	events, nPeriods int
}

func (s *streamValidator) id(v *validator, kind, id string, i int) string {
	if s.seen == nil {
		s.seen = make(map[string]int32)
	}
	loc := fmt.Sprintf("%s %s", kind, id)
	if id == "" {
		loc = fmt.Sprintf("%ss[%d]", kind, i)
		v.add(loc+" id", fmt.Errorf("%w: missing id", ErrInvalid))
		return loc
	}
	if prev, dup := s.seen[id]; dup {
		where := fmt.Sprintf("events[%d]", prev-1)
		if prev < 0 {
			where = fmt.Sprintf("periods[%d]", -prev-1)
		}
		v.add(loc+" id", fmt.Errorf("%w: duplicate id %q (also %s)", ErrInvalid, id, where))
		return loc
	}
	n := int32(i + 1)
	if kind == "period" {
		n = -n
	}
	// A clone: the ID may share its memory with a whole record (encoding/csv
	// gives a record's fields as slices of one string).
	s.seen[strings.Clone(id)] = n
	return loc
}

func (s *streamValidator) event(e *Event) error {
	var v validator
	loc := s.id(&v, "event", e.ID, s.events)
	s.events++
	v.event(loc, e)
	s.claimIDsOf(&v, loc, e.Claims)
	return v.err()
}

func (s *streamValidator) period(p *PeriodClaim) error {
	var v validator
	loc := s.id(&v, "period", p.ID, s.nPeriods)
	s.nPeriods++
	v.period(loc, p)
	s.claimIDsOf(&v, loc, []Claim{p.Claim})
	return v.err()
}
