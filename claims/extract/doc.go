// Package extract finds casualty figures in text — a group's statement, a wire
// report, a local radio transcript — in Arabic, French and English, following
// docs/quantities.md: each figure is an outcome, a group and a claims.Figure (an
// interval with its qualifier), with the byte offsets of the words it came from and
// whether the sentence denies it.
//
// The method is lexical and deliberately transparent: the text is cut into words
// (Arabic normalised once — alef forms, alef maqsura, ta marbuta, tatweel,
// diacritics, and presentation forms through NFKC of golang.org/x/text — with
// offsets kept into the original), quantities are read (digits in the three scripts
// with their thousands separators, number words, vague words, qualifiers), and each
// quantity is tied to the nearest outcome word and group word of its clause. A
// quantity with no outcome in reach is not a casualty figure (dates, attacks, posts,
// vehicles); a quantity after a subset marker ("dont", "including", "بينهم") is not
// counted twice; an elided group is inherited from the figure before ("12 soldiers
// killed and 30 wounded").
package extract
