package claims

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// FormatVersion is the value of the "format" member of a native JSON dataset that
// the writers write. bilan/2 adds claim identity (a claim's id, revises,
// correction and recorded_at); the readers also read FormatVersion1 files, which
// have none, so that a bilan/1 file converts to bilan/2 with nothing lost.
const (
	FormatVersion  = "bilan/2"
	FormatVersion1 = "bilan/1"
)

// figureJSON is a Figure's JSON form: {"qualifier": "more_than", "min": 2001,
// "max": null}, with "best" and "word" when set. An Unknown figure is
// {"qualifier": "unknown"}.
type figureJSON struct {
	Qualifier Qualifier `json:"qualifier"`
	Min       *int64    `json:"min,omitempty"`
	Max       *int64    `json:"max"`
	Best      *int64    `json:"best,omitempty"`
	Word      string    `json:"word,omitempty"`
}

func (f Figure) toJSON() figureJSON {
	j := figureJSON{Qualifier: f.Qualifier, Word: f.Word}
	if f.Qualifier == Unknown {
		return j
	}
	mn, mx, b := f.Min, f.Max, f.Best
	j.Min = &mn
	if f.Max != Inf {
		j.Max = &mx
	}
	if f.HasBest {
		j.Best = &b
	}
	return j
}

func (j figureJSON) figure() (Figure, error) {
	f := Figure{Qualifier: j.Qualifier, Word: j.Word}
	if j.Qualifier == Unknown {
		if j.Min != nil || j.Max != nil || j.Best != nil {
			return f, fmt.Errorf("%w: an unknown figure carries no numbers", ErrFigure)
		}
		return f, nil
	}
	if j.Min == nil {
		return f, fmt.Errorf("%w: %s figure without min", ErrFigure, j.Qualifier)
	}
	f.Min, f.Max = *j.Min, Inf
	if j.Max != nil {
		f.Max = *j.Max
	}
	if j.Best != nil {
		f.Best, f.HasBest = *j.Best, true
	}
	return f, nil
}

// MarshalJSON implements json.Marshaler: see figureJSON for the form; max is null
// when unbounded.
func (f Figure) MarshalJSON() ([]byte, error) { return json.Marshal(f.toJSON()) }

// UnmarshalJSON implements json.Unmarshaler. It checks the form, not the figure's
// invariants: Validate reports those with their location.
func (f *Figure) UnmarshalJSON(b []byte) error {
	var j figureJSON
	if err := strictUnmarshal(b, &j); err != nil {
		return err
	}
	v, err := j.figure()
	*f = v
	return err
}

type countJSON struct {
	Outcome Outcome `json:"outcome"`
	Group   Group   `json:"group"`
	figureJSON
}

// MarshalJSON writes the count as one flat object: {"outcome": "killed", "group":
// "soldiers", "qualifier": "exact", "min": 26, "max": 26}.
func (c Count) MarshalJSON() ([]byte, error) {
	return json.Marshal(countJSON{c.Outcome, c.Group, c.Figure.toJSON()})
}

// UnmarshalJSON implements json.Unmarshaler.
func (c *Count) UnmarshalJSON(b []byte) error {
	var j countJSON
	if err := strictUnmarshal(b, &j); err != nil {
		return err
	}
	f, err := j.figure()
	*c = Count{Outcome: j.Outcome, Group: j.Group, Figure: f}
	return err
}

