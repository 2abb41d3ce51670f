package report

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/bilan-dev/bilan"
	"github.com/bilan-dev/bilan/claims"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sahelReport(t *testing.T) *Report {
	t.Helper()
	d := bilan.Sahel()
	b := NewBuilder(Config{Source: "Sahel seed dataset", Seed: 1})
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
			if (a.Key == "href" || a.Key == "src") && !strings.HasPrefix(a.Val, "charts/") {
				t.Errorf("%s=%q points outside the report", a.Key, a.Val)
			}
		}
	})
	for _, id := range []string{"headline", "charts", "events", "inflation", "silence", "method", "source", "chart-confirmed", "chart-statuses", "chart-parity"} {
		assert.Contains(t, ids, id, "section %s", id)
	}
	assert.Equal(t, 6, svgs, "six charts drawn; the two that need an event with a claim and a confirmed figure are left out with a note")
	assert.Contains(t, textOf(ids["chart-parity"]), "No event has both a partisan claim and a confirmed figure yet.")
	assert.Equal(t, len(r.Charts), svgs)

	head := strings.Join(strings.Fields(textOf(ids["headline"])), " ")
	// 5 events; confirmed killed: Nimbougou [1, inf) and the takeover [1, inf), so
	// Low 2, Best 2, High unbounded; claimed: the 26 of the five posts.
	assert.Contains(t, head, "5 events ")
	assert.Contains(t, head, "2 – 2 – ∞ confirmed killed")
	assert.Contains(t, head, "26 killed claimed by the parties, on 1 event")
	assert.Contains(t, head, "3 events with no credible figure")

	ev := textOf(ids["events"])
	assert.Contains(t, ev, "sahel-2025-nimbougou")
	assert.Contains(t, ev, "corroborated")
	assert.Contains(t, ev, "claimed_only")
	assert.Contains(t, ev, "sahel-2025-h1-soldiers", "period claims are listed")
	assert.Contains(t, strings.Join(rtlText, "\n"), "أعلنت جماعة نصرة الإسلام والمسلمين", "Arabic wording is set right to left")
	assert.Greater(t, rtl, 8)

	sil := strings.Join(strings.Fields(textOf(ids["silence"])), " ")
	assert.Contains(t, sil, "2025-07 state 4 4 100% 0 —")
	assert.Contains(t, sil, "2025-07 armed_group 4 2 50% 2 0.0") // the five posts, dated to the month, have no delay in days
	assert.Contains(t, textOf(ids["method"]), "dozens")
	assert.Contains(t, textOf(ids["source"]), "Sahel seed dataset. As of 2025-07-22.")
}

func TestWriteDir(t *testing.T) {
	r := sahelReport(t)
	dir := t.TempDir()
	require.NoError(t, r.WriteDir(dir))
	for _, c := range r.Charts {
		for _, ext := range []string{".png", ".svg"} {
			st, err := os.Stat(filepath.Join(dir, "charts", c.Name+ext))
			require.NoError(t, err)
			assert.Greater(t, st.Size(), int64(1000))
		}
		_, err := png.Decode(bytes.NewReader(c.PNG))
		assert.NoError(t, err, c.Name)
	}
}

// TestBrowser opens the report in headless Chromium (Debian's chromium, which .ci/run
// installs) and checks that the page renders: a screenshot that is not blank and
// shows the charts' colours, and no console error. Where chromium is absent it
// skips.
func TestBrowser(t *testing.T) {
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed (apt-get install chromium; .ci/run does): skipping the browser test")
	}
	r := sahelReport(t)
	dir := t.TempDir()
	require.NoError(t, r.WriteDir(dir))
	shot := filepath.Join(dir, "shot.png")
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
		"--window-size=1100,3000", "--screenshot="+shot, "file://"+filepath.Join(dir, "report.html"))
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "CONSOLE") {
			t.Errorf("console message: %s", line)
		}
	}
	f, err := os.Open(shot)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	b := img.Bounds()
	white, blue, orange := 0, 0, 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			r, g, bl = r>>8, g>>8, bl>>8
			switch {
			case r > 245 && g > 245 && bl > 245:
				white++
			case r < 20 && g > 95 && g < 135 && bl > 160 && bl < 200: // Okabe-Ito blue, the confirmed line
				blue++
			case r > 200 && g > 140 && g < 175 && bl < 30: // Okabe-Ito orange, new areas
				orange++
			}
		}
	}
	total := (b.Dx() / 2) * (b.Dy() / 2)
	assert.Less(t, white, total*98/100, "the page is not blank")
	assert.Greater(t, blue, 50, "the charts are drawn")
	assert.Greater(t, orange, 50, "the charts are drawn")
}

// TestReportMonitorOnly: on a monitor's data (ACLED) no side's statement is recorded,
// and the report says silence cannot be measured instead of showing every side
// silent on every event.
func TestReportMonitorOnly(t *testing.T) {
	d := bilan.Sahel()
	b := NewBuilder(Config{Source: "monitor"})
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
