package claims

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
)

// Read decodes a native dataset, JSON or CSV, told apart by its first byte that is
// not white space or a byte order mark ('{' for JSON), and validates it. It returns
// the dataset whenever it could be decoded, with a *ValidationError when it is not
// valid; a decoding error is a *ParseError and comes with a nil dataset. It reads
// through a Decoder, as the streaming paths do.
func Read(r io.Reader, name string) (*Dataset, error) {
	return decodeAll(NewDecoder(r, name))
}

// decodeAll collects a Decoder's events, period claims and problems.
func decodeAll(dec *Decoder) (*Dataset, error) {
	d := &Dataset{}
	var ps []Problem
	for e, err := range dec.Events() {
		if err != nil {
			p := Problems(err)
			if p == nil {
				return nil, err
			}
			ps = append(ps, p...)
			if e.ID == "" && e.Date == 0 && e.Claims == nil {
				continue // a period claim's problems
			}
		}
		d.Events = append(d.Events, e)
	}
	d.Periods = dec.Periods()
	if len(ps) > 0 {
		return d, &ValidationError{Problems: ps}
	}
	return d, nil
}

// isJSON peeks at the start of br for a JSON object.
func isJSON(br *bufio.Reader) bool {
	b, _ := br.Peek(512)
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) > 0 && b[0] == '{'
}

// Sniff tells the native formats apart from a file's first bytes: "json", "csv" when
// the first line starts with the native CSV header's first columns, or "" when it is
// neither.
func Sniff(head []byte) string {
	b := bytes.TrimPrefix(head, []byte("\ufeff"))
	t := bytes.TrimLeft(b, " \t\r\n")
	if len(t) > 0 && t[0] == '{' {
		return "json"
	}
	if bytes.HasPrefix(b, []byte(fmt.Sprintf("%s,%s,", CSVHeader[0], CSVHeader[1]))) {
		return "csv"
	}
	return ""
}
