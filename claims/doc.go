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
// Best and High (as UCDP reports them), the highest partisan claim and who made it,
// a Status and the claims it rests on. The default Policy (the zero Policy) is:
//
//   - Citations are followed to their origin: a media report that cites the group's
//     statement is the group's statement, not a second source. Each origin counts
//     once, with its latest statement (a revision supersedes the earlier figure).
//     Every Casualty Worldwide's Standards for Casualty Recording (2016) ask that
//     each figure keep its source and attribution for this reason.
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
//     they differ (Iraq Body Count, "Methods", 2003 and later). When several sets of
//     sources overlap, the largest set wins, and among those the lowest value.
//     Qualitative tolls alone ("heavy toll" from two sources) corroborate but do not
//     confirm a number.
//   - Status, in this order: contested (a denial, or a "no losses" from a side or a
//     non-partisan source against a figure of losses); confirmed (an admission, or
//     overlapping independent sources); corroborated (two or more independent
//     credible sources agree there were losses but not on the number);
//     single_source (one non-partisan source); claimed_only (only partisan claims
//     about another side's losses); pending (nothing but silence or claims without
//     a figure so far).
//   - Low follows ACLED's rule, the lowest credible figure: for confirmed the
//     confirmed floor (the overlap's lower end, or the highest admitted floor),
//     otherwise the lowest Min of the credible figures. Credible figures are those of
//     non-partisan sources and admissions. High is the highest credible Max, Inf when
//     a credible source gave no upper bound. Best is the median of the credible
//     sources' stated points (Figure.Point with Stated; the lower middle of an even
//     count), held within [Low, High]; where no source gives a point (qualitative
//     tolls only) Best is Low. With no credible figure (claimed_only, pending, a
//     contested claim against a denial) the estimate is Unknown, never zero.
//
// The policy is a value: Policy's fields tighten it (MinIndependent 3,
// IgnoreAdmissions) or loosen it (MinIndependent 1, PartisanCorroborates,
// QualitativeConfirms).
//
// Known limit: sides are state forces and armed groups. When two armed groups fight
// (JNIM against Islamic State Sahel, both ACLED actor types 2-4), a group's figure of
// militants killed is not taken as an admission of its own losses.
//
// # Formats
//
// The native formats are JSON (WriteJSON, ReadJSON; the whole dataset with its format
// version, FormatVersion) and a long, tidy CSV with one row per figure of a claim
// (WriteCSV, ReadCSV; see CSVHeader). Read detects which and validates. Errors about
// data are *ParseError (file, line, column, field) or *ValidationError (every
// problem with its location), and wrap the package's sentinel errors.
package claims
