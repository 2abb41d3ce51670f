// Package acled reads ACLED exports (Armed Conflict Location & Event Data) as users
// download them, streaming, and turns each row into a claims.Event.
//
// Columns are found by header name, never by position, so both the current 31-column
// layout and the pre-2023 layout (with data_id, event_id_no_cnty and iso3, without
// disorder_type, civilian_targeting and tags) read, with any extra column kept.
//
// Each row becomes an event whose single claim is ACLED's own record: a monitor
// claim, source "ACLED", reported on the event's date, with the row's sources
// (split on ";") in Claim.Sources. Its figure is fatalities as killed, group unknown
// (ACLED does not split fatalities by side), exact; an empty fatalities cell is
// Unknown, never 0. The conventions, after ACLED's codebook:
//
//   - event_date in the forms found in the wild: 2023-02-16, 16 February 2023,
//     16-Feb-23 (two-digit years 90-99 are 19xx, others 20xx: ACLED starts in 1997).
//   - time_precision 1, 2, 3 is day, week, month.
//   - geo_precision 1 is exact (a town), 2 near (part of a region, a nearby town), 3
//     admin1 (a larger region, coded to a provincial capital or natural location).
//   - actor1 and actor2 become Perpetrator and Target with ActorsUndirected set: in
//     ACLED they "do not imply directionality". inter1 and inter2 give their types,
//     as numbers 1-8 or as ACLED's text labels (State Forces ... External/Other
//     Forces); assoc_actor_1 and _2 and tags are split on ";".
//   - notes is the event's Summary. year and interaction are derived from other
//     columns and not kept; every other column without a field in the model
//     (disorder_type, civilian_targeting, iso, region, source_scale, timestamp,
//     data_id, ...) is kept in Event.Extra by its name, when not empty.
//
// A cell holding R's missing value, NA (as write.csv leaves it), is read as empty in
// every column: never an actor named "NA", a tag or an admin3.
//
// One check per row: a row is accepted or rejected, and its figures read, by one
// function that both Events and the parallel Reader.Each path (through
// Row.Values) call, so that every path of the library and the command accepts the
// same rows. fatalities is ASCII digits only ("+12", "3.0" and numbers past the
// int64 range are errors); a wrong number of fields wraps claims.ErrFieldCount and a
// missing column claims.ErrMissingColumn.
//
// A bad row yields a *claims.ParseError with its line and column name. By default
// reading goes on and the row is counted in Reader.Skipped; a CSV syntax error
// costs the broken record only (Scanner.Recover goes on at the next record that
// parses); with Strict the iterator stops after the first error. The Scanner is
// linear in its input, a quote never closed included, and refuses a record longer
// than MaxRecord. IsMonadic tells a monadic export (one row per actor); package
// bilan's front door folds its two rows of an event into one.
package acled
