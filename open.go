package bilan

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/claims/acled"
	"github.com/bilan-dev/bilan/claims/ucdp"
)

// Format is a kind of file bilan reads. Its zero value, Detect, asks Open and
// NewReader to tell the format from the file's first bytes.
type Format uint8

// The formats.
const (
	Detect     Format = iota // tell from the first bytes
	NativeJSON               // the native JSON dataset (claims.ReadJSON)
	NativeCSV                // the native long CSV (claims.ReadCSV)
	ACLED                    // an ACLED export, dyadic or monadic (package acled)
	UCDP                     // a UCDP GED or Candidate file (package ucdp)
)

var formatNames = [...]string{"detect", "native JSON", "native CSV", "ACLED", "UCDP"}

func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", f)
}

// ParseFormat reads a format's name as the command's -from flag gives it: "",
// "acled", "ucdp", "native" (JSON or CSV, told apart by the first byte), "json" or
// "csv".
func ParseFormat(s string) (Format, bool, error) {
	switch strings.ToLower(s) {
	case "":
		return Detect, false, nil
	case "native":
		return Detect, true, nil
	case "json":
		return NativeJSON, false, nil
	case "csv":
		return NativeCSV, false, nil
	case "acled":
		return ACLED, false, nil
	case "ucdp":
		return UCDP, false, nil
	}
	return Detect, false, fmt.Errorf("bilan: format %q: want acled, ucdp, native, json or csv", s)
}

// Errors of the front door. A file bilan cannot read as a dataset wraps
// claims.ErrFormat; the end of a read with bad records wraps ErrBadRecords.
var (
	// ErrBadRecords ends a strict read that met bad records, and a lenient read
	// in which every record was bad.
	ErrBadRecords = errors.New("bilan: bad records")
	// ErrDuplicate marks a record whose event ID an earlier record of the file
	// has, in a file where IDs must be unique.
	ErrDuplicate = errors.New("bilan: duplicate event id")
)

// Options says how to read a file. The zero value detects the format and fails on
// the first bad record's file at the end of the read (strict).
type Options struct {
	// Format is the file's format; Detect (the zero value) tells it from the first
	// bytes.
	Format Format
	// NativeOnly, with Format Detect, accepts only the native formats (the
	// command's -from native).
	NativeOnly bool
	// Lenient skips bad records of ACLED and UCDP files, counting each, instead of
	// failing the read. Native datasets are all or nothing.
	Lenient bool
	// OnBad, when set, is called with every bad record's error (a
	// *claims.ParseError naming the file, line and field), in file order on the
	// sequential paths; it is never called from two goroutines at once.
	OnBad func(error)
	// OnWarn, when set, is called with each warning: a record read and kept whose
	// figures disagree (ucdp.ErrInconsistent).
	OnWarn func(error)
	// Augment, when set, is called on each event of an ACLED or UCDP file before it
	// is delivered, on every path: the command's -claims-from-notes adds the
	// claims of ACLED's notes with it (package claims/notes). It may be called
	// from several goroutines at once.
	Augment func(e *claims.Event)
}

// Counts says what a read did with the file's records.
type Counts struct {
	Records int // data records read: rows of an import, events of a native dataset
	Events  int // events delivered
	Bad     int // records rejected (skipped under Lenient)
	Merged  int // rows of a monadic ACLED export folded into the event of the row before
}

// Reader reads one file's events, whatever its format, with the same rules on every
// path: Events streams them; Dataset loads them; Trends (trends.go) sums them on all
// cores where the format allows. Make one with Open or NewReader.
type Reader struct {
	name   string
	format Format
	opts   Options
	header []string // the first CSV record of an import

	file    *os.File // when opened from a path: can be read again from the start
	gz      bool
	br      *bufio.Reader
	monadic bool

	mu      sync.Mutex // guards counts and OnBad calls on the parallel path
	counts  Counts
	holding bool    // a parallel read holds bad records back in held
	held    []error // to pass them on in file order
	periods []claims.PeriodClaim
	used    bool
}

