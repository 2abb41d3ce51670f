package ledger

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"reflect"
	"time"

	"github.com/bilan-dev/bilan/claims"
)

// Sentinel errors; every error of this package about data wraps one of them.
var (
	ErrNotLedger    = errors.New("ledger: not a bilan ledger")
	ErrUnknownEvent = errors.New("ledger: no such event")
	ErrRevision     = errors.New("ledger: bad revision")
	ErrConflict     = errors.New("ledger: claim id already recorded with other content")
)

// Ledger is a durable, append-only record of events and the claims made about
// them. Its methods each run in one transaction of its Store.
type Ledger struct {
	store Store
	// Now returns the time rows are recorded at; time.Now when nil.
	Now func() time.Time
}

// New returns a ledger on a store.
func New(s Store) *Ledger { return &Ledger{store: s} }

// Create creates a ledger in a new SQLite file.
func Create(path string) (*Ledger, error) {
	s, err := CreateSQLite(path)
	if err != nil {
		return nil, err
	}
	return New(s), nil
}

// Open opens the ledger in an SQLite file.
func Open(path string) (*Ledger, error) {
	s, err := OpenSQLite(path)
	if err != nil {
		return nil, err
	}
	return New(s), nil
}

// Store returns the ledger's store.
func (l *Ledger) Store() Store { return l.store }

// Close closes the store.
func (l *Ledger) Close() error { return l.store.Close() }

func (l *Ledger) now() time.Time {
	if l.Now != nil {
		return l.Now().UTC()
	}
	return time.Now().UTC()
}

// Origin says where an import comes from.
type Origin struct {
	Name    string // the file, as named on the command line
	Format  string // native, acled, ucdp, claim
	Options string // how it was read: "claims-from-notes"
}

// Result counts what an import or addition recorded.
type Result struct {
	Records   int // events and period claims read
	Versions  int // event or period rows written: new records, or changed ones
	Claims    int // claim rows written
	Revisions int // of which revise an earlier claim
	Unchanged int // claims read that the ledger already held
}

