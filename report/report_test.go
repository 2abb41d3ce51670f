package report

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"encoding/csv"
	"fmt"

	"golang.org/x/net/html"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/plot"
	"github.com/bilan-dev/bilan/stats"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sahelReport(t *testing.T) *Report {
	t.Helper()
	return sahelReportWith(t, Config{Source: "Sahel seed dataset", Period: stats.Month})
}

// built memoises the reports of the seed data by configuration: building one draws
// every chart three times, which the race detector makes slow.
var built sync.Map

func sahelReportWith(t *testing.T, cfg Config) *Report {
	t.Helper()
	key := fmt.Sprintf("%+v", cfg)
	if r, ok := built.Load(key); ok {
		return r.(*Report)
	}
	r := buildSahel(t, cfg)
	built.Store(key, r)
	return r
}

func buildSahel(t *testing.T, cfg Config) *Report {
	t.Helper()
	d := bilan.Sahel()
	b := NewBuilder(cfg)
	for i := range d.Events {
		b.Add(&d.Events[i])
	}
	for _, p := range d.Periods {
		b.AddPeriod(p)
	}
	r, err := b.Build()
	require.NoError(t, err)
	return r
}

// walk calls f on every element node.
func walk(n *html.Node, f func(*html.Node)) {
	if n.Type == html.ElementNode {
		f(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
		if n.Type == html.ElementNode {
			b.WriteString(" ") // cells and blocks read apart
		}
	}
	rec(n)
	return b.String()
}

func TestReportHTML(t *testing.T) {
	r := sahelReport(t)
	doc, err := html.Parse(bytes.NewReader(r.HTML))
	require.NoError(t, err)
	ids := map[string]*html.Node{}
	var svgs, rtl int
	var rtlText []string
	walk(doc, func(n *html.Node) {
		if id := attr(n, "id"); id != "" {
			ids[id] = n
		}
		switch n.Data {
		case "svg":
			svgs++
		case "script", "link", "iframe", "img":
			t.Errorf("<%s> in a self-contained report", n.Data)
		}
		if attr(n, "dir") == "rtl" {
			rtl++
			rtlText = append(rtlText, textOf(n))
			assert.Equal(t, "ar", attr(n, "lang"))
		}
		for _, a := range n.Attr {
			if (a.Key == "href" || a.Key == "src") && !strings.HasPrefix(a.Val, "charts/") && a.Val != "assessments.csv" {
				t.Errorf("%s=%q points outside the report", a.Key, a.Val)
			}
		}
	})
	for _, id := range []string{"headline", "charts", "events", "inflation", "silence", "method", "source", "chart-confirmed", "chart-statuses", "chart-parity"} {
		assert.Contains(t, ids, id, "section %s", id)
	}
	figures := 0
	for id := range ids {
		if strings.HasPrefix(id, "chart-") && ids[id].Data == "figure" {
			figures++
		}
	}
	assert.Equal(t, 6, figures, "six charts drawn; the two that need an event with a claim and a credible figure are left out with a note")
	assert.Contains(t, textOf(ids["chart-parity"]), "No event has both a partisan claim and a credible figure yet.")
	assert.Equal(t, 2*6+1, svgs, "each chart drawn wide and narrow, and Nimbougou's claims chart")
	assert.Len(t, r.Charts, 6+1)

	head := strings.Join(strings.Fields(textOf(ids["headline"])), " ")
	// 5 events; killed, credible: Nimbougou [1, inf) corroborated and the takeover
	// [1, inf) single source, so Low 2, Best 2, High unbounded; claimed: the 26 of
	// the five posts.
	assert.Contains(t, head, "5 events ")
	assert.Contains(t, head, "2 – 2 – ∞ credible killed, Low – Best – High")
	assert.NotContains(t, head, "confirmed killed", "no figure is confirmed")
	assert.Contains(t, head, "single source: 1 – 1 – ∞ (events: 1)")
	assert.Contains(t, head, "corroborated: 1 – 1 – ∞ (events: 1)")
	assert.Contains(t, head, "26 killed claimed by the parties (events: 1)")
	assert.Contains(t, head, "3 events with no credible figure")

	ev := textOf(ids["events"])
	assert.Contains(t, ev, "sahel-2025-nimbougou")
	assert.Contains(t, ev, "corroborated")
	assert.Contains(t, ev, "claimed only")
	var body string
	walk(doc, func(n *html.Node) {
		if n.Data == "body" {
			body = textOf(n)
		}
	})
	for _, id := range []string{"claimed_only", "armed_group", "single_source", "militant_statement", "tens_of_thousands"} {
		assert.NotContains(t, body, id, "identifiers are shown as words")
	}
	assert.Contains(t, ev, "JNIM claims attacks on five military posts", "the event's notes are shown")
	assert.Contains(t, ev, "sahel-2025-h1-soldiers", "period claims are listed")
	assert.Contains(t, strings.Join(rtlText, "\n"), "أعلنت جماعة نصرة الإسلام والمسلمين", "Arabic wording is set right to left")
	assert.Greater(t, rtl, 8)

	infl := textOf(ids["inflation"])
	assert.NotContains(t, infl, "No partisan claim", "the data has a claim of 26")
	assert.Contains(t, infl, "No event has both a partisan claim and a credible figure yet.")
	assert.Contains(t, infl, "95% t interval on the logs, given from 3 events.")

	sil := strings.Join(strings.Fields(textOf(ids["silence"])), " ")
	assert.Contains(t, sil, "2025-07 state forces 4 4 100% 0 —")
	assert.Contains(t, sil, "2025-07 armed group 4 2 50% 2 0.0") // the five posts, dated to the month, have no delay in days
	assert.Contains(t, textOf(ids["method"]), "dozens")
	assert.Contains(t, textOf(ids["source"]), "Sahel seed dataset. As of 22 Jul 2025.")
	assert.NotContains(t, textOf(ids["source"]), "/", "no file path")
}

// TestZeroPeriodIsDaily: Config's zero Period is stats.Day, as its doc says, not a
// month substituted silently.
func TestZeroPeriodIsDaily(t *testing.T) {
	r := sahelReportWith(t, Config{Source: "x"})
	assert.Contains(t, string(r.HTML), "series by day.")
	assert.Equal(t, stats.Month, DefaultPeriod)
}

// TestStatusesCounted: counting confirmed figures only, the headline says
// "confirmed", sums nothing (no figure of the seed data is confirmed), and states
// how many assessments it left out.
func TestStatusesCounted(t *testing.T) {
	r := sahelReportWith(t, Config{Source: "x", Period: stats.Month, Statuses: claims.StatusSet(0).With(claims.Confirmed)})
	doc, err := html.Parse(bytes.NewReader(r.HTML))
	require.NoError(t, err)
	var head string
	walk(doc, func(n *html.Node) {
		if attr(n, "id") == "headline" {
			head = strings.Join(strings.Fields(textOf(n)), " ")
		}
	})
	assert.Contains(t, head, "— confirmed killed, Low – Best – High")
	assert.Contains(t, head, "2 killed figures left out by the statuses chosen (confirmed)")
	assert.Contains(t, head, "Summed over the assessments whose status is confirmed.")
	rows, err := csv.NewReader(bytes.NewReader(r.Assessments)).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 6, "a header and the five events' killed assessments")
	assert.Equal(t, []string{"event_id", "date", "place", "outcome", "group", "status", "low", "best", "high", "claimed", "claimant", "counted"}, rows[0])
	for _, row := range rows[1:] {
		assert.Equal(t, "false", row[11], "nothing is counted: %v", row)
	}
}

