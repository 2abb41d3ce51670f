// Package ucdp reads the UCDP Georeferenced Event Dataset (GED) and UCDP Candidate
// Events files as users download them, streaming, and turns each row into a
// claims.Event.
//
// Columns are found by header name: the 49-column layout of GED and Candidate (id,
// relid, year, ... best, high, low, gwnoa, gwnob), the older 42-column order with
// low, best and high last, and the older names best_est, low_est and high_est.
// A Candidate file that ships without a header row is recognised by its shape (49
// fields, a numeric id, a date in date_start) or named with Reader.NoHeader, and read
// in the 49-column order. Columns without a field in the model are kept in
// Event.Extra by name, when not empty.
//
// Each row becomes an event with one claim: UCDP's record, a monitor claim (source
// "UCDP GED", or "UCDP Candidate" with Reader.Candidate), reported on date_end, with
// source_original as its wording and source_office, split on ";", as its sources.
// The conventions, after the GED codebook (Sundberg and Melander 2013; UCDP GED
// Codebook, version 23.1 and later):
//
//   - date_start and date_end are the event's Date and End; date_prec 1-5 is day,
//     2-6 days, week, month, year.
//   - where_prec 1-7 is exact, within 25 km, admin2, admin1, a region larger than
//     admin1, country, international waters or airspace; where_coordinates is the
//     locality, adm_1 and adm_2 the admin areas.
//   - side_a and side_b are Perpetrator and Target, with ActorsUndirected set: UCDP's
//     sides say nothing of who attacked. A side named "Government of ..." has actor
//     type state_forces, the side "Civilians" civilians, side B of a state-based
//     conflict (type_of_violence 1) rebel_group; other types are not guessed.
//   - type_of_violence 1, 2, 3 is the event type: state-based conflict, non-state
//     conflict, one-sided violence.
//   - number_of_sources -1 means not recorded and is not kept.
//
// Figures, all killed. The deaths by side become figures by group: a side named
// "Government of ..." counts security_forces (a pooled figure of state forces,
// docs/quantities.md §4), the side "Civilians" and deaths_civilians count civilians,
// any other side militants, deaths_unknown the unknown group. When two columns map
// to one group (both sides of a non-state conflict) their deaths are added and the
// columns are kept in Extra. The deaths by side are UCDP's split of its best
// estimate; low and high are totals. So when the deaths fall on one group only (or
// on none), that group's figure is the interval [low, high] with best as its point;
// when they fall on several groups, each group's figure is its exact share of best,
// and low and high are kept in Extra, since an interval for the total cannot be
// split by group without inventing one.
//
// Rows where low <= best <= high does not hold are real: they are read and kept
// (the figure spans the three values, with best as its point, and the raw values
// are kept in Extra) and reported through Reader.Warn, never dropped. So are rows
// whose deaths by side do not add up to best: their figure is the total on the
// unknown group, with the deaths by side kept in Extra. The year column is derived
// from date_start and not kept.
//
// A bad row yields a *claims.ParseError with its line and column name; by default
// reading goes on and the row is counted in Reader.Skipped, with Strict the
// iteration stops after the first error.
package ucdp
