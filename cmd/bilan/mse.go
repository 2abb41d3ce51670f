package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"text/tabwriter"

	bplot "github.com/bilan-dev/bilan/plot"
	"github.com/bilan-dev/bilan/stats/mse"
)

func init() {
	flagSets["mse"] = func(fs *flag.FlagSet) {
		fs.String("models", "", "comma-separated models (default: every closedp.t model): M0, Mt, \"Mh Chao\", ..., \"all two-way\", \"[12,3]\"")
		fs.Bool("ci", false, "add the multinomial profile-likelihood 95% interval of each model")
		fs.String("search", "", "also fit every hierarchical log-linear model, ranked by aic or bic")
		fs.Bool("bma", false, "add dga's Bayesian model averaging over decomposable graphs (3 to 5 lists)")
		fs.Bool("json", false, "write one JSON object instead of tables")
		fs.String("chart", "", "also draw the estimates with their intervals to this .png, .svg or .pdf file")
	}
	register(&command{
		name:  "mse",
		usage: "[-models LIST] [-ci] [-search aic|bic] [-bma] [-json] [-chart FILE] FILE",
		help: `Estimates the total from overlapping lists (multiple systems estimation).

mse reads FILE, either a table of capture histories (CSV history,count: a string of
0/1 per list, the first character for list 1) or the lists themselves (CSV list,key:
one row per record, matched across lists on key). It fits Rcapture's closedp.t
models (or those named by -models), the two-list Lincoln-Petersen and Chapman
estimates for every pair of lists, and with -search every hierarchical log-linear
model; the numbers are those of R's Rcapture on the same table. With -json it writes
one object: "models" (name, abundance, stderr, deviance, df, aic, bic, status; with
-ci also abundance_mult, ci_low, ci_high, ci_high null beyond 3N), "pairs" (lists,
lp, lp_se, chapman, chapman_se, ci_low, ci_high), with -search "search", and with
-bma "bma" (median, ci_low, ci_high, mean, delta, grid, and graphs with their
posterior probabilities), computed as dga's bma.cr with its default delta and 1/N
prior, the grid widened until the posterior fits in it.`,
		run: runMSE,
	})
}

type mseModel struct {
	Name          string   `json:"name"`
	Abundance     float64  `json:"abundance"`
	StdErr        *float64 `json:"stderr"`
	Deviance      float64  `json:"deviance"`
	DF            int      `json:"df"`
	AIC           float64  `json:"aic"`
	BIC           float64  `json:"bic"`
	Status        string   `json:"status"`
	AbundanceMult *float64 `json:"abundance_mult,omitempty"`
	CILow         *float64 `json:"ci_low,omitempty"`
	CIHigh        *float64 `json:"ci_high,omitempty"`
	ciAsked       bool
}

type msePair struct {
	Lists     []string `json:"lists"`
	LP        *float64 `json:"lp"`
	LPSE      *float64 `json:"lp_se"`
	Chapman   float64  `json:"chapman"`
	ChapmanSE float64  `json:"chapman_se"`
	CILow     float64  `json:"ci_low"`
	CIHigh    float64  `json:"ci_high"`
}

type mseOut struct {
	Lists    []string   `json:"lists"`
	Observed float64    `json:"observed"`
	Models   []mseModel `json:"models"`
	Pairs    []msePair  `json:"pairs"`
	Search   []mseModel `json:"search,omitempty"`
	BMA      *mseBMA    `json:"bma,omitempty"`
}

type mseBMA struct {
	Median int        `json:"median"`
	CILow  int        `json:"ci_low"`
	CIHigh int        `json:"ci_high"`
	Mean   float64    `json:"mean"`
	Delta  float64    `json:"delta"`
	Grid   [2]int     `json:"grid"`
	Graphs []msegraph `json:"graphs"`
}

type msegraph struct {
	Graph       string  `json:"graph"`
	Probability float64 `json:"probability"`
}

func finite(v float64) *float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil
	}
	return &v
}

