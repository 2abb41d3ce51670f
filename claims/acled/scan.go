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

// indexComma returns the index of the first ',' in b, or -1. Fields are short, so
// it tests eight bytes at a time in a word (the "has zero byte" test of Mycroft,
// as in Hacker's Delight §6-1) before leaving long runs to bytes.IndexByte.
func indexComma(b []byte) int {
	const (
		lo     = 0x0101010101010101
		hi     = 0x8080808080808080
		commas = ',' * lo
	)
	i := 0
	for ; i+8 <= len(b) && i < 64; i += 8 {
		x := binary.LittleEndian.Uint64(b[i:]) ^ commas
		if t := (x - lo) &^ x & hi; t != 0 {
			return i + bits.TrailingZeros64(t)/8
		}
	}
	if k := bytes.IndexByte(b[i:], ','); k >= 0 {
		return i + k
	}
	return -1
}

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

	rec      []byte // the current record, without its line end
	bounds   []int  // field i is fields[2i:2i+2] into rec, or into scratch when esc[i]
	esc      []bool
	scratch  []byte
	line     int // line of the current record's first byte
	nextLine int
	str      string // rec as a string, made on demand for Text
	strOK    bool
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
func (s *Scanner) Len() int { return len(s.esc) }

// Field returns field i of the current record, valid until the next call to Scan.
func (s *Scanner) Field(i int) []byte {
	a, b := s.bounds[2*i], s.bounds[2*i+1]
	if s.esc[i] {
		return s.scratch[a:b]
	}
	return s.rec[a:b]
}

// Text returns field i as a string. Fields of one record share one allocation.
func (s *Scanner) Text(i int) string {
	a, b := s.bounds[2*i], s.bounds[2*i+1]
	if s.esc[i] {
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

// Scan advances to the next record, and reports false at the end of input or on an
// error.
func (s *Scanner) Scan() bool {
	if s.err != nil {
		return false
	}
	s.strOK = false
	for {
		// Find the record's end: the first newline with an even number of
		// quotes before it in the record.
		quotes := 0
		p := s.start // bytes before p are counted
		for {
			nl := bytes.IndexByte(s.buf[p:s.end], '\n')
			if nl < 0 {
				quotes += bytes.Count(s.buf[p:s.end], quote)
				p = s.end
				shift, more := 0, false
				if !s.eof {
					shift = s.start
					more = s.fill(shift)
				}
				p -= shift
				if !more {
					if s.err != nil {
						return false
					}
					break // end of input: the record ends here
				}
				continue
			}
			quotes += bytes.Count(s.buf[p:p+nl], quote)
			p += nl + 1
			if quotes%2 == 0 {
				break
			}
		}
		rec := s.buf[s.start:p]
		s.start = p
		s.line = s.nextLine
		s.nextLine += bytes.Count(rec, []byte{'\n'})
		if len(rec) > 0 && rec[len(rec)-1] == '\n' {
			rec = rec[:len(rec)-1]
		} else if p == s.end && s.eof && len(rec) == 0 {
			return false // clean end of input
		}
		if len(rec) > 0 && rec[len(rec)-1] == '\r' {
			rec = rec[:len(rec)-1]
		}
		if len(rec) == 0 {
			continue // empty line
		}
		s.rec = rec
		if err := s.split(quotes); err != nil {
			s.err = err
			return false
		}
		return true
	}
}

// split finds the fields of s.rec.
func (s *Scanner) split(quotes int) error {
	rec := s.rec
	s.bounds = s.bounds[:0]
	s.esc = s.esc[:0]
	s.scratch = s.scratch[:0]
	if quotes == 0 {
		// No quote in the record: fields are what lies between commas.
		off := 0
		for {
			k := indexComma(rec[off:])
			if k < 0 {
				s.bounds = append(s.bounds, off, len(rec))
				s.esc = append(s.esc, false)
				return nil
			}
			s.bounds = append(s.bounds, off, off+k)
			s.esc = append(s.esc, false)
			off += k + 1
		}
	}
	// Quoted fields are scanned with their quotes counted; if some quote of the
	// record is left over, it stands bare in an unquoted field.
	off, inQuoted := 0, 0
	for {
		if off < len(rec) && rec[off] == '"' {
			// A quoted field: find the closing quote, unescaping "" and \r\n.
			j := off + 1
			simple := true
			for {
				k := bytes.IndexByte(rec[j:], '"')
				if k < 0 {
					return s.errAt(off, ErrQuote)
				}
				j += k
				if j+1 < len(rec) && rec[j+1] == '"' {
					simple = false
					j += 2
					continue
				}
				break
			}
			body := rec[off+1 : j]
			if simple && bytes.Contains(body, []byte("\r\n")) {
				simple = false
			}
			if simple {
				s.bounds = append(s.bounds, off+1, j)
				s.esc = append(s.esc, false)
				inQuoted += 2
			} else {
				inQuoted += 2 + bytes.Count(body, quote)
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
				s.esc = append(s.esc, true)
			}
			off = j + 1
			if off == len(rec) {
				break
			}
			if rec[off] != ',' {
				return s.errAt(off, ErrQuote)
			}
			off++
			continue
		}
		k := indexComma(rec[off:])
		if k < 0 {
			s.bounds = append(s.bounds, off, len(rec))
			s.esc = append(s.esc, false)
			break
		}
		s.bounds = append(s.bounds, off, off+k)
		s.esc = append(s.esc, false)
		off += k + 1
	}
	if inQuoted != quotes {
		// A bare quote: find it for the error.
		for i := 0; i < len(s.esc); i++ {
			if s.esc[i] || s.fieldQuoted(i) {
				continue
			}
			if q := bytes.IndexByte(s.Field(i), '"'); q >= 0 {
				return s.errAt(s.bounds[2*i]+q, ErrBareQuote)
			}
		}
	}
	return nil
}

// fieldQuoted reports whether field i of the current record was quoted.
func (s *Scanner) fieldQuoted(i int) bool {
	a := s.bounds[2*i]
	return a > 0 && s.rec[a-1] == '"'
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