// Open opens the file at path for reading with opts. A gzip-compressed file is read
// through gzip; an xlsx workbook, HTML, an empty file, or a CSV file that is neither
// ACLED nor UCDP is refused with an error that says what the file is and wraps
// claims.ErrFormat. Close the Reader when done.
func Open(path string, opts Options) (*Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	r, err := newReader(f, path, opts)
	if err != nil {
		f.Close()
		return nil, err
	}
	r.file = f
	return r, nil
}

// NewReader returns a Reader of the data in src, named name in errors, as Open
// does for a file. Sahel's data is NewReader(bytes.NewReader(SahelJSON()),
// SahelName, opts).
func NewReader(src io.Reader, name string, opts Options) (*Reader, error) {
	return newReader(src, name, opts)
}

func newReader(src io.Reader, name string, opts Options) (*Reader, error) {
	r := &Reader{name: name, opts: opts}
	if err := r.start(src); err != nil {
		return nil, err
	}
	return r, nil
}

// Close closes the file Open opened; it does nothing for NewReader's.
func (r *Reader) Close() error {
	if r.file != nil {
		return r.file.Close()
	}
	return nil
}

// Name returns the name errors give the file.
func (r *Reader) Name() string { return r.name }

// Format returns the file's format, as detected or given.
func (r *Reader) Format() Format { return r.format }

// Monadic reports whether the file is a monadic ACLED export (one row per actor),
// whose two rows of an event are read as one event.
func (r *Reader) Monadic() bool { return r.monadic }

// Counts returns what the read has done so far.
func (r *Reader) Counts() Counts {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.counts
}

// Periods returns the period claims of a native dataset, once Events has been
// ranged over to the end; imports have none.
func (r *Reader) Periods() []claims.PeriodClaim { return r.periods }

func (r *Reader) formatError(msg string) error {
	return &claims.ParseError{File: r.name, Line: 1, Err: fmt.Errorf("%w: %s", claims.ErrFormat, msg)}
}

// start sets up the buffered reader over src (through gzip when compressed) and
// detects the format.
func (r *Reader) start(src io.Reader) error {
	br := bufio.NewReaderSize(src, 1<<16)
	head, err := br.Peek(2)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return &claims.ParseError{File: r.name, Err: err}
	}
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return r.formatError("gzip-compressed, but the gzip header is broken: " + err.Error())
		}
		r.gz = true
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	r.br = br
	return r.detect()
}

// maxHeader is how much of the start of a file detection looks at.
const maxHeader = 1 << 16

// detect tells the format from the first bytes, or checks the one given.
func (r *Reader) detect() error {
	head, err := r.br.Peek(maxHeader)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return &claims.ParseError{File: r.name, Err: err}
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	switch {
	case len(trimmed) == 0:
		return r.formatError("empty file")
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return r.formatError("a zip archive (an .xlsx workbook?): save it as CSV (comma-separated, UTF-8) first")
	case trimmed[0] == '<':
		return r.formatError("HTML or XML (a web page saved instead of the export?), not a dataset")
	}
	if r.opts.Format == NativeJSON || r.opts.Format == NativeCSV {
		r.format = r.opts.Format
		return nil
	}
	if trimmed[0] == '{' {
		if r.opts.Format == ACLED || r.opts.Format == UCDP {
			return r.formatError(fmt.Sprintf("JSON, not an %s file", r.opts.Format))
		}
		r.format = NativeJSON
		return nil
	}
	if claims.Sniff(head) == "csv" {
		if r.opts.Format == ACLED || r.opts.Format == UCDP {
			return r.formatError(fmt.Sprintf("the native CSV, not an %s file", r.opts.Format))
		}
		r.format = NativeCSV
		return nil
	}
	first := firstRecord(head)
	r.header = first
	switch r.opts.Format {
	case ACLED, UCDP:
		r.format = r.opts.Format
		r.monadic = r.format == ACLED && acled.IsMonadic(first)
		return nil
	}
	if r.opts.NativeOnly {
		return r.formatError("neither native JSON nor the native CSV header (-from native)")
	}
	switch {
	case acled.IsHeader(first):
		r.format = ACLED
		r.monadic = acled.IsMonadic(first)
		return nil
	case ucdp.IsHeader(first) || ucdp.IsHeaderless(first) || looksUCDP(first):
		r.format = UCDP
		return nil
	}
	line, _, _ := bytes.Cut(head, []byte("\n"))
	if semi := strings.Split(strings.TrimRight(string(line), "\r"), ";"); len(semi) > 2 &&
		(acled.IsHeader(semi) || ucdp.IsHeader(semi) || claims.Sniff([]byte(strings.Join(semi, ",")+"\n")) == "csv") {
		return r.formatError("semicolon-separated: bilan reads comma-separated CSV (re-export with commas, or convert with a spreadsheet's \"CSV UTF-8\")")
	}
	return r.formatError("not a dataset bilan reads: neither native JSON nor the native CSV header, " +
		"nor an ACLED export (a header with event_id_cnty and event_date), " +
		"nor a UCDP GED or Candidate file (a header with id, date_start and best)")
}

