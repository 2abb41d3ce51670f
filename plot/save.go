package plot

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Size is the default size of a saved chart.
var (
	Width  = 8 * vg.Inch
	Height = 4.5 * vg.Inch
)

// DPI is the resolution of PNG charts: twice the 96 dpi of a screen, for print and
// for high-density screens.
const DPI = 192

// canvasFor returns a canvas of a format: png, svg or pdf.
func canvasFor(format string, w, h vg.Length) (vg.CanvasWriterTo, error) {
	switch format {
	case "png":
		return vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(DPI))}, nil
	case "svg":
		return vgsvg.New(w, h), nil
	case "pdf":
		return vgpdf.New(w, h), nil
	}
	return nil, fmt.Errorf("plot: format %q: want png, svg or pdf", format)
}

// Save writes p to path as PNG, SVG or PDF by its extension, at w × h (Width ×
// Height when zero).
func Save(p *gplot.Plot, path string, w, h vg.Length) error {
	return SaveGrid([][]*gplot.Plot{{p}}, path, w, h)
}

// SaveGrid writes plots tiled in rows, with aligned data areas, as Save does.
func SaveGrid(plots [][]*gplot.Plot, path string, w, h vg.Length) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := WriteGrid(f, plots, strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), "."), w, h); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// WriteGrid writes plots tiled in rows to w in a format: png, svg or pdf. A zero
// width or height is the default size (Width; Height per row, less for grids).
func WriteGrid(out io.Writer, plots [][]*gplot.Plot, format string, w, h vg.Length) error {
	if w == 0 {
		w = Width
	}
	if h == 0 {
		h = Height
		if len(plots) > 1 {
			h = Height * vg.Length(len(plots)) / 1.5
		}
	}
	c, err := canvasFor(format, w, h)
	if err != nil {
		return err
	}
	dc := draw.New(c)
	if len(plots) == 1 && len(plots[0]) == 1 {
		plots[0][0].Draw(dc)
	} else {
		t := draw.Tiles{Rows: len(plots), Cols: len(plots[0]), PadX: vg.Millimeter, PadY: vg.Millimeter,
			PadTop: vg.Points(4), PadBottom: vg.Points(4), PadLeft: vg.Points(4), PadRight: vg.Points(4)}
		canvases := gplot.Align(plots, t, dc)
		for i := range plots {
			for j := range plots[i] {
				if plots[i][j] != nil {
					plots[i][j].Draw(canvases[i][j])
				}
			}
		}
	}
	_, err = c.WriteTo(out)
	return err
}

// Describe makes an SVG chart accessible: it gives the <svg> element role="img", an
// aria-label (the title) and, first inside it, a <title> and a <desc> (WAI-ARIA
// Graphics; SVG 2 §5.9); and a style that sets each text's direction by its own
// first letter. svg is returned unchanged when it has no <svg> element.
func Describe(svg []byte, title, desc string) []byte {
	s := string(svg)
	i := strings.Index(s, "<svg")
	if i < 0 {
		return svg
	}
	j := strings.Index(s[i:], ">")
	if j < 0 {
		return svg
	}
	j += i
	esc := func(t string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(t))
		return b.String()
	}
	var b strings.Builder
	b.WriteString(s[:j])
	fmt.Fprintf(&b, ` role="img" aria-label="%s">`, strings.ReplaceAll(esc(title), `"`, "&quot;"))
	fmt.Fprintf(&b, "\n<title>%s</title>\n<desc>%s</desc>", esc(title), esc(desc))
	// Each label orders its runs by its own first strong letter (UAX #9 P2-P3),
	// so that an Arabic caption with a Latin name reads right to left.
	b.WriteString("\n<style>text { unicode-bidi: plaintext; }</style>")
	b.WriteString(s[j+1:])
	return []byte(b.String())
}