// Import records events and period claims in one transaction, and returns what it
// wrote; on an error nothing is written. events is read once, as it streams: an
// error in it ends the import; periods, which may be nil, is read after it (a
// native reader knows its period claims once its events are read). Each record is validated (claims.Event.Validate);
// a record whose fields differ from its latest version in the ledger is written as
// a new version.
//
// Each claim is written unless the ledger holds it already. A claim without an ID
// gets one from its content (see ContentID), so that importing the same file twice
// writes nothing the second time. A claim without Revises that has the same
// record, source and reported date as a claim of an earlier import, and other
// content, revises the latest such claim: a monitor re-coding an event, a source's
// statement recorded again. A claim recorded without RecordedAt gets the day of the
// import. A claim that revises a claim of another record is an error; one that
// revises a claim the ledger does not hold is recorded as it is (an export keeps
// revisions, not the claims they replaced).
func (l *Ledger) Import(ctx context.Context, o Origin, events iter.Seq2[claims.Event, error], periods iter.Seq[claims.PeriodClaim]) (Result, error) {
	var res Result
	err := l.store.Update(ctx, func(tx Tx) error {
		now := l.now()
		imp, err := tx.AddImport(ImportRow{RecordedAt: now, Kind: "import", Source: o.Name, Format: o.Format, Options: o.Options})
		if err != nil {
			return err
		}
		w := writer{tx: tx, imp: imp, now: now, res: &res}
		if events != nil {
			for e, err := range events {
				if err != nil {
					return err
				}
				if err := ctx.Err(); err != nil {
					return err
				}
				if err := w.event(e); err != nil {
					return err
				}
			}
		}
		if periods != nil {
			for p := range periods {
				if err := w.period(p); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return Result{}, err
	}
	return res, nil
}

// Add records one claim about an event the ledger holds, in one transaction, after
// validating it against the event, and returns it as recorded (with its ID). A
// claim with Revises must revise a claim of the same event; a correction must
// revise one. The ID, when given, must be new.
func (l *Ledger) Add(ctx context.Context, name, eventID string, c claims.Claim) (claims.Claim, error) {
	var out claims.Claim
	err := l.store.Update(ctx, func(tx Tx) error {
		now := l.now()
		row, ok, err := tx.LatestEvent(eventID, time.Time{})
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("%w: %q (import it first)", ErrUnknownEvent, eventID)
		}
		imp, err := tx.AddImport(ImportRow{RecordedAt: now, Kind: "add", Source: name, Format: "claim"})
		if err != nil {
			return err
		}
		res := Result{}
		w := writer{tx: tx, imp: imp, now: now, res: &res, strict: true}
		if row.Period != nil {
			p := *row.Period
			p.Claim = c
			if err := validatePeriod(p); err != nil {
				return err
			}
		} else {
			e := row.Event
			e.Claims = []claims.Claim{c}
			if err := e.Validate(); err != nil {
				return err
			}
		}
		out, err = w.claim(eventID, c, false)
		return err
	})
	return out, err
}

func validatePeriod(p claims.PeriodClaim) error {
	return (&claims.Dataset{Periods: []claims.PeriodClaim{p}}).Validate()
}

// writer writes the rows of one transaction.
type writer struct {
	tx     Tx
	imp    int64
	now    time.Time
	res    *Result
	strict bool // a claim the ledger holds already is an error (Add)
}

func (w *writer) event(e claims.Event) error {
	if err := e.Validate(); err != nil {
		return fmt.Errorf("event %s: %w", e.ID, err)
	}
	w.res.Records++
	bare := e
	bare.Claims = nil
	prev, ok, err := w.tx.LatestEvent(e.ID, time.Time{})
	if err != nil {
		return err
	}
	if ok && prev.Period != nil {
		return fmt.Errorf("%w: %s is a period claim in the ledger, an event in the import", claims.ErrInvalid, e.ID)
	}
	if !ok || !reflect.DeepEqual(normalise(prev.Event), normalise(bare)) {
		if err := w.tx.AddEvent(EventRow{Import: w.imp, RecordedAt: w.now, Event: bare}); err != nil {
			return err
		}
		w.res.Versions++
	}
	for _, c := range e.Claims {
		if _, err := w.claim(e.ID, c, !ok); err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
	}
	return nil
}

// normalise makes an event comparable with its JSON round trip: empty and nil
// maps and slices are alike.
func normalise(e claims.Event) claims.Event {
	b, _ := json.Marshal(e)
	var out claims.Event
	json.Unmarshal(b, &out)
	return out
}

func (w *writer) period(p claims.PeriodClaim) error {
	if err := validatePeriod(p); err != nil {
		return fmt.Errorf("period %s: %w", p.ID, err)
	}
	w.res.Records++
	bare := p
	bare.Claim = claims.Claim{}
	prev, ok, err := w.tx.LatestEvent(p.ID, time.Time{})
	if err != nil {
		return err
	}
	if ok && prev.Period == nil {
		return fmt.Errorf("%w: %s is an event in the ledger, a period claim in the import", claims.ErrInvalid, p.ID)
	}
	if !ok || prev.Period.From != p.From || prev.Period.To != p.To || !reflect.DeepEqual(prev.Period.Area, p.Area) || prev.Period.Incidents != p.Incidents {
		if err := w.tx.AddEvent(EventRow{Import: w.imp, RecordedAt: w.now, Period: &bare}); err != nil {
			return err
		}
		w.res.Versions++
	}
	if _, err := w.claim(p.ID, p.Claim, !ok); err != nil {
		return fmt.Errorf("period %s: %w", p.ID, err)
	}
	return nil
}

// ContentID returns the ID a claim without one gets: "c" and 16 hexadecimal digits
// of the SHA-256 of its record's ID and its JSON form without ID and RecordedAt.
// Two claims with the same content about the same record have the same ID.
func ContentID(recordID string, c claims.Claim) string {
	c.ID, c.RecordedAt = "", 0
	b, _ := json.Marshal(c)
	h := sha256.New()
	h.Write([]byte(recordID))
	h.Write([]byte{0})
	h.Write(b)
	return "c" + hex.EncodeToString(h.Sum(nil))[:16]
}

// claim writes one claim of a record. fresh says the record was new to the ledger
// before this import: it has no claim yet that this one could repeat or revise,
// and the look-ups are skipped.
func (w *writer) claim(recordID string, c claims.Claim, fresh bool) (claims.Claim, error) {
	explicit := c.ID != ""
	if !explicit {
		c.ID = ContentID(recordID, c)
	}
	if c.RecordedAt == 0 {
		c.RecordedAt = claims.DateOf(w.now)
	}
	if fresh && !explicit && c.Revises == "" {
		// A content ID names the record: no other record's claim has it.
	} else if prev, ok, err := w.tx.Claim(c.ID); err != nil {
		return c, err
	} else if ok {
		if !w.strict && prev.RecordID == recordID && ContentID(recordID, prev.Claim) == ContentID(recordID, c) {
			w.res.Unchanged++
			return prev.Claim, nil
		}
		return c, fmt.Errorf("%w: %q (recorded %s)", ErrConflict, c.ID, prev.RecordedAt.Format(time.RFC3339))
	}
	if c.Revises != "" {
		prev, ok, err := w.tx.Claim(c.Revises)
		if err != nil {
			return c, err
		}
		switch {
		case ok && prev.RecordID != recordID:
			return c, fmt.Errorf("%w: claim %s revises %q, a claim of %s, not of %s", ErrRevision, c.ID, c.Revises, prev.RecordID, recordID)
		case !ok && w.strict:
			return c, fmt.Errorf("%w: claim %s revises %q, which is not a claim of %s in the ledger", ErrRevision, c.ID, c.Revises, recordID)
		}
		// An import may revise a claim the ledger does not hold: a file exported
		// from another ledger keeps its revisions, not the claims they replaced.
	} else if !c.Correction && !fresh {
		rows, err := w.tx.Claims(recordID, time.Time{})
		if err != nil {
			return c, err
		}
		for i := len(rows) - 1; i >= 0; i-- {
			r := rows[i]
			if r.Import != w.imp && r.Claim.Source.Name == c.Source.Name && r.Claim.ReportedAt == c.ReportedAt {
				c.Revises = r.Claim.ID
				break
			}
		}
	}
	if c.Revises != "" {
		w.res.Revisions++
	}
	if err := w.tx.AddClaim(ClaimRow{Import: w.imp, RecordID: recordID, RecordedAt: w.now, Claim: c}); err != nil {
		return c, err
	}
	w.res.Claims++
	return c, nil
}

// History returns every claim row of a record (an event or a period claim), in the
// order they were recorded, revisions and corrections included.
func (l *Ledger) History(ctx context.Context, recordID string) ([]ClaimRow, error) {
	var out []ClaimRow
	err := l.store.View(ctx, func(v View) error {
		var err error
		out, err = v.Claims(recordID, time.Time{})
		if err == nil && len(out) == 0 {
			if _, ok, err2 := v.LatestEvent(recordID, time.Time{}); err2 == nil && !ok {
				err = fmt.Errorf("%w: %q", ErrUnknownEvent, recordID)
			}
		}
		return err
	})
	return out, err
}

// Query selects what Dataset returns: claims reported by AsOf (zero: all), as the
// ledger held them at RecordedAsOf (zero: now).
type Query struct {
	AsOf         claims.Date
	RecordedAsOf time.Time
}

// Dataset returns the ledger's dataset: the latest version of each record recorded
// by q.RecordedAsOf, with its claims recorded by then and reported by q.AsOf, less
// the claims revised by another claim kept. A record whose claims are all left out
// is left out. Claims keep their identity.
func (l *Ledger) Dataset(ctx context.Context, q Query) (*claims.Dataset, error) {
	d := &claims.Dataset{}
	err := l.store.View(ctx, func(v View) error {
		for id, err := range v.Records(q.RecordedAsOf) {
			if err != nil {
				return err
			}
			row, ok, err := v.LatestEvent(id, q.RecordedAsOf)
			if err != nil || !ok {
				return err
			}
			rows, err := v.Claims(id, q.RecordedAsOf)
			if err != nil {
				return err
			}
			kept := current(rows, q.AsOf)
			if row.Period != nil {
				if len(kept) == 0 {
					continue
				}
				p := *row.Period
				p.Claim = kept[len(kept)-1]
				d.Periods = append(d.Periods, p)
				continue
			}
			e := row.Event
			if len(rows) > 0 && len(kept) == 0 {
				continue
			}
			e.Claims = kept
			d.Events = append(d.Events, e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// current returns the claims of rows reported by asOf (zero: all) that no other of
// them revises, in recording order.
func current(rows []ClaimRow, asOf claims.Date) []claims.Claim {
	var cs []claims.Claim
	revised := map[string]bool{}
	for _, r := range rows {
		if asOf != 0 && r.Claim.ReportedAt > asOf {
			continue
		}
		cs = append(cs, r.Claim)
		if r.Claim.Revises != "" {
			revised[r.Claim.Revises] = true
		}
	}
	out := cs[:0]
	for _, c := range cs {
		if !revised[c.ID] {
			out = append(out, c)
		}
	}
	return out
}

// Counts returns the number of rows of each table.
func (l *Ledger) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := l.store.View(ctx, func(v View) error {
		var err error
		c, err = v.Counts()
		return err
	})
	return c, err
}