// looksUCDP reports whether a header has UCDP's id and date_start, or relid: a
// UCDP file short of a required column, which the UCDP reader names.
func looksUCDP(h []string) bool {
	var id, start, relid bool
	for _, s := range h {
		switch strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\ufeff"))) {
		case "id":
			id = true
		case "date_start":
			start = true
		case "relid":
			relid = true
		}
	}
	return (id && start) || relid
}

// firstRecord reads the first CSV record of head, or nil.
func firstRecord(head []byte) []string {
	cr := csv.NewReader(bytes.NewReader(head))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	rec, err := cr.Read()
	if err != nil {
		return nil
	}
	return rec
}

// rewind makes the Reader read its file again from the start, when it was opened
// from a path; it reports whether it could.
func (r *Reader) rewind() bool {
	if r.file == nil {
		return false
	}
	if _, err := r.file.Seek(0, io.SeekStart); err != nil {
		return false
	}
	r.counts = Counts{}
	r.used = false
	r.holding, r.held = false, nil
	var src io.Reader = r.file
	br := bufio.NewReaderSize(src, 1<<16)
	if r.gz {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return false
		}
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	r.br = br
	return true
}

// bad records one bad record: counted, and passed to OnBad, or held back in file
// order while a parallel read runs.
func (r *Reader) bad(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.counts.Bad++
	switch {
	case r.holding:
		if len(r.held) < maxHeld {
			r.held = append(r.held, err)
		}
	case r.opts.OnBad != nil:
		r.opts.OnBad(err)
	}
}

// maxHeld is how many bad records a parallel read holds back to pass on in file
// order; a lenient read with more is read again in order.
const maxHeld = 100000

// release passes the held bad records to OnBad in file order.
func (r *Reader) release() {
	r.holding = false
	slices.SortStableFunc(r.held, func(a, b error) int { return lineOf(a) - lineOf(b) })
	if r.opts.OnBad != nil {
		for _, err := range r.held {
			r.opts.OnBad(err)
		}
	}
	r.held = nil
}

func lineOf(err error) int {
	var pe *claims.ParseError
	if errors.As(err, &pe) {
		return pe.Line
	}
	return 0
}

// verdict is the error that ends a read: nil, or ErrBadRecords when the read was
// strict and met bad records, or lenient and kept none.
func (r *Reader) verdict() error {
	c := r.Counts()
	switch {
	case c.Bad == 0:
		return nil
	case !r.opts.Lenient:
		return &BadRecordsError{File: r.name, Bad: c.Bad, Records: c.Records}
	case c.Events == 0:
		return &BadRecordsError{File: r.name, Bad: c.Bad, Records: c.Records, Lenient: true}
	}
	return nil
}

// BadRecordsError ends a read with bad records: a strict one, or a lenient one in
// which every record was bad. It unwraps to ErrBadRecords.
type BadRecordsError struct {
	File         string
	Bad, Records int
	Lenient      bool
}

func (e *BadRecordsError) Error() string {
	if e.Lenient {
		return fmt.Sprintf("%s: all %d records were bad: nothing left to read", e.File, e.Bad)
	}
	if e.Bad == 1 {
		return fmt.Sprintf("%s: 1 bad record of %d", e.File, e.Records)
	}
	return fmt.Sprintf("%s: %d bad records of %d", e.File, e.Bad, e.Records)
}

func (e *BadRecordsError) Unwrap() error { return ErrBadRecords }