func strictUnmarshal(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// The wire forms that ReadJSON decodes into: the model's structs with the figures
// swapped for plain structs (the shallower field wins in encoding/json), so that a
// type error's offset is in the file's terms and figure problems are reported with
// their location.
type (
	claimWire struct {
		Claim
		Figures []countJSON `json:"figures,omitempty"`
	}
	eventWire struct {
		Event
		Claims []claimWire `json:"claims,omitempty"`
	}
	periodWire struct {
		PeriodClaim
		Incidents figureJSON `json:"incidents"`
		Claim     claimWire  `json:"claim"`
	}
)

// WriteJSON writes d as a native JSON dataset, indented, with its format version.
func WriteJSON(w io.Writer, d *Dataset) error {
	jw := NewJSONWriter(w)
	for i := range d.Events {
		if err := jw.WriteEvent(&d.Events[i]); err != nil {
			return err
		}
	}
	for i := range d.Periods {
		if err := jw.WritePeriod(&d.Periods[i]); err != nil {
			return err
		}
	}
	return jw.Close()
}

// JSONWriter writes a native JSON dataset event by event, in constant memory:
// {"format": "bilan/2", "events": [...], "periods": [...]}, indented by two spaces.
// Write every event before the first period claim, then Close, which ends the
// document: output that was not closed is not valid JSON, so a reader cannot take a
// truncated dataset for a whole one.
type JSONWriter struct {
	w       *bufio.Writer
	state   int // 0 nothing written, 1 in events, 2 in periods
	n       int // items written in the current array
	err     error
	scratch bytes.Buffer
}

// NewJSONWriter returns a JSONWriter writing to w.
func NewJSONWriter(w io.Writer) *JSONWriter { return &JSONWriter{w: bufio.NewWriterSize(w, 1<<16)} }

func (jw *JSONWriter) item(v any, state int, name string) error {
	if jw.err != nil {
		return jw.err
	}
	if state < jw.state {
		return fmt.Errorf("claims: JSONWriter: an event after a period claim")
	}
	if jw.state == 0 {
		fmt.Fprintf(jw.w, "{\n  \"format\": %q,\n  \"events\": [", FormatVersion)
		jw.state = 1
	}
	if state > jw.state {
		jw.endArray()
		fmt.Fprintf(jw.w, ",\n  %q: [", name)
		jw.state, jw.n = state, 0
	}
	jw.scratch.Reset()
	enc := json.NewEncoder(&jw.scratch)
	enc.SetEscapeHTML(false)
	enc.SetIndent("    ", "  ")
	if err := enc.Encode(v); err != nil {
		jw.err = err
		return err
	}
	if jw.n > 0 {
		jw.w.WriteByte(',')
	}
	jw.w.WriteString("\n    ")
	jw.w.Write(bytes.TrimRight(jw.scratch.Bytes(), "\n"))
	jw.n++
	return nil
}

func (jw *JSONWriter) endArray() {
	if jw.n > 0 {
		jw.w.WriteString("\n  ")
	}
	jw.w.WriteByte(']')
}

// WriteEvent writes one event.
func (jw *JSONWriter) WriteEvent(e *Event) error { return jw.item(e, 1, "events") }

// WritePeriod writes one period claim, after every event.
func (jw *JSONWriter) WritePeriod(p *PeriodClaim) error { return jw.item(p, 2, "periods") }

// Close ends the document and flushes it.
func (jw *JSONWriter) Close() error {
	if jw.err != nil {
		return jw.err
	}
	if jw.state == 0 {
		fmt.Fprintf(jw.w, "{\n  \"format\": %q,\n  \"events\": [", FormatVersion)
		jw.state = 1
	}
	jw.endArray()
	jw.w.WriteString("\n}\n")
	jw.err = errors.New("claims: JSONWriter closed")
	return jw.w.Flush()
}

// ReadJSON decodes a native JSON dataset. It rejects invalid UTF-8, unknown members,
// a missing or different format version, and trailing data, with a *ParseError that
// gives the line and column. A figure in the wrong form (a known figure without min,
// an unknown one with numbers) is a *ValidationError, returned with the dataset. It
// does not otherwise validate the dataset: see Read.
func ReadJSON(r io.Reader, name string) (*Dataset, error) {
	dec := NewDecoder(r, name)
	dec.noValidate = true
	if !isJSON(dec.br) {
		b, _ := dec.br.Peek(1)
		if len(b) == 0 {
			return nil, &ParseError{File: name, Line: 1, Err: fmt.Errorf("%w: unexpected end of JSON (empty file)", ErrSyntax)}
		}
		return nil, &ParseError{File: name, Line: 1, Column: 1, Err: fmt.Errorf("%w: not a JSON object", ErrSyntax)}
	}
	return decodeAll(dec)
}

func (cw *claimWire) claim(v *validator, loc string) Claim {
	c := cw.Claim
	c.Figures = nil
	for k, cj := range cw.Figures {
		f, err := cj.figure()
		if err != nil {
			v.add(fmt.Sprintf("%s figure %d", loc, k+1), err)
		}
		c.Figures = append(c.Figures, Count{Outcome: cj.Outcome, Group: cj.Group, Figure: f})
	}
	return c
}

// invalidUTF8 returns the offset of the first invalid UTF-8 sequence in b, or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// jsonPath drops the Go names of embedded structs from a decoding error's field path:
// "events.Event.place.lat" is "events.place.lat".
func jsonPath(p string) string {
	parts := strings.Split(p, ".")
	out := parts[:0]
	for _, s := range parts {
		if s != "" && s != "figureJSON" && !(s[0] >= 'A' && s[0] <= 'Z') {
			out = append(out, s)
		}
	}
	return strings.Join(out, ".")
}

// noIdentity reports claim identity in a bilan/1 dataset, which has none (when its
// format member comes before its events, as the writers put it).
func (v *validator) noIdentity(loc string, cs []Claim) {
	for j, c := range cs {
		if c.ID != "" || c.Revises != "" || c.Correction || c.RecordedAt != 0 {
			v.add(fmt.Sprintf("%s claim %d", loc, j+1), fmt.Errorf("%w: claim identity (id, revises, correction, recorded_at) needs format %s", ErrFormat, FormatVersion))
		}
	}
}
