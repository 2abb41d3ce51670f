package mse

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/bilan-dev/bilan/claims"
)

// ErrTable is wrapped by errors about a capture-history table.
var ErrTable = errors.New("mse: bad table")

// lineError is an error in a table file at a line: a *claims.ParseError (the
// readers' typed error, which the caller gives the file's name) wrapping ErrTable.
func lineError(line int, format string, a ...any) error {
	return &claims.ParseError{Line: line, Err: fmt.Errorf("%w: "+format, append([]any{ErrTable}, a...)...)}
}

// Table is the count of each observable capture history of t lists. Counts[h] is the
// count of history h, whose bit j (from the least significant) says whether list j+1
// recorded the unit; Counts[0], the unobserved history, is always 0.
type Table struct {
	T      int
	Counts []float64
	Names  []string // the lists' names, "1".."t" by default
}

// NewTable returns an empty table of t lists.
func NewTable(t int) *Table {
	tb := &Table{T: t, Counts: make([]float64, 1<<t)}
	for j := range t {
		tb.Names = append(tb.Names, strconv.Itoa(j+1))
	}
	return tb
}

// N returns the number of units observed.
func (tb *Table) N() float64 {
	s := 0.0
	for _, c := range tb.Counts[1:] {
		s += c
	}
	return s
}

// History returns the history string of index h: "101" is lists 1 and 3.
func (tb *Table) History(h int) string {
	b := make([]byte, tb.T)
	for j := range tb.T {
		b[j] = '0' + byte(h>>j&1)
	}
	return string(b)
}

// parseHistory reads a history string.
func parseHistory(s string, t int) (int, error) {
	if len(s) != t {
		return 0, fmt.Errorf("history %q has %d lists, want %d", s, len(s), t)
	}
	h := 0
	for j := 0; j < t; j++ {
		switch s[j] {
		case '1':
			h |= 1 << j
		case '0':
		default:
			return 0, fmt.Errorf("history %q is not 0s and 1s", s)
		}
	}
	return h, nil
}

// ReadTable reads a CSV with the columns history,count, every history of the same
// length; histories not listed count 0. Comment lines starting with '#' may precede
// the header, and one of them may name the lists: "# lists: EXH,ABA,OSCE,HRW". A
// table Validate rejects is an error. Line numbers in errors count the comments.
func ReadTable(r io.Reader) (*Table, error) {
	br := bufio.NewReader(r)
	names, skipped, err := readNames(br)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = 2
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTable, err)
	}
	if strings.TrimPrefix(head[0], "\ufeff") != "history" || head[1] != "count" {
		return nil, lineError(skipped+1, "header %q, want history,count", strings.Join(head, ","))
	}
	var tb *Table
	seen := map[int]bool{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &claims.ParseError{Line: pe.Line + skipped, Column: pe.Column, Err: fmt.Errorf("%w: %v", ErrTable, pe.Err)}
			}
			return nil, fmt.Errorf("%w: %v", ErrTable, err)
		}
		line, _ := cr.FieldPos(0)
		line += skipped
		if tb == nil {
			if len(rec[0]) < 2 || len(rec[0]) > 20 {
				return nil, lineError(line, "history %q: want 2 to 20 lists", rec[0])
			}
			tb = NewTable(len(rec[0]))
		}
		h, err := parseHistory(rec[0], tb.T)
		if err != nil {
			return nil, lineError(line, "%v", err)
		}
		if h == 0 {
			return nil, lineError(line, "the all-zero history is never observed")
		}
		if seen[h] {
			return nil, lineError(line, "history %s twice", rec[0])
		}
		seen[h] = true
		c, err := strconv.ParseFloat(rec[1], 64)
		if err != nil || c < 0 || c != float64(int64(c)) {
			return nil, lineError(line, "count %q is not a whole number", rec[1])
		}
		tb.Counts[h] = c
	}
	if tb == nil {
		return nil, fmt.Errorf("%w: no history", ErrTable)
	}
	if names != nil {
		if len(names) != tb.T {
			return nil, fmt.Errorf("%w: the header comment names %d lists, the histories have %d", ErrTable, len(names), tb.T)
		}
		tb.Names = names
	}
	if err := tb.Validate(); err != nil {
		return nil, err
	}
	return tb, nil
}

// readNames reads the comment lines that may open a history,count file; one of the
// form "# lists: EXH,ABA,OSCE,HRW" names the lists, in the order of the history's
// characters.
func readNames(br *bufio.Reader) ([]string, int, error) {
	var names []string
	lines := 0
	for {
		b, err := br.Peek(1)
		if err != nil || b[0] != '#' {
			return names, lines, nil
		}
		line, err := br.ReadString('\n')
		lines++
		if err != nil && err != io.EOF {
			return nil, lines, err
		}
		body := strings.TrimSpace(strings.TrimPrefix(line, "#"))
		if rest, ok := strings.CutPrefix(body, "lists:"); ok {
			names = nil
			for _, n := range strings.Split(rest, ",") {
				n = strings.TrimSpace(n)
				if n == "" {
					return nil, lines, lineError(lines, "an empty list name")
				}
				names = append(names, n)
			}
		}
	}
}

// FromLists builds the table of lists of record keys: a unit is a key, and its
// history says which lists hold it. Names name the lists.
func FromLists(names []string, lists [][]string) (*Table, error) {
	if len(lists) < 2 || len(lists) != len(names) {
		return nil, fmt.Errorf("%w: want at least 2 named lists", ErrTable)
	}
	tb := NewTable(len(lists))
	tb.Names = append([]string(nil), names...)
	hist := map[string]int{}
	for j, l := range lists {
		for _, k := range l {
			hist[k] |= 1 << j
		}
	}
	for _, h := range hist {
		tb.Counts[h]++
	}
	if err := tb.Validate(); err != nil {
		return nil, err
	}
	return tb, nil
}

// k is the number of lists that recorded history h.
func k(h int) int { return bits.OnesCount(uint(h)) }

// ReadLists reads named lists of victim records as a CSV with the columns list,key:
// one row per record, the list that holds it and the key that matches records across
// lists (a name and date of death, an identity number). Lists are numbered in the
// order they first appear.
func ReadLists(r io.Reader) (*Table, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 2
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTable, err)
	}
	if strings.TrimPrefix(head[0], "\ufeff") != "list" || head[1] != "key" {
		return nil, fmt.Errorf("%w: line 1: header %q, want list,key", ErrTable, strings.Join(head, ","))
	}
	var names []string
	var lists [][]string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrTable, err)
		}
		line, _ := cr.FieldPos(0)
		if rec[0] == "" || rec[1] == "" {
			return nil, lineError(line, "empty list or key")
		}
		i := slices.Index(names, rec[0])
		if i < 0 {
			names = append(names, rec[0])
			lists = append(lists, nil)
			i = len(names) - 1
		}
		lists[i] = append(lists[i], rec[1])
	}
	if len(names) > 20 {
		return nil, fmt.Errorf("%w: %d lists, at most 20", ErrTable, len(names))
	}
	return FromLists(names, lists)
}
