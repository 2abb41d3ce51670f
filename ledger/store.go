package ledger

import (
	"context"
	"iter"
	"time"

	"github.com/bilan-dev/bilan/claims"
)

// Store is where a ledger's rows live: append-only tables of imports, event
// versions and claims. SQLite (OpenSQLite) is the one implementation here; the
// interface is what a server database would implement to hold a ledger.
type Store interface {
	// Update runs fn in one transaction: every row fn appends is kept, or none
	// when fn returns an error or the process stops before Update returns.
	Update(ctx context.Context, fn func(Tx) error) error
	// View runs fn on a consistent snapshot.
	View(ctx context.Context, fn func(View) error) error
	Close() error
}

// View reads a store.
type View interface {
	// LatestEvent returns the latest version of a record (an event or a period
	// claim's period) recorded at or before t (the zero Time: any time).
	LatestEvent(id string, t time.Time) (EventRow, bool, error)
	// Claim returns the claim row with the given claim ID.
	Claim(id string) (ClaimRow, bool, error)
	// Claims returns the claim rows of a record recorded at or before t (the zero
	// Time: any time), in the order they were recorded.
	Claims(recordID string, t time.Time) ([]ClaimRow, error)
	// Records returns the IDs of the records with a version recorded at or before
	// t, in ascending order.
	Records(t time.Time) iter.Seq2[string, error]
	// Counts returns the number of rows of each table.
	Counts() (Counts, error)
}

// Tx is a View that appends rows, within one transaction.
type Tx interface {
	View
	// AddImport records an import and returns its ID, which the rows it brings
	// carry.
	AddImport(ImportRow) (int64, error)
	AddEvent(EventRow) error
	AddClaim(ClaimRow) error
}

// ImportRow is one import or addition: when, what and how.
type ImportRow struct {
	ID         int64
	RecordedAt time.Time
	Kind       string // "import" or "add"
	Source     string // the file as named
	Format     string // native, acled, ucdp, claim
	Options    string // how it was read ("claims-from-notes")
}

// EventRow is one version of a record: an event without its claims, or a period
// claim without its claim (Period set).
type EventRow struct {
	Seq        int64
	Import     int64
	RecordedAt time.Time
	Event      claims.Event        // Claims nil
	Period     *claims.PeriodClaim // Claim zero; nil for an event
}

// ID returns the record's ID.
func (r EventRow) ID() string {
	if r.Period != nil {
		return r.Period.ID
	}
	return r.Event.ID
}

// ClaimRow is one claim as recorded: its record, import and recording time.
type ClaimRow struct {
	Seq        int64
	Import     int64
	RecordID   string
	RecordedAt time.Time
	Claim      claims.Claim
}

// Counts is the number of rows in each table of a store.
type Counts struct {
	Imports, Events, Claims, Figures int64
}
