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
// valid; a decoding error is a *ParseError and comes with a nil dataset.
func Read(r io.Reader, name string) (*Dataset, error) {
	br := bufio.NewReader(r)
	var d *Dataset
	var err error
	if isJSON(br) {
		d, err = ReadJSON(br, name)
	} else {
		d, err = ReadCSV(br, name)
	}
	if d == nil {
		return nil, err
	}
	verr := d.Validate()
	if ps := Problems(err); ps != nil {
		// Figures in the wrong form, then the rest.
		return d, &ValidationError{Problems: append(ps, Problems(verr)...)}
	}
	if err != nil {
		return nil, err
	}
	return d, verr
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
