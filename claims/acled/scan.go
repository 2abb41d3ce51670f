package acled

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
)

// Errors of the Scanner, as encoding/csv names them.
var (
	ErrBareQuote = errors.New(`acled: bare " in non-quoted field`)
	ErrQuote     = errors.New(`acled: extraneous or missing " in quoted field`)
)

var quote = []byte{'"'}

// Scanner splits a CSV stream into records, as encoding/csv.Reader does with its
// default settings (comma-separated, RFC 4180 quoting, \r\n read as \n, empty lines
// skipped, no field-count check), but faster: it finds record ends and field
// separators with bytes.IndexByte and returns fields as byte slices into its buffer,
// copying only quoted fields that hold escaped quotes or \r\n. The trends path reads
// a million ACLED rows through it; FuzzScanner holds it to encoding/csv's records.
//
// Use it like bufio.Scanner: call Scan until it returns false, then Err.
type Scanner struct {
	r     io.Reader
	buf   []byte
	start int // unread data is buf[start:end]
	end   int
	eof   bool
	err   error

	rec      []byte  // the current record, without its line end
	bounds   []int   // field i is bounds[2i:2i+2] into rec, or into scratch when escaped
	escaped  []int32 // the fields copied into scratch, in order (quoted fields with "" or \r\n)
	scratch  []byte
	line     int // line of the current record's first byte
	nextLine int
	str      string // rec as a string, made on demand for Text
	strOK    bool
	openAt   int // where the quoted field split found open begins
	recStart int // where the current record begins in buf
	splitted int // bytes split so far, which stays linear in the input (a test reads it)
	errStart int // where the record that failed begins, for Recover
}

// NewScanner returns a Scanner reading from r.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, buf: make([]byte, 1<<20), nextLine: 1}
}

// newScannerBytes returns a Scanner over b, which it reads in place, whose first
// line is numbered line.
func newScannerBytes(b []byte, line int) *Scanner {
	return &Scanner{buf: b, end: len(b), eof: true, nextLine: line}
}

// Err returns the first error met, nil at a clean end of input.
func (s *Scanner) Err() error { return s.err }

// Line returns the line on which the current record begins.
func (s *Scanner) Line() int { return s.line }

// Len returns the number of fields of the current record.
func (s *Scanner) Len() int { return len(s.bounds) / 2 }

// isEscaped reports whether field i was copied into scratch.
func (s *Scanner) isEscaped(i int) bool {
	for _, e := range s.escaped {
		if int(e) == i {
			return true
		}
	}
	return false
}

// Field returns field i of the current record, valid until the next call to Scan.
func (s *Scanner) Field(i int) []byte {
	a, b := s.bounds[2*i], s.bounds[2*i+1]
	if len(s.escaped) > 0 && s.isEscaped(i) {
		return s.scratch[a:b]
	}
	return s.rec[a:b]
}

// Text returns field i as a string. Fields of one record share one allocation.
func (s *Scanner) Text(i int) string {
	a, b := s.bounds[2*i], s.bounds[2*i+1]
	if len(s.escaped) > 0 && s.isEscaped(i) {
		return string(s.scratch[a:b])
	}
	if !s.strOK {
		s.str, s.strOK = string(s.rec), true
	}
	return s.str[a:b]
}

// Pos returns the line and 1-based byte column where field i of the current record
// begins, as encoding/csv's FieldPos does.
func (s *Scanner) Pos(i int) (line, col int) {
	off := s.fieldStart(i)
	pre := s.rec[:off]
	line = s.line + bytes.Count(pre, []byte{'\n'})
	return line, off - bytes.LastIndexByte(pre, '\n')
}

// fieldStart is the offset in rec where field i begins (its opening quote, if any).
func (s *Scanner) fieldStart(i int) int {
	off := 0
	for j := 0; j < i; j++ {
		off = s.fieldEnd(off) + 1
	}
	return off
}

// fieldEnd returns the offset of the comma (or record end) after the field at off.
func (s *Scanner) fieldEnd(off int) int {
	rec := s.rec
	if off < len(rec) && rec[off] == '"' {
		for j := off + 1; j < len(rec); j++ {
			if rec[j] == '"' {
				if j+1 < len(rec) && rec[j+1] == '"' {
					j++
					continue
				}
				return j + 1
			}
		}
		return len(rec)
	}
	if k := bytes.IndexByte(rec[off:], ','); k >= 0 {
		return off + k
	}
	return len(rec)
}