// Events returns the file's events in file order. Bad records go to Options.OnBad
// and are counted; the sequence yields a non-nil error only once, last: the file
// cannot be read (a broken header, a read error), or the read ends with bad records
// (BadRecordsError: always when strict, when every record was bad under Lenient).
// Under a strict read the events before the first bad record are yielded and none
// after it, but reading goes on to report every bad record. Event IDs are unique:
// a record whose ID an earlier one has is bad (ErrDuplicate), except the second row
// of an event in a monadic ACLED export, which is folded into the event (its actor
// becomes the target) when it agrees on date, place and fatalities. A native
// dataset is read by a claims.Decoder, each event checked as
// claims.Dataset.Validate checks it, and no event is
// yielded after the first problem, but reading goes on to list every problem. The
// sequence can be ranged over once.
func (r *Reader) Events() iter.Seq2[claims.Event, error] {
	return func(yield func(claims.Event, error) bool) {
		if r.used {
			yield(claims.Event{}, fmt.Errorf("bilan: %s: Events ranged over twice", r.name))
			return
		}
		r.used = true
		switch r.format {
		case NativeJSON, NativeCSV:
			r.nativeEvents(yield)
		default:
			r.importEvents(yield)
		}
	}
}

func (r *Reader) nativeEvents(yield func(claims.Event, error) bool) {
	dec := claims.NewDecoder(r.br, r.name)
	var ps []claims.Problem
	for ev, err := range dec.Events() {
		if err != nil {
			p := claims.Problems(err)
			if p == nil {
				yield(claims.Event{}, err)
				return
			}
			ps = append(ps, p...)
			// The Decoder gives period claims' problems last, with a zero Event: only
			// an event's problems count a record.
			if ev.ID != "" || ev.Date != 0 || ev.Claims != nil {
				r.counts.Records++
			}
			continue
		}
		r.counts.Records++
		if len(ps) > 0 {
			continue // the dataset is invalid: read on only to list every problem
		}
		r.counts.Events++
		if !yield(ev, nil) {
			return
		}
	}
	r.periods = dec.Periods()
	if len(ps) > 0 {
		yield(claims.Event{}, &claims.ValidationError{Problems: ps})
	}
}

// importer is the part of the ACLED and UCDP readers the front door uses.
type importer interface {
	Events() iter.Seq2[claims.Event, error]
	Line() int
	Rows() int
}

func (r *Reader) newImporter() importer {
	if r.format == ACLED {
		ar := acled.NewReader(r.br)
		ar.Name = r.name
		return ar
	}
	ur := ucdp.NewReader(r.br)
	ur.Name = r.name
	if r.format == UCDP && r.opts.Format == UCDP && !ucdp.IsHeader(r.header) && ucdp.IsHeaderless(r.header) {
		ur.NoHeader = true
	}
	ur.Warn = func(err error) {
		if r.opts.OnWarn != nil {
			r.opts.OnWarn(err)
		}
	}
	return ur
}

func (r *Reader) importEvents(yield func(claims.Event, error) bool) {
	imp := r.newImporter()
	seen := newIDSet()
	defer seen.free()
	var pending claims.Event // the last good event, held back to fold a monadic partner into
	var pendingLine int
	has := false
	stopped := false // strict and a bad record met: yield no more events
	flush := func() bool {
		if !has {
			return true
		}
		has = false
		if stopped {
			return true
		}
		r.counts.Events++
		if r.opts.Augment != nil {
			r.opts.Augment(&pending)
		}
		return yield(pending, nil)
	}
	for ev, err := range imp.Events() {
		r.counts.Records = imp.Rows()
		if err != nil {
			var pe *claims.ParseError
			if !errors.As(err, &pe) || errors.Is(err, acled.ErrHeader) || errors.Is(err, ucdp.ErrHeader) || pe.Line == 0 {
				yield(claims.Event{}, err) // the file cannot be read
				return
			}
			r.bad(err)
			stopped = stopped || !r.opts.Lenient
			continue
		}
		line := imp.Line()
		if r.monadic && has && pending.ID == ev.ID {
			if err := fold(&pending, &ev, pendingLine, line, r.name); err != nil {
				r.bad(err)
				stopped = stopped || !r.opts.Lenient
				continue
			}
			r.counts.Merged++
			continue
		}
		first, dup, err := seen.add([]byte(ev.ID), line)
		if err != nil {
			yield(claims.Event{}, err)
			return
		}
		if dup {
			r.bad(duplicateError(r.name, idField(r.format), ev.ID, first, line))
			stopped = stopped || !r.opts.Lenient
			continue
		}
		if !flush() {
			return
		}
		pending, pendingLine, has = ev, line, true
	}
	r.counts.Records = imp.Rows()
	if !flush() {
		return
	}
	if err := r.verdict(); err != nil {
		yield(claims.Event{}, err)
	}
}

