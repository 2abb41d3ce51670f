// Package plot draws bilan's charts on gonum/plot: one function per chart kind, each
// taking a stats result and returning a *plot.Plot (or a grid of them for small
// multiples) that Save writes as PNG, SVG or PDF by the file's extension. Chart
// functions return gonum/plot's constructor errors, and ErrNoData (wrapped) when
// given nothing to draw: the caller says why there is no chart.
//
// What every chart holds to:
//
//   - An unknown is never drawn as zero. A period whose events have no credible
//     figure (Known is false) is a gap in the line and the band, hatched across the
//     chart and named in the legend; a claims line is drawn only where a party
//     claimed, and a chart with no claim at all says so in its legend.
//   - An unbounded figure is never drawn as bounded: a High of claims.Inf is a
//     column open upward from its Low — a fill fading to the top of the chart, a
//     triangle, the Low labelled when there are few — and an interval open to the
//     right ends in a rightward triangle (Parity, EventClaims, Estimates).
//   - A figure that is an interval is drawn as one ("dozens" is [12, 99]): Parity
//     and EventClaims draw a line across it.
//   - Counts have whole-number ticks (CountTicks), shares stop at 100% (PercentTicks),
//     every number is written with the language's separators (Lang.Int), and every
//     identifier is a word of the chart's language (Lang.Word): Meta.Lang is
//     English, French or Arabic.
//   - Where the data's coverage explains a pattern, the chart says so: NewAreas
//     greys the data's first period, in which every area is "new".
//
// One theme serves every chart:
//
//   - Colours are the Okabe-Ito palette, safe for the common colour-vision
//     deficiencies (Okabe and Ito, "Color Universal Design", 2008). Each source kind
//     and each status has a fixed colour (SourceKindColor, StatusColor), so that a
//     colour means the same thing on every chart.
//   - Time axes are days; their ticks fall on month, quarter or year boundaries by
//     the span shown, and read as dates in the chart's language.
//   - Every chart has a title, axis labels with units, and a caption line under the
//     x axis naming the data source and the as-of date (Meta). Titles, captions and
//     legend entries are wrapped to Meta.Width.
//   - The legend sits in a band between the title and the data (legendAbove), so
//     that it covers no point and the axes keep the data's range.
//   - Type is DejaVu Sans throughout (Font), never under MinFont points; PNG charts
//     are drawn at DPI, twice a screen's resolution.
//   - Arabic: gonum/plot's PNG and PDF back ends draw glyphs one by one and cannot
//     shape Arabic. With Meta.Shape set (for PNG and PDF) text goes through Shaper,
//     which orders runs by a reduced Unicode bidirectional algorithm (UAX #9),
//     shapes them with go-text/typesetting (a pure-Go port of HarfBuzz) and fills
//     DejaVu Sans's glyph outlines. SVG keeps the text for the browser to shape.
//     Meta.Latin, the older fallback, romanises Arabic instead (Latin).
//   - Long series are reduced before drawing: above MaxPoints points, each of
//     MaxPoints/2 buckets keeps its minimum and maximum (Decimate), which keeps every
//     peak and trough a pixel column can show; gonum/plot's rasteriser is slow on
//     long noisy lines.
//   - EventClaims is the chart of one event: what each source said, a row per
//     claim, coloured by source kind, silence and denial marked, the reconciled
//     Low–Best–High drawn across every row.
package plot