// fill reads more input, keeping buf[keep:end], and reports whether any was read.
func (s *Scanner) fill(keep int) bool {
	if keep > 0 {
		n := copy(s.buf, s.buf[keep:s.end])
		s.start -= keep
		s.end = n
	}
	if s.end == len(s.buf) {
		nb := make([]byte, 2*len(s.buf))
		copy(nb, s.buf[:s.end])
		s.buf = nb
	}
	n, err := s.r.Read(s.buf[s.end:])
	s.end += n
	if err == io.EOF {
		s.eof = true
	} else if err != nil {
		s.err, s.eof = err, true
	}
	return n > 0 || !s.eof
}

// MaxRecord is the longest record, in bytes, that a Scanner accepts: far beyond
// any real ACLED row (a few kilobytes), it stops a quote left open from taking the
// rest of the file into memory.
const MaxRecord = 64 << 20

// ErrLongRecord is the Scanner's error for a record longer than MaxRecord, most
// often a quote that is never closed.
var ErrLongRecord = errors.New("acled: record longer than 64 MiB (a quote never closed?)")

// Scan advances to the next record, and reports false at the end of input or on an
// error. Its cost is linear in the input, an unclosed quote included: a newline
// inside a quoted field sends the search to the next quote, the first place the
// field can close, instead of re-reading the record from its start.
func (s *Scanner) Scan() bool {
	if s.err != nil {
		return false
	}
	s.strOK = false
	for {
		s.line = s.nextLine
		s.recStart = s.start
		p := s.start // where the search for the next newline (or quote) starts
		needQuote := false
		for {
			var k int
			if needQuote {
				k = bytes.IndexByte(s.buf[p:s.end], '"')
			} else {
				k = bytes.IndexByte(s.buf[p:s.end], '\n')
			}
			atEOF := false
			end := 0
			if k < 0 {
				if s.end-s.start > MaxRecord {
					s.err = &ScanError{Line: s.line, Column: 1, Err: ErrLongRecord}
					s.errStart = s.start
					return false
				}
				if !s.eof {
					shift := s.start
					more := s.fill(shift)
					p -= shift
					s.recStart -= shift
					if s.err != nil {
						return false
					}
					if more {
						continue
					}
				}
				if s.start == s.end {
					return false // clean end of input
				}
				end, atEOF = s.end, true
			} else if needQuote {
				p += k + 1 // past the quote that may close the field
				needQuote = false
				continue
			} else {
				end = p + k // the newline
			}
			rec := s.buf[s.start:end]
			if len(rec) > 0 && rec[len(rec)-1] == '\r' {
				rec = rec[:len(rec)-1]
			}
			s.rec = rec
			s.splitted += len(rec)
			err := s.split()
			if err == errOpen && !atEOF {
				p, needQuote = end+1, true // the newline is inside a quoted field
				continue
			}
			if err == errOpen {
				err = s.errAt(s.openAt, ErrQuote)
			}
			lines := bytes.Count(s.buf[s.start:end], []byte{'\n'})
			if atEOF {
				s.start = s.end
			} else {
				s.start = end + 1
				lines++
			}
			s.nextLine += lines
			if err != nil {
				s.err = err
				s.errStart = s.recStart
				return false
			}
			if len(rec) == 0 {
				break // an empty line: skip it
			}
			return true
		}
	}
}

// Recover clears a syntax error that stopped Scan, so that scanning goes on at the
// line after the first line of the broken record: the next record that parses
// follows. It reports whether there was such an error to clear; a read error, or
// no error, cannot be recovered from. Lenient readers call it to skip exactly the
// broken record.
func (s *Scanner) Recover() bool {
	var se *ScanError
	if s.err == nil || !errors.As(s.err, &se) {
		return false
	}
	s.err = nil
	if k := bytes.IndexByte(s.buf[s.errStart:s.end], '\n'); k >= 0 {
		s.start = s.errStart + k + 1
	} else {
		s.start = s.end
	}
	s.nextLine = s.line + 1
	return true
}

