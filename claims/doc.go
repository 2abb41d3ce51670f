// Package claims is bilan's model of casualty claims in armed conflict: what each
// source says about an incident's toll, kept as its own record, and the rule that
// derives confirmed figures from those claims.
//
// # Figures
//
// A Figure is a count that may be uncertain: an interval of whole numbers [Min, Max],
// Max possibly Inf, with the Qualifier that says how it was stated (exact, at_least,
// more_than, about, at_most, vague, qualitative). The zero Figure is Unknown: no number
// was given, which is never zero. The wording-to-interval conventions, the vague-word
// table (Vague) and the reduction to one number under ACLED's lowest-reported rule
// (Figure.Point with Conservative) follow docs/quantities.md, which cites ACLED's
// codebook and its FAQ "Fatalities" (2024).
//
// # Model
//
// An Event is an incident with its date and place, each at a stated precision, its
// perpetrator and target with ACLED's actor types, and its Claims in reporting order. A
// Claim is one statement by one Source at one date: Counts by Outcome and Group, its
// Stance (reports, responsibility, denial, silence), the source it cites, and its
// original wording and language. Silence is a claim with no figures. A PeriodClaim is
// a claim about a period and area ("more than 2,000 soldiers in January-June 2025").
// A Dataset holds events and period claims; Validate reports every problem at once
// with its location, and AsOf gives the dataset as known at a date.
//
// # Confirmed figures
//
// Reconcile turns an event's claims into one Assessment per outcome and group: Low,
// Best and High (UCDP's low, best and high estimates: the lowest reasonable, the most
// likely and the highest reasonable figure), the highest partisan claim and who made
// it, a Status and the claims it rests on. The default Policy (the zero Policy) is:
//
//   - Who speaks. Citations are followed to their origin: a media report that cites
//     the group's statement is the group's statement (Claim.Cites), and a monitor's
//     record rests on the reports it names (Claim.Sources, ACLED's source column):
//     an ACLED record citing AFP beside AFP's own report is one source, and two
//     monitors coding the same report are one source. Claims whose origins meet form
//     one component; where it holds first-hand statements, each origin speaks
//     through its own latest statement and the copies add nothing; where it holds
//     copies only, the latest copy speaks for them. A partisan source speaks for its
//     side, so one side speaks once: the army and the ministry of defence are one
//     voice, heard through its latest statement. Every Casualty Worldwide's
//     Standards for Casualty Recording (2016) ask that each figure keep its source
//     and attribution for this reason.
//   - Latest statement. Each voice counts once, with its latest statement: a
//     revision supersedes the earlier figure, and an admission supersedes the same
//     side's earlier denial. A later statement without a number ("casualties") does
//     not erase an earlier number.
//   - A partisan source is one that speaks for a side (Source.Side). Its claim about
//     another side's losses, or about civilians, never confirms: a militant claim of
//     soldiers killed, an army's "terrorists neutralised". Airwars' grading
//     (Airwars, "Methodology") likewise keeps a belligerent's word alone at the low
//     grades.
//   - A side's admission of its own losses confirms its figure as a floor: it is a
//     statement against the side's interest, and the side may still undercount.
//   - Two or more independent non-partisan sources whose intervals share a value
//     confirm the overlap, after Iraq Body Count's rule that an incident enters its
//     database on two independent reports, with a minimum and a maximum where
//     they differ (Iraq Body Count, "Methods", 2003 and later). The largest set of
//     overlapping sources wins; when two different sets of that size exist (two
//     sources say 10, two say 20) the sources disagree and nothing is confirmed:
//     the status is corroborated, not confirmed at the lower pair. Qualitative
//     tolls alone ("heavy toll" from two sources) corroborate but do not confirm a
//     number.
//   - Denials. A denial contests only what it denies: a side denying its own losses
//     (a figureless denial, or a "no losses"), or a non-partisan source denying the
//     event. A group's denial of responsibility for civilians killed is not a
//     denial of the toll, and leaves it as it is.
//   - Status, in this order: contested (a standing denial, or a "no losses" from a
//     side or a non-partisan source against a figure of losses); confirmed (an
//     admission, or overlapping independent sources); corroborated (two or more
//     independent credible sources agree there were losses but not on the number);
//     single_source (one non-partisan source); claimed_only (only partisan claims
//     about another side's losses); pending (nothing but silence or claims without
//     a figure so far).
//   - Low follows ACLED's rule, the lowest credible figure ("the most conservative
//     estimate is recorded", ACLED codebook): for confirmed the confirmed floor (the
//     overlap's lower end, or the highest admitted floor), otherwise the lowest Min
//     of the credible figures. Credible figures are those of non-partisan sources
//     and admissions. High is IBC's maximum, the highest credible Max, unbounded
//     (Assessment.Unbounded) when a credible source gave no upper bound.
//   - Best is UCDP's "most likely" figure, taken as the median of the points the
//     credible sources state (BestPoint): with two sources, the mean of their points,
//     not the lower one; a half is rounded down. A point is a number the source
//     states as the toll: its own best estimate, an exact N, "about N", and for a
//     two-sided range or vague word the number ACLED would code (docs/quantities.md §6: a
//     range's lower end, dozens 12). A one-sided figure states a bound, not a
//     point, and upper and lower bounds are treated alike: "up to 60" gives no point,
//     exactly as "at least 10" gives none. Where no credible source states a point,
//     Best is Low, ACLED's rule again: "up to 60" alone is Low 1, Best 1, High 60;
//     "at least 10" alone is Low 10, Best 10, High unbounded. Best is held within
//     [Low, High].
//   - With no credible figure (claimed_only, pending, a contested claim against a
//     denial) the estimate is Unknown, never zero: Assessment.Low, Best and High
//     report false then, and High reports false for an unbounded estimate too, so
//     that neither is ever printed as a number.
//   - Which statuses enter totals is the caller's choice (Policy.Count): by default
//     every status with a credible figure (single_source, corroborated, confirmed,
//     contested). Package stats calls their sum "credible", not "confirmed".
//
// Zero values state nothing: the zero Figure is Unknown, the zero Outcome is
// OutcomeUnstated (Validate rejects a figure without an outcome), the zero Group is
// UnknownGroup (no group named) and the zero GeoPrecision is GeoUnstated.
//
// The policy is a value: Policy's fields tighten it (MinIndependent 3,
// IgnoreAdmissions, Count) or loosen it (MinIndependent 1, PartisanCorroborates,
// QualitativeConfirms).
//
// Known limits: sides are state forces and armed groups. When two armed groups fight
// (JNIM against Islamic State Sahel, both ACLED actor types 2-4), a group's figure of
// militants killed is not taken as an admission of its own losses, and each group's
// sources speak for themselves. A name in Claim.Sources that no claim of the event
// carries is known by its name only: its side cannot be told.
//
// # Formats
//
// The native formats are JSON (WriteJSON, ReadJSON; the whole dataset with its format
// version, FormatVersion) and a long, tidy CSV with one row per figure of a claim
// (WriteCSV, ReadCSV; see CSVHeader). Read detects which and validates. Errors about
// data are *ParseError (file, line, column, field) or *ValidationError (every
// problem with its location), and wrap the package's sentinel errors.
package claims
