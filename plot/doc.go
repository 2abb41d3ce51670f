// Package plot draws bilan's charts on gonum/plot: one function per chart kind, each
// taking a stats result and returning a *plot.Plot (or a grid of them for small
// multiples) that Save writes as PNG, SVG or PDF by the file's extension.
//
// One theme serves every chart:
//
//   - Colours are the Okabe-Ito palette, safe for the common colour-vision
//     deficiencies (Okabe and Ito, "Color Universal Design", 2008). Each source kind
//     and each status has a fixed colour (SourceKindColor, StatusColor), so that a
//     colour means the same thing on every chart.
//   - Time axes are days; their ticks fall on month, quarter or year boundaries by
//     the span shown, and read as dates (Jul 2025, 2025 Q3, 2025).
//   - Every chart has a title, axis labels with units, and a caption line under the
//     x axis naming the data source and the as-of date (Meta).
//   - The legend sits in a band above the data: the y axis is raised so that no
//     legend entry covers a point.
//   - Arabic text: gonum/plot's PNG and PDF back ends draw glyphs one by one and
//     cannot shape Arabic, which would come out as disjoint letters in the wrong
//     order. So with Meta.Latin set (for PNG and PDF), every label written in Arabic
//     script is replaced by its romanisation (Latin, a simplified ISO 233 / Buckwalter
//     letter table, documented at Latin); without it (SVG) labels stay in Arabic and
//     the browser shapes them.
//   - Long series are reduced before drawing: above MaxPoints points, each of
//     MaxPoints/2 buckets keeps its minimum and maximum (Decimate), which keeps every
//     peak and trough a pixel column can show; gonum/plot's rasteriser is slow on
//     long noisy lines.
package plot