func modelOut(tb *mse.Table, e mse.Estimate, ci bool) mseModel {
	m := mseModel{Name: e.Name, Abundance: e.Abundance, StdErr: finite(e.StdErr), Deviance: e.Deviance, DF: e.DF, AIC: e.AIC, BIC: e.BIC, Status: e.Status.String(), ciAsked: ci}
	if ci {
		if iv, ok := tb.ProfileCI(e); ok {
			m.AbundanceMult, m.CILow, m.CIHigh = finite(iv.Abundance), finite(iv.Low), finite(iv.High)
		}
	}
	return m
}

func runMSE(e *env, args []string) error {
	fs, err := parse("mse", e, args)
	if err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: one FILE", errUsage)
	}
	search := fs.Lookup("search").Value.String()
	if search != "" && search != "aic" && search != "bic" {
		return fmt.Errorf("%w: -search %q: want aic or bic", errUsage, search)
	}
	in := inputs(fs.Args())[0]
	var r io.Reader = e.stdin
	if in.path != "-" {
		f, err := os.Open(in.path)
		if err != nil {
			return fmt.Errorf("%s: %v", in.name, err)
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReader(r)
	head, _ := br.Peek(64)
	var tb *mse.Table
	if bytes.HasPrefix(bytes.TrimPrefix(head, []byte("\ufeff")), []byte("list,")) {
		tb, err = mse.ReadLists(br)
	} else {
		tb, err = mse.ReadTable(br)
	}
	if err != nil {
		return fmt.Errorf("%s: %s", in.name, strings.TrimPrefix(err.Error(), "mse: "))
	}
	ci := fs.Lookup("ci").Value.String() == "true"
	out := mseOut{Lists: tb.Names, Observed: tb.N(), Models: []mseModel{}, Pairs: []msePair{}}
	if names := fs.Lookup("models").Value.String(); names != "" {
		for _, n := range splitModels(names) {
			est, err := tb.Model(n)
			if err != nil {
				return fmt.Errorf("%w: -models: %v", errUsage, err)
			}
			out.Models = append(out.Models, modelOut(tb, est, ci))
		}
	} else {
		for _, est := range tb.Closedp() {
			out.Models = append(out.Models, modelOut(tb, est, ci))
		}
	}
	for _, p := range tb.Pairs() {
		out.Pairs = append(out.Pairs, msePair{Lists: []string{tb.Names[p.I], tb.Names[p.J]}, LP: finite(p.LP), LPSE: finite(p.LPSE),
			Chapman: p.Chapman, ChapmanSE: p.ChapmanSE, CILow: p.CILow, CIHigh: p.CIHigh})
	}
	if search != "" {
		c := mse.ByAIC
		if search == "bic" {
			c = mse.ByBIC
		}
		for _, est := range tb.Search(c) {
			out.Search = append(out.Search, modelOut(tb, est, false))
		}
	}
	if fs.Lookup("bma").Value.String() == "true" {
		r, err := tb.BMA(mse.BMAConfig{})
		if err != nil {
			return fmt.Errorf("%s: %s", in.name, strings.TrimPrefix(err.Error(), "mse: "))
		}
		b := &mseBMA{Median: r.Median, CILow: r.Low, CIHigh: r.High, Mean: r.Mean, Delta: r.Delta, Grid: [2]int{r.MinMissing, r.MaxMissing}}
		for _, g := range r.Graphs {
			b.Graphs = append(b.Graphs, msegraph{Graph: g.Graph.Name(), Probability: g.Prob})
		}
		out.BMA = b
	}
	if path := fs.Lookup("chart").Value.String(); path != "" {
		if err := mseChart(path, in.name, out); err != nil {
			return err
		}
	}
	if fs.Lookup("json").Value.String() == "true" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	return writeMSE(e.stdout, out)
}

// splitModels splits a comma-separated list of model names, keeping the commas
// inside generating classes ("[12,3],M0").
func splitModels(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, c := range s {
		switch c {
		case '[':
			depth++
		case ']':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, strings.TrimSpace(s[start:i]))
				start = i + 1
			}
		}
	}
	return append(out, strings.TrimSpace(s[start:]))
}

