package ledger

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"iter"
	"net/url"
	"os"
	"time"

	"github.com/bilan-dev/bilan/claims"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

// SchemaVersion is the version of the SQLite schema, in the meta table.
const SchemaVersion = "1"

// schema is the SQLite schema; the package doc explains it.
const schema = `
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
CREATE TABLE imports (
	import_id   INTEGER PRIMARY KEY,
	recorded_at TEXT NOT NULL,
	kind        TEXT NOT NULL,
	source      TEXT NOT NULL,
	format      TEXT NOT NULL,
	options     TEXT NOT NULL
);
CREATE TABLE events (
	event_seq      INTEGER PRIMARY KEY,
	import_id      INTEGER NOT NULL REFERENCES imports(import_id),
	recorded_at    TEXT NOT NULL,
	record         TEXT NOT NULL CHECK (record IN ('event', 'period')),
	event_id       TEXT NOT NULL,
	date           TEXT NOT NULL,
	end_date       TEXT,
	date_precision TEXT,
	country        TEXT,
	admin1         TEXT,
	admin2         TEXT,
	locality       TEXT,
	latitude       REAL,
	longitude      REAL,
	perpetrator    TEXT,
	target         TEXT,
	event_type     TEXT,
	body           TEXT NOT NULL
);
CREATE INDEX events_by_id ON events (event_id, event_seq);
CREATE TABLE claims (
	claim_seq   INTEGER PRIMARY KEY,
	import_id   INTEGER NOT NULL REFERENCES imports(import_id),
	recorded_at TEXT NOT NULL,
	claim_id    TEXT NOT NULL UNIQUE,
	event_id    TEXT NOT NULL,
	revises     TEXT,
	correction  INTEGER NOT NULL CHECK (correction IN (0, 1)),
	reported_at TEXT NOT NULL,
	source      TEXT NOT NULL,
	source_kind TEXT NOT NULL,
	source_side TEXT NOT NULL,
	stance      TEXT NOT NULL,
	cites       TEXT,
	body        TEXT NOT NULL
);
CREATE INDEX claims_by_event ON claims (event_id, claim_seq);
CREATE TABLE figures (
	claim_seq INTEGER NOT NULL REFERENCES claims(claim_seq),
	outcome   TEXT NOT NULL,
	"group"   TEXT NOT NULL,
	qualifier TEXT NOT NULL,
	min       INTEGER,
	max       INTEGER,
	PRIMARY KEY (claim_seq, outcome, "group")
);
CREATE TRIGGER events_append_only_u BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'ledger: rows are never updated'); END;
CREATE TRIGGER events_append_only_d BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'ledger: rows are never deleted'); END;
CREATE TRIGGER claims_append_only_u BEFORE UPDATE ON claims BEGIN SELECT RAISE(ABORT, 'ledger: rows are never updated'); END;
CREATE TRIGGER claims_append_only_d BEFORE DELETE ON claims BEGIN SELECT RAISE(ABORT, 'ledger: rows are never deleted'); END;
CREATE TRIGGER figures_append_only_u BEFORE UPDATE ON figures BEGIN SELECT RAISE(ABORT, 'ledger: rows are never updated'); END;
CREATE TRIGGER figures_append_only_d BEFORE DELETE ON figures BEGIN SELECT RAISE(ABORT, 'ledger: rows are never deleted'); END;
`

// timeFormat is how times are stored: UTC, fixed width, so that text order is time
// order.
const timeFormat = "2006-01-02T15:04:05.000000000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeFormat) }

// SQLite is a Store in one SQLite file.
type SQLite struct {
	db *sql.DB
}

func dsn(path string) string {
	u := url.URL{Scheme: "file", Opaque: path}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(FULL)")
	// A 64 MiB page cache: a large import spills dirty pages to the file less
	// often; memory stays bounded by it.
	q.Add("_pragma", "cache_size(-65536)")
	q.Set("_txlock", "immediate")
	u.RawQuery = q.Encode()
	return u.String()
}

// CreateSQLite creates a new ledger file at path with the schema, and fails if a
// file is there already.
func CreateSQLite(path string) (*SQLite, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	f.Close()
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	db.SetMaxOpenConns(1)
	s := &SQLite{db: db}
	err = s.Update(context.Background(), func(Tx) error {
		return nil
	})
	if err == nil {
		_, err = db.Exec(schema + `INSERT INTO meta VALUES ('schema_version', '` + SchemaVersion + `'), ('application', 'bilan ledger');`)
	}
	if err != nil {
		db.Close()
		os.Remove(path)
		return nil, fmt.Errorf("ledger: creating %s: %w", path, err)
	}
	return s, nil
}