// duplicateError is the bad record of an ID met before: the later of the two
// lines is the bad one, named with the earlier.
func duplicateError[S string | []byte](file, field string, id S, line1, line2 int) error {
	a, b := min(line1, line2), max(line1, line2)
	return &claims.ParseError{File: file, Line: b, Field: field,
		Err: errorf(ErrDuplicate, "%q is also the id of the record on line %d", id, a)}
}

func idField(f Format) string {
	if f == ACLED {
		return "event_id_cnty"
	}
	return "id"
}

// fold merges b, the second row of a monadic ACLED event, into a: b's actor becomes
// a's target. The two rows must agree on what describes the event.
func fold(a, b *claims.Event, lineA, lineB int, name string) error {
	fa, _ := a.Claims[0].Figure(claims.Killed, claims.UnknownGroup)
	fb, _ := b.Claims[0].Figure(claims.Killed, claims.UnknownGroup)
	var what string
	switch {
	case a.Date != b.Date || a.DatePrecision != b.DatePrecision:
		what = "event_date"
	case a.Place.Country != b.Place.Country || a.Place.Admin1 != b.Place.Admin1 || a.Place.Admin2 != b.Place.Admin2 ||
		a.Place.Locality != b.Place.Locality:
		what = "location"
	case fa != fb:
		what = "fatalities"
	}
	if what != "" {
		return &claims.ParseError{File: name, Line: lineB, Field: what,
			Err: fmt.Errorf("%w: %q is also the id of the row on line %d, which gives another %s", ErrDuplicate, a.ID, lineA, what)}
	}
	if a.Target.Name == "" {
		a.Target = b.Perpetrator
	} else if b.Perpetrator.Name != "" && b.Perpetrator.Name != a.Perpetrator.Name && b.Perpetrator.Name != a.Target.Name {
		a.Target.Associated = append(a.Target.Associated, b.Perpetrator.Name)
	}
	return nil
}

