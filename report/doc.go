// Package report writes bilan's report: one self-contained HTML file — inline SVG
// charts and CSS, no script, nothing fetched from the network — and the charts as PNG
// and SVG files beside it.
//
// The report has, in order: the headline figures (events; confirmed killed as
// Low-Best-High; claimed), the charts of package plot, the events with their claims
// and statuses (all of them for small datasets, the most lethal for large ones), the
// inflation table with its intervals, the silence table, the method in words (the
// reconciliation policy and the vague-word conventions), and the data source and
// as-of date. Arabic text is set right to left (dir="rtl", lang="ar").
//
// A report is built event by event (Builder.Add), so that it never needs a large
// dataset in memory; builders of parts of the data merge (Builder.Merge).
package report
