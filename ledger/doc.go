// Package ledger keeps a durable, append-only record of events and of the claims
// made about them, as analysts record them day by day: imports of monitor
// exports, claims added one at a time, revisions and corrections. It answers what
// was claimed by a date (as reported then) and what the ledger held on a date (as
// recorded then).
//
// # Rules
//
// Nothing is overwritten or deleted. A changed event is a new version (a new row);
// a revised claim is a new claim whose Revises names the claim it supersedes; a
// correction of a recording error is a revision with Correction set. Each import
// and each addition is one transaction: a process killed at any moment leaves the
// ledger as it was before it or after it, never between (SQLite's rollback journal
// with synchronous=FULL; the crash test kills an import with SIGKILL and checks).
// Imports stream: memory does not grow with the file (native files, which are read
// whole by claims.Read, excepted).
//
// Claims get an ID from their content when they have none (ContentID), so that
// importing a file twice writes nothing new; a claim with the same record, source
// and reported date as a claim of an earlier import, and other content, revises it
// (a monitor re-coding an event).
//
// # Storage
//
// The Ledger type works on a Store, a narrow interface (Update in one transaction,
// View on a snapshot, four reads and three appends) that a server database could
// implement. The implementation here is one SQLite file through modernc.org/sqlite,
// a pure-Go driver, so that the module needs no C compiler. The file reads as it is
// with sqlite3, pandas (read_sql) or R's DBI. Its schema (version 1, in the meta
// table):
//
//	meta     (key, value)                  schema_version = 1, application
//	imports  (import_id, recorded_at, kind, source, format, options)
//	         one row per import ("import") or addition ("add"): the file, its
//	         format (native, acled, ucdp, claim) and how it was read
//	         ("claims-from-notes")
//	events   (event_seq, import_id, recorded_at, record, event_id, date, end_date,
//	         date_precision, country, admin1, admin2, locality, latitude,
//	         longitude, perpetrator, target, event_type, body)
//	         one row per version of an event (record = 'event') or of a period
//	         claim's period (record = 'period', date and end_date its first and
//	         last days); the latest event_seq of an event_id is its current
//	         version; body is the record as native JSON, without claims
//	claims   (claim_seq, import_id, recorded_at, claim_id, event_id, revises,
//	         correction, reported_at, source, source_kind, source_side, stance,
//	         cites, body)
//	         one row per claim, in recording order; claim_id unique; event_id the
//	         event or period it is about; revises the claim_id it supersedes;
//	         correction 1 when it corrects a recording error; body the claim as
//	         native JSON (format bilan/2)
//	figures  (claim_seq, outcome, group, qualifier, min, max)
//	         one row per figure of a claim; max NULL when unbounded, min and max
//	         NULL when unknown (never 0)
//
// recorded_at columns are UTC times written 2006-01-02T15:04:05.000000000Z, so
// that text order is time order; dates are YYYY-MM-DD. Triggers refuse UPDATE and
// DELETE on events, claims and figures.
//
// A current claim is one that no claim kept by the query revises: in
// SQL, `SELECT * FROM claims c WHERE NOT EXISTS (SELECT 1 FROM claims r WHERE
// r.revises = c.claim_id)` gives the claims current now.
package ledger
