package claims

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors. Every error of this package about data wraps one of them, so
// callers can test with errors.Is.
var (
	ErrFigure        = errors.New("claims: bad figure")
	ErrUnknownValue  = errors.New("claims: unknown value")
	ErrDate          = errors.New("claims: bad date")
	ErrInvalid       = errors.New("claims: invalid dataset")
	ErrSyntax        = errors.New("claims: syntax error")
	ErrMissingColumn = errors.New("claims: missing column")
	ErrFieldCount    = errors.New("claims: wrong number of fields")
	ErrFormat        = errors.New("claims: unrecognised format")
)

// ParseError is an error in a file at a line and field, like encoding/csv's
// ParseError. It unwraps to the underlying error, which wraps a package sentinel.
type ParseError struct {
	File   string // the file name, "" for an unnamed reader
	Line   int    // 1-based line; 0 when unknown
	Column int    // 1-based byte column in the line, as encoding/csv counts; 0 when unknown
	Field  string // the CSV column or JSON field, "" when unknown
	Err    error
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		if e.File == "" {
			b.WriteString("line ")
		} else {
			b.WriteString(":")
		}
		fmt.Fprintf(&b, "%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	if b.Len() == 0 {
		b.WriteString("claims")
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ": field %s", e.Field)
	}
	b.WriteString(": ")
	b.WriteString(trimPackage(e.Err.Error()))
	return b.String()
}

// trimPackage drops the "pkg: " prefix of a sentinel's text (claims', a reader's
// or any other package's), which the location already stands in for: a first word
// of lower-case letters followed by ": ".
func trimPackage(s string) string {
	i := strings.Index(s, ": ")
	if i <= 0 {
		return s
	}
	for _, c := range s[:i] {
		if c < 'a' || c > 'z' {
			return s
		}
	}
	return s[i+2:]
}

func (e *ParseError) Unwrap() error { return e.Err }

// Problem is one thing wrong with a dataset, at a location such as
// "event sahel-001 claim 2 figure 1: min 30 is greater than max 20".
type Problem struct {
	// Location names the record and field: "event E claim 2 figure 1 max",
	// "period P from", "events[3] id"; with Line set when read from a file that has
	// lines (the native CSV).
	Location string
	Line     int
	Err      error
}

func (p Problem) String() string {
	loc := p.Location
	if p.Line > 0 {
		loc = fmt.Sprintf("%d: %s", p.Line, loc)
	}
	return loc + ": " + trimPackage(p.Err.Error())
}

// ValidationError lists every problem Validate found. It unwraps to ErrInvalid and to
// each problem's error.
type ValidationError struct {
	Problems []Problem
}

func (e *ValidationError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "claims: invalid dataset: %d problem", len(e.Problems))
	if len(e.Problems) != 1 {
		b.WriteString("s")
	}
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap returns ErrInvalid followed by the problems' errors.
func (e *ValidationError) Unwrap() []error {
	errs := []error{ErrInvalid}
	for _, p := range e.Problems {
		errs = append(errs, p.Err)
	}
	return errs
}
