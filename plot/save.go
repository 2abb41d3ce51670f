package plot

import (
	"fmt"
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

// canvasFor returns a canvas of the kind the path's extension names.
func canvasFor(path string, w, h vg.Length) (vg.CanvasWriterTo, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".png":
		return vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(96))}, nil
	case ".svg":
		return vgsvg.New(w, h), nil
	case ".pdf":
		return vgpdf.New(w, h), nil
	}
	return nil, fmt.Errorf("plot: %s: want a .png, .svg or .pdf file", path)
}

// Save writes p to path as PNG, SVG or PDF by its extension, at w × h (Width ×
// Height when zero).
func Save(p *gplot.Plot, path string, w, h vg.Length) error {
	return SaveGrid([][]*gplot.Plot{{p}}, path, w, h)
}

// SaveGrid writes plots tiled in rows, with aligned data areas, as Save does.
func SaveGrid(plots [][]*gplot.Plot, path string, w, h vg.Length) error {
	if w == 0 {
		w = Width
	}
	if h == 0 {
		h = Height * vg.Length(max(1, len(plots))) / 1.5
		if len(plots) == 1 {
			h = Height
		}
	}
	c, err := canvasFor(path, w, h)
	if err != nil {
		return err
	}
	dc := draw.New(c)
	if len(plots) == 1 && len(plots[0]) == 1 {
		plots[0][0].Draw(dc)
	} else {
		cols := len(plots[0])
		t := draw.Tiles{Rows: len(plots), Cols: cols, PadX: vg.Millimeter, PadY: vg.Millimeter,
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
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := c.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