// Dataset reads the whole file into a dataset and validates it. Bad records are
// handled as Events says; the dataset is nil when the read failed.
func (r *Reader) Dataset() (*claims.Dataset, error) {
	d := &claims.Dataset{}
	for ev, err := range r.Events() {
		if err != nil {
			return nil, err
		}
		d.Events = append(d.Events, ev)
	}
	d.Periods = r.periods
	if r.format == ACLED || r.format == UCDP {
		if err := d.Validate(); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// idSet holds the event IDs met so far, with the line of each, in about 20 bytes
// an ID (5 million ACLED IDs: about 110 MB): the IDs' bytes in 1 MiB blocks of one
// arena and an open-addressing table of their places, both mapped outside the Go
// heap where the system allows (arena_unix.go). IDs of 256 bytes or more, which no real export has, go to a map.
type idSet struct {
	blocks    [][]byte // each entry: 1 byte of length, the ID, 4 bytes of line
	slots     []uint64 // hash tag<<32 | (block<<20 | offset) + 1; 0 when free
	freeSlots func()
	frees     []func() // unmap the blocks
	n         int
	long      map[string]int
}

const idBlock = 1 << 20

func newIDSet() *idSet {
	s := &idSet{}
	s.slots, s.freeSlots = mapSlots(1 << 12)
	return s
}

func hashID[S string | []byte](s S) uint64 {
	h := uint64(14695981039346656037) // FNV-1a
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func (s *idSet) at(slot uint32) (id []byte, line int) {
	slot--
	b := s.blocks[slot>>20][slot&(idBlock-1):]
	n := int(b[0])
	id = b[1 : 1+n]
	l := b[1+n:]
	return id, int(l[0]) | int(l[1])<<8 | int(l[2])<<16 | int(l[3])<<24
}

// shardedIDs is an idSet cut in shards, each with its lock, for the parallel
// readers: the shard comes from the ID's hash, so that goroutines seldom wait on
// one another.
type shardedIDs struct {
	shards [16]struct {
		sync.Mutex
		set *idSet
		_   [40]byte // a cache line each
	}
}

func newShardedIDs() *shardedIDs {
	var s shardedIDs
	for i := range s.shards {
		s.shards[i].set = newIDSet()
	}
	return &s
}

func (s *shardedIDs) add(id []byte, line int) (int, bool, error) {
	sh := &s.shards[hashID(id)>>60]
	sh.Lock()
	defer sh.Unlock()
	return sh.set.add(id, line)
}

func (s *shardedIDs) free() {
	for i := range s.shards {
		s.shards[i].set.free()
	}
}

// errTooManyIDs ends a read whose IDs outgrow the set: 4 GiB of IDs, some 200
// million events.
var errTooManyIDs = errors.New("bilan: more than 4 GiB of event IDs: too many events to check their IDs are unique")

// add records id at line. When the ID was met before it reports the first line
// and true, and records nothing.
func (s *idSet) add(id []byte, line int) (int, bool, error) {
	if len(id) > 255 {
		if s.long == nil {
			s.long = make(map[string]int)
		}
		if first, dup := s.long[string(id)]; dup {
			return first, true, nil
		}
		s.long[string(id)] = line
		return 0, false, nil
	}
	if 4*(s.n+1) > 3*len(s.slots) {
		s.grow()
	}
	h := hashID(id)
	tag := uint32(h>>32) ^ uint32(h)
	mask := uint32(len(s.slots) - 1)
	for i := tag & mask; ; i = (i + 1) & mask {
		v := s.slots[i]
		if v == 0 {
			ref, err := s.put(id, line)
			if err != nil {
				return 0, false, err
			}
			s.slots[i] = uint64(tag)<<32 | uint64(ref)
			s.n++
			return 0, false, nil
		}
		// The tag spares a look into the arena for all but about one slot in
		// 2^(32-log2(len(slots))) that is not the ID's.
		if uint32(v>>32) != tag {
			continue
		}
		if got, first := s.at(uint32(v)); bytes.Equal(got, id) {
			return first, true, nil
		}
	}
}

// put appends an entry to the arena and returns its slot value.
func (s *idSet) put(id []byte, line int) (uint32, error) {
	need := 1 + len(id) + 4
	k := len(s.blocks) - 1
	if k < 0 || len(s.blocks[k])+need > idBlock {
		if len(s.blocks) == 1<<12 {
			return 0, errTooManyIDs
		}
		b, free := mapBytes(idBlock)
		s.blocks = append(s.blocks, b[:0])
		s.frees = append(s.frees, free)
		k++
	}
	b := s.blocks[k]
	off := len(b)
	b = append(b, byte(len(id)))
	b = append(b, id...)
	b = append(b, byte(line), byte(line>>8), byte(line>>16), byte(line>>24))
	s.blocks[k] = b
	return uint32(k)<<20 | uint32(off) + 1, nil
}

// free returns the set's memory; the set is empty and usable after it.
func (s *idSet) free() {
	for _, f := range s.frees {
		f()
	}
	s.freeSlots()
	*s = *newIDSet()
}

func (s *idSet) grow() {
	old, freeOld := s.slots, s.freeSlots
	defer freeOld()
	s.slots, s.freeSlots = mapSlots(2 * len(old))
	mask := uint32(len(s.slots) - 1)
	for _, v := range old {
		if v == 0 {
			continue
		}
		i := uint32(v>>32) & mask // the home slot comes from the tag: no look into the arena
		for s.slots[i] != 0 {
			i = (i + 1) & mask
		}
		s.slots[i] = v
	}
}

// errorf wraps sentinel with a formatted detail.
func errorf(sentinel error, format string, a ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{sentinel}, a...)...)
}