func f1(p *float64) string {
	if p == nil {
		return "NA"
	}
	return fmt.Sprintf("%.1f", *p)
}

func writeMSE(w io.Writer, o mseOut) error {
	fmt.Fprintf(w, "%d lists (%s), %.0f units observed\n\n", len(o.Lists), strings.Join(o.Lists, ", "), o.Observed)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	table := func(ms []mseModel) {
		ci := len(ms) > 0 && ms[0].ciAsked
		fmt.Fprint(tw, "model\tabundance\tstderr\tdeviance\tdf\tAIC\tBIC\tstatus\t")
		if ci {
			fmt.Fprint(tw, "multinomial\t95% low\t95% high\t")
		}
		fmt.Fprintln(tw)
		for _, m := range ms {
			fmt.Fprintf(tw, "%s\t%.1f\t%s\t%.3f\t%d\t%.3f\t%.3f\t%s\t", m.Name, m.Abundance, f1(m.StdErr), m.Deviance, m.DF, m.AIC, m.BIC, m.Status)
			if ci {
				hi := f1(m.CIHigh)
				if m.CIHigh == nil && m.CILow != nil {
					hi = ">3N"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t", f1(m.AbundanceMult), f1(m.CILow), hi)
			}
			fmt.Fprintln(tw)
		}
		tw.Flush()
	}
	table(o.Models)
	fmt.Fprintln(w, "\ntwo lists (Lincoln-Petersen, Chapman with its Wald 95% interval):")
	fmt.Fprintln(tw, "lists\tLP\tSE\tChapman\tSE\t95% low\t95% high\t")
	for _, p := range o.Pairs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.1f\t%.1f\t%.1f\t%.1f\t\n", strings.Join(p.Lists, "-"), f1(p.LP), f1(p.LPSE), p.Chapman, p.ChapmanSE, p.CILow, p.CIHigh)
	}
	tw.Flush()
	if len(o.Search) > 0 {
		fmt.Fprintf(w, "\nhierarchical log-linear models, best first (%d):\n", len(o.Search))
		table(o.Search)
	}
	if b := o.BMA; b != nil {
		fmt.Fprintf(w, "\nBayesian model averaging over %d decomposable graphs (delta %g, n0 in %d..%d):\n", len(b.Graphs), b.Delta, b.Grid[0], b.Grid[1])
		fmt.Fprintf(w, "  posterior median %d, 95%% interval [%d, %d], mean %.1f\n", b.Median, b.CILow, b.CIHigh, b.Mean)
		for _, g := range b.Graphs[:min(5, len(b.Graphs))] {
			fmt.Fprintf(w, "  %-20s %.4g\n", g.Graph, g.Probability)
		}
	}
	return nil
}

// mseChart draws each model's estimate with its interval (profile likelihood with
// -ci, Wald otherwise), the observed count marked.
func mseChart(path, source string, o mseOut) error {
	var bars []bplot.EstimateBar
	for _, m := range o.Models {
		b := bplot.EstimateBar{Name: m.Name, Abundance: m.Abundance, Low: math.NaN()}
		switch {
		case m.CILow != nil:
			b.Low, b.High, b.Profile = *m.CILow, math.Inf(1), true
			if m.CIHigh != nil {
				b.High = *m.CIHigh
			}
		case m.StdErr != nil:
			b.Low, b.High = max(o.Observed, m.Abundance-1.959964*(*m.StdErr)), m.Abundance+1.959964*(*m.StdErr)
		default:
			continue
		}
		bars = append(bars, b)
	}
	if b := o.BMA; b != nil {
		bars = append(bars, bplot.EstimateBar{Name: "BMA (median)", Abundance: float64(b.Median), Low: float64(b.CILow), High: float64(b.CIHigh)})
	}
	svg := strings.HasSuffix(strings.ToLower(path), ".svg")
	p, err := bplot.Estimates(bars, o.Observed, bplot.Meta{Source: source, Shape: !svg})
	if err != nil {
		return err
	}
	return bplot.Save(p, path, 0, 0)
}
