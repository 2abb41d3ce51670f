// Package report writes bilan's report: one self-contained HTML file — inline SVG
// charts and CSS, no script, nothing fetched from the network — with, beside it,
// assessments.csv (one row per event × outcome × group: event_id, date, place,
// outcome, group, status, low, best, high, claimed, claimant, counted) and each
// chart as PNG (at plot.DPI), SVG and CSV (the data it draws, so that a desk can
// rebuild it in its own tool).
//
// The report has, in order: the headline figures, the charts of package plot, the
// events with their claims, notes and sources, their assessments and, beside each
// (for the first Config.ClaimCharts events whose assessments rest on two claims or
// more), the chart of what each source said; the inflation table with its
// intervals; the silence table; the method in words (the reconciliation policy and
// the vague-word conventions); the data source, as-of date and credit.
//
// Conventions, held everywhere in the report:
//
//   - The headline says what it sums. "Credible" figures are the estimates of
//     claims.Reconcile; the killed are summed over the statuses Config.Statuses
//     counts (claims.Policy.Count; claims.DefaultCounted by default, every status
//     that carries a figure), across groups by the group hierarchy (stats.Observer),
//     and broken down by status; they are called "confirmed" only when confirmed
//     is the one status counted. An event with no counted figure is counted apart,
//     never as zero; an unbounded High is written ∞.
//   - Every identifier a reader would see (claimed_only, armed_group,
//     militant_statement) is a word of the report's language (plot.Lang.Word).
//   - Config.Lang sets the language of every word, date and number (CLDR digits and
//     separators, by golang.org/x/text); Arabic sets the whole page right to left.
//     The data's own text is marked with its direction, whatever the page's:
//     Arabic right to left (lang="ar"), other text left to right, and cells of
//     Arabic text are aligned right.
//   - The layout holds from 360 to 1440 CSS pixels without horizontal scrolling:
//     tables scroll inside their own box, and each chart is drawn twice, 8 inches
//     wide for screens from 720 pixels and 4 inches wide for phones, so that its
//     10-point type is never shown under 11 CSS pixels. Each SVG has a <title>, a
//     <desc> and an aria-label (plot.Describe).
//   - The charts are declared as data (the charts table in charts.go): what parts
//     of the statistics each needs, its title, why it may be left out, how it is
//     drawn and its CSV. Each part is an accumulator of one shape: it adds an event
//     with its assessments and merges a part built from other events.
//
// A report is built event by event (Builder.Add), so that it never needs a large
// dataset in memory, except assessments.csv, which the builder keeps as CSV bytes
// (about 100 bytes per assessment); builders of parts of the data merge
// (Builder.Merge), their assessment rows in the order of the merge.
package report
