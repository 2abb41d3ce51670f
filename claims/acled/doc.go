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
// A bad row yields a *claims.ParseError with its line and column name. By default
// reading goes on and the row is counted in Reader.Skipped; with Strict the
// iterator stops after the first error.
package acled
