package acled

import (
	"bytes"
	"fmt"
	"io"
	"sync"

	"github.com/bilan-dev/bilan/claims"
)

// Column names a column of an ACLED export for Row.Bytes.
type Column int

// The columns Row.Bytes gives.
const (
	Country   Column = colCountry
	Admin1    Column = colAdmin1
	Admin2    Column = colAdmin2
	Actor1    Column = colActor1
	Actor2    Column = colActor2
	EventType Column = colEventType
	EventID   Column = colID
)

// Row is one ACLED row as raw fields, for aggregations that need a few columns of
// many rows and no event: Date and Fatalities read the row exactly as Events does.
// A Row and its slices are valid only during the call that receives it.
type Row struct {
	sc     *Scanner
	cols   *[nCols]int
	r      *Reader
	extra  []int
	header []string
}

// Event returns the row's event, as Events gives it.
func (row *Row) Event() (claims.Event, error) {
	return row.r.event(row.sc, *row.cols, row.extra, row.header)
}

// Line returns the line on which the row begins.
func (row *Row) Line() int { return row.sc.Line() }

// Bytes returns the raw field of a column, empty when the file has no such column.
func (row *Row) Bytes(c Column) []byte {
	return cell(row.sc, row.cols, int(c))
}

// Values checks every field of the row exactly as Events does — a row Values
// accepts is a row Events accepts — and returns its event_date and its fatalities
// figure (killed, group unknown, exact; Unknown when the cell is empty or NA).
func (row *Row) Values() (claims.Date, claims.Figure, error) {
	v, err := row.r.check(row.sc, row.cols, row.header)
	return v.date, v.fatalities, err
}

// ID returns the row's event_id_cnty, trimmed; valid only during the call.
func (row *Row) ID() []byte { return cell(row.sc, row.cols, colID) }

// isoDate reads YYYY-MM-DD from bytes without allocating (claims.ParseISODate).
func isoDate(b []byte) (claims.Date, bool) { return claims.ParseISODate(b) }

// chunk is a run of whole records and the line it begins on.
type chunk struct {
	data []byte
	line int
}

// defaultChunk is how much a worker reads at a time.
const defaultChunk = 4 << 20

// Each reads the file and calls fn for each data row, on workers goroutines at once
// (at least 1): the file is cut into chunks of whole records (a newline with an even
// number of quotes before it ends a record) and each chunk is scanned by one worker.
// fn's first argument says which worker calls it, so that each keeps its own state;
// rows do not come in file order. Memory stays at a few chunks whatever the file's
// size. Each stops at the first error fn returns, or at a malformed record, and
// returns it; fn decides whether a bad row is an error (Strict) or is counted and
// passed over.
func (r *Reader) Each(workers int, fn func(worker int, row *Row) error) error {
	workers = max(workers, 1)
	chunks := make(chan chunk, workers)
	free := make(chan []byte, 2*workers)
	size := r.chunk
	if size <= 0 {
		size = defaultChunk
	}
	for range 2 * workers {
		free <- make([]byte, size)
	}
	var (
		mu       sync.Mutex // guards firstErr
		firstErr error
		stop     = make(chan struct{})
		once     sync.Once
	)
	setErr := func(err error) {
		mu.Lock()
		if firstErr == nil {
			firstErr = err
		}
		mu.Unlock()
		once.Do(func() { close(stop) })
	}

	// The header, then the chunks.
	var cols [nCols]int
	var extra []int
	var hdr []string
	var wg sync.WaitGroup
	headerDone := make(chan struct{})
	closeHeader := sync.OnceFunc(func() { close(headerDone) })
	go func() {
		defer close(chunks)
		defer closeHeader()
		line := 1
		var carry []byte
		quotesOdd := false // the carried bytes end inside a quoted field
		first := true
		for {
			var buf []byte
			select {
			case buf = <-free:
			case <-stop:
				return
			}
			buf = buf[:cap(buf)]
			n := copy(buf, carry)
			if n == len(buf) { // a record longer than a chunk: grow
				buf = append(buf[:n], make([]byte, len(buf))...)
				buf = buf[:cap(buf)]
			}
			m, err := io.ReadFull(r.r, buf[n:])
			eof := err == io.EOF || err == io.ErrUnexpectedEOF
			if err != nil && !eof {
				setErr(r.fail(0, 0, "", err))
				return
			}
			data := buf[:n+m]
			// Cut after the last newline that ends a record.
			cut := len(data)
			if !eof {
				cut = -1
				total := bytes.Count(data[n:], quote)
				odd := quotesOdd != (total%2 == 1)
				for p := len(data); ; {
					nl := bytes.LastIndexByte(data[:p], '\n')
					if nl < 0 {
						break
					}
					after := bytes.Count(data[nl:p], quote)
					if after%2 == 1 {
						odd = !odd
					}
					if !odd {
						cut = nl + 1
						break
					}
					p = nl
				}
				if cut < 0 { // no record end in the chunk yet
					if len(data) > MaxRecord {
						// A quote never closed: stop before the rest of the file is
						// held in memory (the sequential Scanner says where).
						setErr(r.fail(line, 1, "", fmt.Errorf("%w: %v", ErrField, trimPrefix(ErrLongRecord.Error()))))
						return
					}
					carry = append(carry[:0], data...)
					quotesOdd = bytes.Count(carry, quote)%2 == 1
					free <- buf
					continue
				}
			}
			recs := data[:cut]
			carry = append(carry[:0], data[cut:]...)
			quotesOdd = bytes.Count(carry, quote)%2 == 1 // carry begins a record
			if first {
				first = false
				sc := newScannerBytes(recs, 1)
				if !sc.Scan() {
					err := sc.Err()
					if err == nil {
						err = fmt.Errorf("%w: empty file", ErrHeader)
					}
					setErr(r.scanError(err))
					return
				}
				header := make([]string, sc.Len())
				for i := range header {
					header[i] = sc.Text(i)
				}
				c, ex, err := r.columns(header)
				if err != nil {
					setErr(err)
					return
				}
				cols, extra, hdr = c, ex, header
				closeHeader()
				skip := sc.start // the header's bytes
				line += bytes.Count(recs[:skip], []byte{'\n'})
				recs = recs[skip:]
			}
			if len(recs) > 0 {
				select {
				case chunks <- chunk{data: recs, line: line}:
				case <-stop:
					return
				}
				line += bytes.Count(recs, []byte{'\n'})
			} else {
				free <- buf
			}
			if eof {
				return
			}
		}
	}()
	<-headerDone
	if firstErr != nil {
		for range chunks {
		}
		return firstErr
	}
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			row := Row{cols: &cols, r: r, extra: extra, header: hdr}
			for c := range chunks {
				sc := newScannerBytes(c.data, c.line)
				row.sc = sc
				for sc.Scan() {
					if err := fn(w, &row); err != nil {
						setErr(err)
						break
					}
				}
				if err := sc.Err(); err != nil {
					setErr(r.scanError(err))
				}
				select {
				case free <- c.data[:0]:
				default:
				}
				select {
				case <-stop:
					for range chunks {
					}
					return
				default:
				}
			}
		}()
	}
	wg.Wait()
	return firstErr
}