// OpenSQLite opens an existing ledger file and checks its schema version.
func OpenSQLite(path string) (*SQLite, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	db.SetMaxOpenConns(1)
	var v string
	if err := db.QueryRow(`SELECT value FROM meta WHERE key = 'schema_version'`).Scan(&v); err != nil {
		db.Close()
		return nil, fmt.Errorf("%w: %s: %v", ErrNotLedger, path, err)
	}
	if v != SchemaVersion {
		db.Close()
		return nil, fmt.Errorf("%w: %s: schema version %s, want %s", ErrNotLedger, path, v, SchemaVersion)
	}
	return &SQLite{db: db}, nil
}

// Close closes the file.
func (s *SQLite) Close() error { return s.db.Close() }

// IntegrityCheck runs SQLite's PRAGMA integrity_check and returns its first line:
// "ok" for a sound file.
func (s *SQLite) IntegrityCheck() (string, error) {
	var r string
	err := s.db.QueryRow(`PRAGMA integrity_check`).Scan(&r)
	return r, err
}

// Update implements Store.
func (s *SQLite) Update(ctx context.Context, fn func(Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	t := &sqliteTx{tx: tx, ctx: ctx}
	if err := fn(t); err != nil {
		t.close()
		tx.Rollback()
		return err
	}
	t.close()
	return tx.Commit()
}

// View implements Store.
func (s *SQLite) View(ctx context.Context, fn func(View) error) error {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	t := &sqliteTx{tx: tx, ctx: ctx}
	defer t.close()
	return fn(t)
}

type sqliteTx struct {
	tx    *sql.Tx
	ctx   context.Context
	stmts map[string]*sql.Stmt
}

func (t *sqliteTx) close() {
	for _, s := range t.stmts {
		s.Close()
	}
}

// stmt returns the prepared statement for q, preparing it once per transaction.
func (t *sqliteTx) stmt(q string) (*sql.Stmt, error) {
	if s, ok := t.stmts[q]; ok {
		return s, nil
	}
	s, err := t.tx.PrepareContext(t.ctx, q)
	if err != nil {
		return nil, err
	}
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	t.stmts[q] = s
	return s, nil
}

func (t *sqliteTx) exec(q string, args ...any) (sql.Result, error) {
	s, err := t.stmt(q)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(t.ctx, args...)
}

func (t *sqliteTx) query(q string, args ...any) (*sql.Rows, error) {
	s, err := t.stmt(q)
	if err != nil {
		return nil, err
	}
	return s.QueryContext(t.ctx, args...)
}

func before(t time.Time) string {
	if t.IsZero() {
		return "9999"
	}
	return formatTime(t)
}

// periodBody is a period claim's record without its claim.
type periodBody struct {
	ID        string        `json:"id"`
	From      claims.Date   `json:"from"`
	To        claims.Date   `json:"to"`
	Area      claims.Area   `json:"area"`
	Incidents claims.Figure `json:"incidents"`
}

func (t *sqliteTx) LatestEvent(id string, at time.Time) (EventRow, bool, error) {
	var r EventRow
	rows, err := t.query(`SELECT event_seq, import_id, recorded_at, record, body FROM events
		WHERE event_id = ? AND recorded_at <= ? ORDER BY event_seq DESC LIMIT 1`, id, before(at))
	if err != nil {
		return r, false, err
	}
	defer rows.Close()
	if !rows.Next() {
		return r, false, rows.Err()
	}
	var rec, kind, body string
	if err := rows.Scan(&r.Seq, &r.Import, &rec, &kind, &body); err != nil {
		return r, false, err
	}
	if r.RecordedAt, err = time.Parse(timeFormat, rec); err != nil {
		return r, false, err
	}
	if kind == "period" {
		var p periodBody
		if err := json.Unmarshal([]byte(body), &p); err != nil {
			return r, false, fmt.Errorf("ledger: period %s: %w", id, err)
		}
		r.Period = &claims.PeriodClaim{ID: p.ID, From: p.From, To: p.To, Area: p.Area, Incidents: p.Incidents}
		return r, true, nil
	}
	if err := json.Unmarshal([]byte(body), &r.Event); err != nil {
		return r, false, fmt.Errorf("ledger: event %s: %w", id, err)
	}
	return r, true, nil
}

const claimColumns = `claim_seq, import_id, recorded_at, event_id, body`

func scanClaim(sc interface{ Scan(...any) error }) (ClaimRow, error) {
	var r ClaimRow
	var rec, body string
	if err := sc.Scan(&r.Seq, &r.Import, &rec, &r.RecordID, &body); err != nil {
		return r, err
	}
	var err error
	if r.RecordedAt, err = time.Parse(timeFormat, rec); err != nil {
		return r, err
	}
	if err := json.Unmarshal([]byte(body), &r.Claim); err != nil {
		return r, fmt.Errorf("ledger: claim %d: %w", r.Seq, err)
	}
	return r, nil
}

func (t *sqliteTx) Claim(id string) (ClaimRow, bool, error) {
	rows, err := t.query(`SELECT `+claimColumns+` FROM claims WHERE claim_id = ?`, id)
	if err != nil {
		return ClaimRow{}, false, err
	}
	defer rows.Close()
	if !rows.Next() {
		return ClaimRow{}, false, rows.Err()
	}
	r, err := scanClaim(rows)
	return r, err == nil, err
}

func (t *sqliteTx) Claims(recordID string, at time.Time) ([]ClaimRow, error) {
	rows, err := t.query(`SELECT `+claimColumns+` FROM claims WHERE event_id = ? AND recorded_at <= ? ORDER BY claim_seq`, recordID, before(at))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ClaimRow
	for rows.Next() {
		r, err := scanClaim(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

func (t *sqliteTx) Records(at time.Time) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		// The IDs are read first: the caller queries the store for each.
		rows, err := t.tx.QueryContext(t.ctx, `SELECT DISTINCT event_id FROM events WHERE recorded_at <= ? ORDER BY event_id`, before(at))
		if err != nil {
			yield("", err)
			return
		}
		var ids []string
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				yield("", err)
				return
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			yield("", err)
			return
		}
		for _, id := range ids {
			if !yield(id, nil) {
				return
			}
		}
	}
}

func (t *sqliteTx) Counts() (Counts, error) {
	var c Counts
	err := t.tx.QueryRowContext(t.ctx, `SELECT (SELECT count(*) FROM imports), (SELECT count(*) FROM events), (SELECT count(*) FROM claims), (SELECT count(*) FROM figures)`).
		Scan(&c.Imports, &c.Events, &c.Claims, &c.Figures)
	return c, err
}

func (t *sqliteTx) AddImport(r ImportRow) (int64, error) {
	res, err := t.exec(`INSERT INTO imports (recorded_at, kind, source, format, options) VALUES (?, ?, ?, ?, ?)`,
		formatTime(r.RecordedAt), r.Kind, r.Source, r.Format, r.Options)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func (t *sqliteTx) AddEvent(r EventRow) error {
	if p := r.Period; p != nil {
		body, err := json.Marshal(periodBody{ID: p.ID, From: p.From, To: p.To, Area: p.Area, Incidents: p.Incidents})
		if err != nil {
			return err
		}
		_, err = t.exec(`INSERT INTO events (import_id, recorded_at, record, event_id, date, end_date, body) VALUES (?, ?, 'period', ?, ?, ?, ?)`,
			r.Import, formatTime(r.RecordedAt), p.ID, p.From.String(), p.To.String(), string(body))
		return err
	}
	e := r.Event
	e.Claims = nil
	body, err := json.Marshal(e)
	if err != nil {
		return err
	}
	var lat, lon any
	if c := e.Place.Coords; c != nil {
		lat, lon = c.Lat, c.Lon
	}
	_, err = t.exec(`INSERT INTO events (import_id, recorded_at, record, event_id, date, end_date, date_precision, country, admin1, admin2, locality,
		latitude, longitude, perpetrator, target, event_type, body) VALUES (?, ?, 'event', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		r.Import, formatTime(r.RecordedAt), e.ID, e.Date.String(), nullString(e.End.String()), e.DatePrecision.String(),
		e.Place.Country, nullString(e.Place.Admin1), nullString(e.Place.Admin2), nullString(e.Place.Locality), lat, lon,
		nullString(e.Perpetrator.Name), nullString(e.Target.Name), nullString(e.Type), string(body))
	return err
}

func (t *sqliteTx) AddClaim(r ClaimRow) error {
	c := r.Claim
	body, err := json.Marshal(c)
	if err != nil {
		return err
	}
	var cites any
	if c.Cites != nil {
		cites = c.Cites.Name
	}
	correction := 0
	if c.Correction {
		correction = 1
	}
	res, err := t.exec(`INSERT INTO claims (import_id, recorded_at, claim_id, event_id, revises, correction, reported_at, source, source_kind,
		source_side, stance, cites, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		r.Import, formatTime(r.RecordedAt), c.ID, r.RecordID, nullString(c.Revises), correction, c.ReportedAt.String(),
		c.Source.Name, c.Source.Kind.String(), c.Source.Side.String(), c.Stance.String(), cites, string(body))
	if err != nil {
		return err
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return err
	}
	for _, f := range c.Figures {
		var mn, mx any
		if f.Figure.IsKnown() {
			mn = f.Figure.Min
			if f.Figure.Max != claims.Inf {
				mx = f.Figure.Max
			}
		}
		if _, err := t.exec(`INSERT INTO figures (claim_seq, outcome, "group", qualifier, min, max) VALUES (?, ?, ?, ?, ?, ?)`,
			seq, f.Outcome.String(), f.Group.String(), f.Figure.Qualifier.String(), mn, mx); err != nil {
			return err
		}
	}
	return nil
}
