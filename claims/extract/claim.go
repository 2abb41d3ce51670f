package extract

import "github.com/bilan-dev/bilan/claims"

// Claim builds a claim from a statement: its figures as Extract reads them, its
// wording and language, and the stance Denial when the sentence denies its figures.
// The caller sets the source and the date.
func Claim(source claims.Source, reportedAt claims.Date, text string, lang Lang) claims.Claim {
	if lang == "" {
		lang = Detect(text)
	}
	c := claims.Claim{Source: source, ReportedAt: reportedAt, Wording: text, Language: string(lang)}
	for _, f := range Extract(text, lang) {
		if _, dup := c.Figure(f.Outcome, f.Group); dup {
			continue // one figure per outcome and group: the first stated
		}
		c.Figures = append(c.Figures, claims.Count{Outcome: f.Outcome, Group: f.Group, Figure: f.Figure})
		if f.Denied {
			c.Stance = claims.Denial
		}
	}
	return c
}