// TestLanguages: the French and Arabic reports translate the headings and labels,
// write numbers with their separators and digits, and set Arabic right to left.
func TestLanguages(t *testing.T) {
	fr := string(sahelReportWith(t, Config{Source: "x", Period: stats.Month, Lang: plot.French}).HTML)
	assert.Contains(t, fr, `<html lang="fr" dir="ltr">`)
	assert.Contains(t, fr, "Chiffres clés")
	assert.Contains(t, fr, "revendiqué seulement")
	assert.Contains(t, fr, "≥ 2\u00a0001", "French thousands separator (CLDR: no-break space)")
	assert.Contains(t, fr, "22 juil. 2025")
	ar := string(sahelReportWith(t, Config{Source: "x", Period: stats.Month, Lang: plot.Arabic}).HTML)
	assert.Contains(t, ar, `<html lang="ar" dir="rtl">`)
	assert.Contains(t, ar, "الأرقام الرئيسية")
	assert.Contains(t, ar, "≥ ٢٬٠٠١", "Arabic digits and separator")
	assert.Contains(t, ar, "ادعاء فقط")
	assert.Contains(t, ar, `dir="ltr"`, "Latin text in an Arabic page is set left to right")
	for _, page := range []string{fr, ar} {
		assert.NotContains(t, page, "Headline figures")
		assert.NotContains(t, page, "Casualty claims and credible figures")
	}
}