// errOpen is split's report of a quoted field still open at the end of the record:
// the newline that ended it lies inside the field.
var errOpen = errors.New("acled: quoted field open at the end of the line")

// split finds the fields of s.rec. Unquoted runs of the record — everything up to
// the next quote — have their commas found eight bytes at a time (commaMask); a
// quote must open a field, or it is bare.
func (s *Scanner) split() error {
	rec := s.rec
	s.bounds = s.bounds[:0]
	s.escaped = s.escaped[:0]
	s.scratch = s.scratch[:0]
	off := 0
	for {
		// The unquoted run [off, q): its commas are separators.
		q := len(rec)
		if k := bytes.IndexByte(rec[off:], '"'); k >= 0 {
			q = off + k
		}
		field := off
		s.bounds = s.appendCommas(s.bounds, rec, off, q, &field)
		if q == len(rec) {
			s.bounds = append(s.bounds, field, len(rec))
			break
		}
		if q != field {
			return s.errAt(q, ErrBareQuote) // a quote inside an unquoted field
		}
		// A quoted field from q: find the closing quote, unescaping "" and \r\n.
		j := q + 1
		simple := true
		for {
			k := bytes.IndexByte(rec[j:], '"')
			if k < 0 {
				s.openAt = q
				return errOpen
			}
			j += k
			if j+1 < len(rec) && rec[j+1] == '"' {
				simple = false
				j += 2
				continue
			}
			break
		}
		body := rec[q+1 : j]
		if simple && bytes.Contains(body, []byte("\r\n")) {
			simple = false
		}
		if simple {
			s.bounds = append(s.bounds, q+1, j)
		} else {
			a := len(s.scratch)
			for i := 0; i < len(body); i++ {
				c := body[i]
				if c == '"' {
					i++ // the second of a doubled quote
				} else if c == '\r' && i+1 < len(body) && body[i+1] == '\n' {
					continue
				}
				s.scratch = append(s.scratch, c)
			}
			s.bounds = append(s.bounds, a, len(s.scratch))
		}
		if !simple {
			s.escaped = append(s.escaped, int32(len(s.bounds)/2-1))
		}
		off = j + 1
		if off == len(rec) {
			break
		}
		if rec[off] != ',' {
			return s.errAt(off, ErrQuote)
		}
		off++
	}
	return nil
}

// appendCommas appends the fields ended by the commas of rec[from:to], the first
// beginning at *field, and leaves *field at the start of the field after the last
// comma.
func (s *Scanner) appendCommas(bounds []int, rec []byte, from, to int, field *int) []int {
	f := *field
	i := from
	for ; i+8 <= to; i += 8 {
		m := eqMask(binary.LittleEndian.Uint64(rec[i:i+8]), ','*lo8)
		for m != 0 {
			at := i + bits.TrailingZeros64(m)>>3
			bounds = append(bounds, f, at)
			f = at + 1
			m &= m - 1
		}
	}
	for ; i < to; i++ {
		if rec[i] == ',' {
			bounds = append(bounds, f, i)
			f = i + 1
		}
	}
	*field = f
	return bounds
}

// Byte masks, eight bytes to a word: a byte's high bit marks a match.
const (
	lo8 = 0x0101010101010101
	lw8 = 0x7f7f7f7f7f7f7f7f
)

// eqMask returns the high bit of each byte of x that equals the byte of c (c is the
// byte times lo8): the exact form of Mycroft's zero-byte test (Hacker's Delight
// §6-1), with no false positives from borrows.
func eqMask(x, c uint64) uint64 {
	y := x ^ c
	t := (y & lw8) + lw8
	return ^(t | y | lw8)
}

// ScanError is an error of the Scanner at a line and byte column.
type ScanError struct {
	Line, Column int
	Err          error
}

func (e *ScanError) Error() string {
	return fmt.Sprintf("line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *ScanError) Unwrap() error { return e.Err }

func (s *Scanner) errAt(off int, err error) error {
	pre := s.rec[:off]
	return &ScanError{Line: s.line + bytes.Count(pre, []byte{'\n'}), Column: off - bytes.LastIndexByte(pre, '\n'), Err: err}
}
