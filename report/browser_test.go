package report

import (
	"encoding/json"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilan-dev/bilan/plot"
	"github.com/bilan-dev/bilan/stats"
)

// probe is appended to a copy of the page (the report itself has no script): it
// measures what the layout promises and writes it, as JSON, into the document,
// which chromium's --dump-dom prints.
const probe = `<script>
addEventListener("load", () => {
  const r = {
    viewport: innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    minChartText: 1e9, chartTexts: 0, smallTexts: [],
    arabicCells: 0, arabicMisaligned: [],
  };
  for (const t of document.querySelectorAll("svg text")) {
    if (t.getClientRects().length === 0 || t.textContent.trim() === "") continue;
    const m = t.getScreenCTM();
    const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.c, m.d);
    r.chartTexts++;
    r.minChartText = Math.min(r.minChartText, px);
    if (px < 11 && r.smallTexts.length < 5) r.smallTexts.push(t.textContent + " " + px.toFixed(1));
  }
  for (const c of document.querySelectorAll("td, th")) {
    if (!/[\u0600-\u06FF]/.test(c.textContent) || /[A-Za-z]/.test(c.textContent)) continue;
    r.arabicCells++;
    const a = getComputedStyle(c).textAlign;
    if (a !== "right") r.arabicMisaligned.push(a + ": " + c.textContent.slice(0, 30));
  }
  parent.postMessage(JSON.stringify(r), "*");
});
</script>`

// host shows the probed page in a frame of the width under test: headless
// Chromium's windows are at least 500 pixels wide, a frame can be narrower. It
// writes what the probe measured into its own document, which --dump-dom prints.
const host = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0} iframe{border:0;display:block}</style></head><body>
<iframe src="probed.html" width="WIDTH" height="900"></iframe>
<script>
addEventListener("message", e => {
  const pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = e.data;
  document.body.appendChild(pre);
});
</script></body></html>`

type probed struct {
	Viewport, ScrollWidth int
	MinChartText          float64
	ChartTexts            int
	SmallTexts            []string
	ArabicCells           int
	ArabicMisaligned      []string
}

func chromium(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed (apt-get install chromium; .ci/run does): skipping the browser test")
	}
	return bin
}

// browse opens page at a width in headless chromium, and returns what the probe
// measured and the console messages.
func browse(t *testing.T, bin, dir string, width, height int, args ...string) (string, []string) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
		"--user-data-dir=" + filepath.Join(dir, "profile"), "--enable-logging=stderr", "--v=0",
		"--window-size=" + itoa(width) + "," + itoa(height)}, args...)...)
	out, err := cmd.Output()
	var stderr string
	if ee, ok := err.(*exec.ExitError); ok {
		stderr = string(ee.Stderr)
	}
	require.NoError(t, err, "%s", stderr)
	var console []string
	for _, line := range strings.Split(stderr, "\n") {
		if strings.Contains(line, "CONSOLE") {
			console = append(console, line)
		}
	}
	return string(out), console
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

var probeRE = regexp.MustCompile(`<pre id="probe">(.*?)</pre>`)

// TestBrowser opens the English report at 360, 390, 768, 1280 and 1440 CSS pixels, and the
// French and Arabic ones at 390 and 1280, in headless Chromium (Debian's chromium,
// which .ci/run installs; the test skips where it is absent), and checks what the
// layout promises: the document is no wider than the viewport (tables scroll in
// their own box), every chart's text is at least 11 CSS pixels, every cell of
// Arabic text is aligned right by its computed style, and nothing is written to
// the console.
func TestBrowser(t *testing.T) {
	bin := chromium(t)
	for _, tc := range []struct {
		lang   plot.Lang
		widths []int
	}{
		{plot.English, []int{360, 390, 768, 1280, 1440}},
		{plot.French, []int{390, 1280}},
		{plot.Arabic, []int{390, 1280}},
	} {
		r := sahelReportWith(t, Config{Source: "Sahel seed dataset", Period: stats.Month, Lang: tc.lang})
		dir := t.TempDir()
		require.NoError(t, r.WriteDir(dir))
		page := strings.Replace(string(r.HTML), "</body>", probe+"</body>", 1)
		probedPath := filepath.Join(dir, "probed.html")
		require.NoError(t, os.WriteFile(probedPath, []byte(page), 0o644))
		for _, w := range tc.widths {
			t.Run(tc.lang.String()+"/"+itoa(w), func(t *testing.T) {
				hostPath := filepath.Join(dir, "host"+itoa(w)+".html")
				require.NoError(t, os.WriteFile(hostPath, []byte(strings.Replace(host, "WIDTH", itoa(w), 1)), 0o644))
				dom, console := browse(t, bin, dir, max(w, 500), 900, "--virtual-time-budget=5000", "--dump-dom", "file://"+hostPath)
				assert.Empty(t, console, "console messages")
				m := probeRE.FindStringSubmatch(dom)
				require.NotNil(t, m, "the probe ran")
				var p probed
				require.NoError(t, json.Unmarshal([]byte(htmlUnescape(m[1])), &p))
				t.Logf("%s at %d px: document %d px wide; smallest chart text %.1f px of %d; %d Arabic cells", tc.lang, p.Viewport, p.ScrollWidth, p.MinChartText, p.ChartTexts, p.ArabicCells)
				assert.Equal(t, w, p.Viewport)
				assert.LessOrEqual(t, p.ScrollWidth, p.Viewport, "no horizontal scrolling of the document")
				assert.Greater(t, p.ChartTexts, 20, "charts are shown")
				assert.GreaterOrEqual(t, p.MinChartText, 11.0, "chart text at least 11 px: %v", p.SmallTexts)
				assert.Greater(t, p.ArabicCells, 3, "cells of Arabic text")
				assert.Empty(t, p.ArabicMisaligned, "Arabic cells are aligned right")
			})
		}
	}
	// A screenshot of the English page at 1280: not blank, the charts' colours
	// drawn.
	r := sahelReport(t)
	dir := t.TempDir()
	require.NoError(t, r.WriteDir(dir))
	shot := filepath.Join(dir, "shot.png")
	_, console := browse(t, bin, dir, 1280, 3000, "--screenshot="+shot, "file://"+filepath.Join(dir, "report.html"))
	assert.Empty(t, console)
	f, err := os.Open(shot)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	b := img.Bounds()
	white, blue := 0, 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			r, g, bl = r>>8, g>>8, bl>>8
			switch {
			case r > 245 && g > 245 && bl > 245:
				white++
			case r < 20 && g > 95 && g < 135 && bl > 160 && bl < 200: // Okabe-Ito blue, the credible line
				blue++
			}
		}
	}
	total := (b.Dx() / 2) * (b.Dy() / 2)
	assert.Less(t, white, total*98/100, "the page is not blank")
	assert.Greater(t, blue, 50, "the charts are drawn")
}

func htmlUnescape(s string) string {
	return strings.NewReplacer("&quot;", `"`, "&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'", "&amp;", "&").Replace(s)
}