func TestWriteDir(t *testing.T) {
	r := sahelReport(t)
	dir := t.TempDir()
	require.NoError(t, r.WriteDir(dir))
	_, err := os.Stat(filepath.Join(dir, "assessments.csv"))
	require.NoError(t, err)
	for _, c := range r.Charts {
		for _, ext := range []string{".png", ".svg", ".csv"} {
			st, err := os.Stat(filepath.Join(dir, "charts", c.Name+ext))
			require.NoError(t, err)
			assert.Greater(t, st.Size(), int64(40))
		}
		_, err := png.Decode(bytes.NewReader(c.PNG))
		assert.NoError(t, err, c.Name)
	}
}

// TestReportMonitorOnly: on a monitor's data (ACLED) no side's statement is recorded,
// and the report says silence cannot be measured instead of showing every side
// silent on every event.
func TestReportMonitorOnly(t *testing.T) {
	d := bilan.Sahel()
	b := NewBuilder(Config{Source: "monitor", Period: stats.Month})
	for i := range d.Events {
		e := d.Events[i]
		var kept []claims.Claim
		for _, c := range e.Claims {
			if !c.Source.Partisan() {
				kept = append(kept, c)
			}
		}
		e.Claims = kept
		b.Add(&e)
	}
	r, err := b.Build()
	require.NoError(t, err)
	page := string(r.HTML)
	assert.Contains(t, page, "silence cannot be measured")
	for _, c := range r.Charts {
		assert.NotEqual(t, "silence", c.Name, "no silence chart")
	}
}

func ExamplePlaceText() {
	fmt.Println(PlaceText(claims.Place{Country: "Mali", Admin1: "Sikasso", Admin2: "Sikasso", Locality: "Nimbougou"}))
	fmt.Println(ActorText(claims.Actor{Name: "FAMa", Associated: []string{"Africa Corps"}}, plot.French))
	fmt.Println(ActorText(claims.Actor{}, plot.English))
	// Output:
	// Nimbougou, Sikasso, Mali
	// FAMa avec Africa Corps
	// (not named)
}

// TestEmptyData: a report of no event is built, says why each chart is left out,
// and prints no figure as zero.
func TestEmptyData(t *testing.T) {
	r, err := NewBuilder(Config{Period: stats.Month}).Build()
	require.NoError(t, err)
	page := string(r.HTML)
	assert.Empty(t, r.Charts)
	assert.Contains(t, page, "No event in the data.")
	assert.Contains(t, page, `<div class="n">—</div>credible killed`)
	assert.NotContains(t, page, "%!", "no format error")
	assert.Contains(t, page, "No partisan claim in the data.")
	rows, err := csv.NewReader(bytes.NewReader(r.Assessments)).ReadAll()
	require.NoError(t, err)
	assert.Len(t, rows, 1, "the header alone")
}

// TestTranslationsFormat: every page word and its French and Arabic forms take the
// same arguments: formatting them with as many as the English has leaves no
// "%!" (a missing or extra argument, or a literal % read as a verb).
func TestTranslationsFormat(t *testing.T) {
	for key, tr := range pageWords {
		n := strings.Count(key, "%s")
		args := make([]any, n)
		for i := range args {
			args[i] = "x"
		}
		for _, s := range []string{key, tr[0], tr[1]} {
			if n == 0 {
				continue // printed as is
			}
			assert.NotContains(t, fmt.Sprintf(s, args...), "%!", "%q", s)
		}
	}
}
