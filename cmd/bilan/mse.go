package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bilan-dev/bilan/claims"
	bplot "github.com/bilan-dev/bilan/plot"
	"github.com/bilan-dev/bilan/stats/mse"
	"gonum.org/v1/gonum/stat/distuv"
)

func init() {
	helpFlags("mse", declareMSE)
	register(&command{
		name:  "mse",
		usage: "[-models LIST] [-ci] [-bc] [-search aic|bic] [-bma] [-lcmcr [-seed N] [-samples N] [-burnin N] [-thin N] [-k K]] [-lists NAMES] [-json] [-chart FILE] FILE",
		help: `Estimates the total from overlapping lists (multiple systems estimation).

mse reads FILE, either a table of capture histories (CSV history,count: a string of
0/1 per list, the first character for list 1) or the lists themselves (CSV list,key:
one row per record, matched across lists on key). It fits Rcapture's closedp.t
models (or those named by -models), the two-list Lincoln-Petersen and Chapman
estimates for every pair of lists, and with -search every hierarchical log-linear
model; the numbers are those of R's Rcapture on the same table. With -json it writes
one object: "models" (name, abundance, stderr, deviance, df, aic, bic, status; with
-ci also abundance_mult, ci_low, ci_high, ci_high null beyond 3N; with -bc
also abundance_bc and stderr_bc, Rcapture's closedp.bc, on the models it corrects), "chao1987" (Chao's 1987 moment lower bound n + f1²/(2 f2)
with its log-normal interval, not the log-linear "Mh Chao (LB)"), "pairs" (lists,
lp, lp_se, chapman, chapman_se, ci_low, ci_high), with -search "search", and with
-bma "bma" (median, ci_low, ci_high, mean, delta, grid, and graphs with their
posterior probabilities), computed as dga's bma.cr with its default delta and 1/N
prior, the grid widened until the posterior fits in it (up to 320n). With -lcmcr,
"lcmcr" (median, ci_low, ci_high, mean, samples, k, seed, warnings): the posterior
of N under R's LCMCR latent-class model, its defaults a_alpha = b_alpha = 0.25,
burn-in 10,000, thinning 10, 1,000 samples, and K = 10; seeded, reproducible.

Every model, search result, pair and BMA result carries "warnings", a list of
{"code","message"}: boundary, bias, no_convergence, infinite_estimate,
negative_estimate, interval_excludes_estimate, saturated_dominant, mean_undefined,
grid_cap, sparse_table (the table's own are in the top-level "warnings"). An
estimate that does not exist is null in JSON and "—" in the tables, and a search
ranks it after every estimate that does. The text output explains each warning
under its table and ends with what a careful analyst would report. Lists are named
by -lists, by a "# lists: A,B,C" comment before the header, or by the list,key
file; every output uses the names. Long computations report progress on stderr.`,
		run: runMSE,
	})
}

type mseModel struct {
	Name          string        `json:"name"`
	Abundance     *float64      `json:"abundance"`
	StdErr        *float64      `json:"stderr"`
	Deviance      float64       `json:"deviance"`
	DF            int           `json:"df"`
	AIC           float64       `json:"aic"`
	BIC           float64       `json:"bic"`
	Status        string        `json:"status"`
	InfoFit       int           `json:"info_fit"`
	AbundanceMult *float64      `json:"abundance_mult,omitempty"`
	CILow         *float64      `json:"ci_low,omitempty"`
	CIHigh        *float64      `json:"ci_high,omitempty"`
	AbundanceBC   *float64      `json:"abundance_bc,omitempty"`
	StdErrBC      *float64      `json:"stderr_bc,omitempty"`
	Warnings      []mse.Caution `json:"warnings"`
	ciAsked       bool
	bcAsked       bool
	bcApplies     bool
	est           mse.Estimate
}

type msePair struct {
	Lists     []string      `json:"lists"`
	LP        *float64      `json:"lp"`
	LPSE      *float64      `json:"lp_se"`
	Chapman   float64       `json:"chapman"`
	ChapmanSE float64       `json:"chapman_se"`
	CILow     float64       `json:"ci_low"`
	CIHigh    float64       `json:"ci_high"`
	Warnings  []mse.Caution `json:"warnings"`
}

type mseOut struct {
	Lists    []string      `json:"lists"`
	Observed float64       `json:"observed"`
	Warnings []mse.Caution `json:"warnings"`
	Models   []mseModel    `json:"models"`
	Pairs    []msePair     `json:"pairs"`
	Chao1987 mseChao       `json:"chao1987"`
	Search   []mseModel    `json:"search,omitempty"`
	BMA      *mseBMA       `json:"bma,omitempty"`
	LCMCR    *mseLCMCR     `json:"lcmcr,omitempty"`
	Guidance string        `json:"guidance"`
	tb       *mse.Table
	crit     string
}

type mseBMA struct {
	Median   int           `json:"median"`
	CILow    int           `json:"ci_low"`
	CIHigh   *int          `json:"ci_high"`
	Mean     *float64      `json:"mean"`
	Delta    float64       `json:"delta"`
	Grid     [2]int        `json:"grid"`
	Graphs   []msegraph    `json:"graphs"`
	Warnings []mse.Caution `json:"warnings"`
}

type mseChao struct {
	Name      string        `json:"name"`
	F1        float64       `json:"f1"`
	F2        float64       `json:"f2"`
	Abundance *float64      `json:"abundance"`
	StdErr    *float64      `json:"stderr"`
	CILow     *float64      `json:"ci_low"`
	CIHigh    *float64      `json:"ci_high"`
	Warnings  []mse.Caution `json:"warnings"`
}

type mseLCMCR struct {
	Median   float64       `json:"median"`
	CILow    float64       `json:"ci_low"`
	CIHigh   float64       `json:"ci_high"`
	Mean     float64       `json:"mean"`
	Samples  int           `json:"samples"`
	K        int           `json:"k"`
	Seed     uint64        `json:"seed"`
	Burnin   int           `json:"burnin"`
	Thin     int           `json:"thin"`
	Warnings []mse.Caution `json:"warnings"`
}

type msegraph struct {
	Graph       string     `json:"graph"`
	Cliques     [][]string `json:"cliques"` // the graph's cliques by list name
	Probability float64    `json:"probability"`
}

// cliqueNames writes a graph by the lists' names: "[EXH HRW][ABA OSCE HRW]".
func cliqueNames(g msegraph) string {
	var b strings.Builder
	for _, c := range g.Cliques {
		b.WriteString("[" + strings.Join(c, " ") + "]")
	}
	return b.String()
}

func finite(v float64) *float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil
	}
	return &v
}

// cautions never returns nil, so that JSON says [] rather than null.
func cautions(ws ...[]mse.Caution) []mse.Caution {
	out := []mse.Caution{}
	for _, w := range ws {
		out = append(out, w...)
	}
	return out
}

func modelOut(tb *mse.Table, e mse.Estimate, ci, bc bool) mseModel {
	m := mseModel{Name: e.Name, Deviance: e.Deviance, DF: e.DF, AIC: e.AIC, BIC: e.BIC, Status: e.Status.String(), InfoFit: e.InfoFit, ciAsked: ci, bcAsked: bc, est: e}
	m.Warnings = cautions(e.Warnings)
	if bc {
		if r, ok := tb.BiasCorrect(e); ok {
			m.bcApplies = true
			if r.Exists() {
				m.AbundanceBC, m.StdErrBC = finite(r.Abundance), finite(r.StdErr)
			}
			for _, w := range r.Warnings {
				w.Message = "bias-corrected: " + w.Message
				m.Warnings = append(m.Warnings, w)
			}
		}
	}
	if !e.Exists() {
		return m
	}
	m.Abundance, m.StdErr = finite(e.Abundance), finite(e.StdErr)
	if ci {
		if iv, ok := tb.ProfileCI(e); ok {
			m.AbundanceMult, m.CILow, m.CIHigh = finite(iv.Abundance), finite(iv.Low), finite(iv.High)
			m.Warnings = append(m.Warnings, iv.Warnings...)
		}
	}
	return m
}

// modelsOut is modelOut over the models, with a line of progress on stderr after
// each once the intervals have taken more than a second (each refits the model
// many times: minutes on a dozen lists).
func modelsOut(stderr io.Writer, tb *mse.Table, ests []mse.Estimate, ci, bc bool) []mseModel {
	start := time.Now()
	out := []mseModel{}
	for i, est := range ests {
		out = append(out, modelOut(tb, est, ci, bc))
		if ci && time.Since(start) > time.Second {
			fmt.Fprintf(stderr, "mse: profile intervals: %d of %d models (%s)\n", i+1, len(ests), est.Name)
		}
	}
	return out
}

// errMSE strips the package prefix and names the input.
func errMSE(name string, err error) error {
	var pe *claims.ParseError
	if errors.As(err, &pe) && pe.File == "" {
		located := *pe
		located.File = name
		return &located
	}
	return fmt.Errorf("%s: %s", name, strings.TrimPrefix(err.Error(), "mse: "))
}

// mseFlags are mse's flags.
type mseFlags struct {
	models, search, chart, lists *string
	ci, bc, bma, json, lcmcr     *bool
	seed                         *uint64
	samples, burnin, thin, k     *int
}

func declareMSE(fs *flag.FlagSet) mseFlags {
	return mseFlags{
		models:  fs.String("models", "", "comma-separated models (default: every closedp.t model): M0, Mt, \"Mh Chao\", ..., \"all two-way\", \"[12,3]\""),
		ci:      fs.Bool("ci", false, "add the multinomial profile-likelihood 95% interval of each model"),
		bc:      fs.Bool("bc", false, "add Rcapture's small-sample bias-corrected estimate (closedp.bc) to each model it applies to"),
		search:  fs.String("search", "", "also fit every hierarchical log-linear model, ranked by aic or bic"),
		bma:     fs.Bool("bma", false, "add dga's Bayesian model averaging over decomposable graphs (3 to 5 lists)"),
		json:    fs.Bool("json", false, "write one JSON object instead of tables"),
		chart:   fs.String("chart", "", "also draw the estimates with their intervals to this .png, .svg or .pdf file"),
		lcmcr:   fs.Bool("lcmcr", false, "add the latent-class model of R's LCMCR (Manrique-Vallier 2016): posterior median and 95% interval of N"),
		seed:    fs.Uint64("seed", 0, "with -lcmcr: the sampler's seed (the same seed gives the same draws)"),
		samples: fs.Int("samples", 1000, "with -lcmcr: draws of N kept"),
		burnin:  fs.Int("burnin", 10000, "with -lcmcr: sweeps discarded first"),
		thin:    fs.Int("thin", 10, "with -lcmcr: keep one sweep in this many"),
		k:       fs.Int("k", 10, "with -lcmcr: the most latent classes (stick-breaking truncation)"),
		lists:   fs.String("lists", "", "name the lists, comma-separated in the order of the history's characters (EXH,ABA,OSCE,HRW)"),
	}
}

func runMSE(e *env, args []string) error {
	fs, f, err := parseWith("mse", e, args, declareMSE)
	if err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: one FILE", errUsage)
	}
	search := *f.search
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
		return errMSE(in.name, err)
	}
	if names := *f.lists; names != "" {
		ns := strings.Split(names, ",")
		if len(ns) != tb.T || slices.Contains(ns, "") {
			return fmt.Errorf("%w: -lists %q: want %d non-empty names", errUsage, names, tb.T)
		}
		tb.Names = ns
	}
	ci := *f.ci
	bc := *f.bc
	out := mseOut{Lists: tb.Names, Observed: tb.N(), Warnings: cautions(tb.Warnings()), Models: []mseModel{}, Pairs: []msePair{}, tb: tb, crit: search}
	if names := *f.models; names != "" {
		var ests []mse.Estimate
		for _, n := range splitModels(names) {
			est, err := tb.Model(n)
			if err != nil {
				return fmt.Errorf("%w: -models: %v", errUsage, err)
			}
			ests = append(ests, est)
		}
		out.Models = modelsOut(e.stderr, tb, ests, ci, bc)
	} else {
		ests, err := tb.Closedp()
		if err != nil {
			return errMSE(in.name, err)
		}
		out.Models = modelsOut(e.stderr, tb, ests, ci, bc)
	}
	for _, p := range tb.Pairs() {
		out.Pairs = append(out.Pairs, msePair{Lists: []string{tb.Names[p.I], tb.Names[p.J]}, LP: finite(p.LP), LPSE: finite(p.LPSE),
			Chapman: p.Chapman, ChapmanSE: p.ChapmanSE, CILow: p.CILow, CIHigh: p.CIHigh, Warnings: cautions(p.Warnings)})
	}
	c := tb.Chao1987()
	out.Chao1987 = mseChao{Name: c.Name, F1: c.F1, F2: c.F2, Abundance: finite(c.Abundance), StdErr: finite(c.StdErr), CILow: finite(c.Low), CIHigh: finite(c.High), Warnings: cautions(c.Warnings)}
	doBMA := *f.bma
	if doBMA && (tb.T < 3 || tb.T > 5) {
		return errMSE(in.name, fmt.Errorf("%w: dga averages over 3 to 5 lists, not %d", mse.ErrBMA, tb.T))
	}
	if search != "" {
		c := mse.ByAIC
		if search == "bic" {
			c = mse.ByBIC
		}
		ests, err := tb.SearchWith(mse.SearchConfig{Criterion: c, Progress: e.stderr})
		if err != nil {
			return errMSE(in.name, err)
		}
		for _, est := range ests {
			out.Search = append(out.Search, modelOut(tb, est, false, false))
		}
	}
	if doBMA {
		r, err := tb.BMA(mse.BMAConfig{Progress: e.stderr})
		if err != nil {
			return errMSE(in.name, err)
		}
		b := &mseBMA{Median: r.Median, CILow: r.Low, Delta: r.Delta, Grid: [2]int{r.MinMissing, r.MaxMissing}, Warnings: cautions(r.Warnings)}
		if !r.HighBeyondGrid {
			b.CIHigh = &r.High
		}
		if !mse.HasCaution(r.Warnings, mse.MeanUndefined) {
			b.Mean = &r.Mean
		}
		for _, g := range r.Graphs {
			b.Graphs = append(b.Graphs, msegraph{Graph: g.Graph.Name(), Cliques: g.Graph.CliqueLists(tb.Names), Probability: g.Prob})
		}
		out.BMA = b
	}
	if *f.lcmcr {
		cfg := mse.LCMCRConfig{K: *f.k, Samples: *f.samples, Burnin: *f.burnin, Thin: *f.thin, Seed: *f.seed, Progress: e.stderr}
		if cfg.K < 2 || cfg.Samples < 1 || cfg.Burnin < 0 || cfg.Thin < 1 {
			return fmt.Errorf("%w: -k at least 2, -samples and -thin at least 1, -burnin at least 0", errUsage)
		}
		if cfg.Burnin == 0 {
			cfg.Burnin = -1 // the library's 0 is its default
		}
		r, err := tb.LCMCR(cfg)
		if err != nil {
			return errMSE(in.name, err)
		}
		c := r.Config
		out.LCMCR = &mseLCMCR{Median: r.Median, CILow: r.Low, CIHigh: r.High, Mean: r.Mean, Samples: c.Samples, K: c.K, Seed: c.Seed, Burnin: max(c.Burnin, 0), Thin: c.Thin, Warnings: cautions(r.Warnings)}
	}
	out.Guidance = guidance(&out)
	if path := *f.chart; path != "" {
		if err := mseChart(path, in.name, out); err != nil {
			return err
		}
	}
	if *f.json {
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

// f1 writes a figure to one decimal, "—" when it does not exist.
func f1(p *float64) string {
	if p == nil {
		return "—"
	}
	return fmt.Sprintf("%.1f", *p)
}

// codes lists the warnings' codes, "-" when there are none.
func codes(ws []mse.Caution) string {
	if len(ws) == 0 {
		return "-"
	}
	var cs []string
	for _, w := range ws {
		if !slices.Contains(cs, string(w.Code)) {
			cs = append(cs, string(w.Code))
		}
	}
	return strings.Join(cs, ",")
}

// explainMSE writes one line per warning under a table.
func explainMSE(w io.Writer, who string, ws []mse.Caution) {
	for _, c := range ws {
		fmt.Fprintf(w, "  %s: %s: %s\n", who, c.Code, c.Message)
	}
}

func writeMSE(w io.Writer, o mseOut) error {
	fmt.Fprintf(w, "%d lists (%s), %.0f units observed\n", len(o.Lists), strings.Join(o.Lists, ", "), o.Observed)
	if named := slices.ContainsFunc(o.Lists, func(n string) bool { _, err := strconv.Atoi(n); return err != nil }); named {
		var key []string
		for i, n := range o.Lists {
			key = append(key, fmt.Sprintf("%d = %s", i+1, n))
		}
		fmt.Fprintf(w, "model names number the lists: %s\n", strings.Join(key, ", "))
	}
	explainMSE(w, "table", o.Warnings)
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	table := func(ms []mseModel) {
		ci := len(ms) > 0 && ms[0].ciAsked
		bc := len(ms) > 0 && ms[0].bcAsked
		fmt.Fprint(tw, "model\tabundance\tstderr\tdeviance\tdf\tAIC\tBIC\tstatus\tinfoFit\t")
		if ci {
			fmt.Fprint(tw, "multinomial\t95% low\t95% high\t")
		}
		if bc {
			fmt.Fprint(tw, "bias-corrected\tstderr\t")
		}
		fmt.Fprintln(tw, "warnings\t")
		for _, m := range ms {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%.3f\t%d\t%.3f\t%.3f\t%s\t%d\t", m.Name, f1(m.Abundance), f1(m.StdErr), m.Deviance, m.DF, m.AIC, m.BIC, m.Status, m.InfoFit)
			if ci {
				hi := f1(m.CIHigh)
				if m.CIHigh == nil && m.CILow != nil {
					hi = ">3N"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t", f1(m.AbundanceMult), f1(m.CILow), hi)
			}
			switch {
			case bc && m.bcApplies:
				fmt.Fprintf(tw, "%s\t%s\t", f1(m.AbundanceBC), f1(m.StdErrBC))
			case bc:
				fmt.Fprint(tw, "n/a\tn/a\t")
			}
			fmt.Fprintf(tw, "%s\t\n", codes(m.Warnings))
		}
		tw.Flush()
		for _, m := range ms {
			explainMSE(w, m.Name, m.Warnings)
		}
	}
	table(o.Models)
	fmt.Fprintln(w, "\ntwo lists (Lincoln-Petersen, Chapman with its Wald 95% interval, the low end at least the units on either list):")
	fmt.Fprintln(tw, "lists\tLP\tSE\tChapman\tSE\t95% low\t95% high\t")
	for _, p := range o.Pairs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.1f\t%.1f\t%.1f\t%.1f\t\n", strings.Join(p.Lists, "-"), f1(p.LP), f1(p.LPSE), p.Chapman, p.ChapmanSE, p.CILow, p.CIHigh)
	}
	tw.Flush()
	for _, p := range o.Pairs {
		explainMSE(w, strings.Join(p.Lists, "-"), p.Warnings)
	}
	c := o.Chao1987
	fmt.Fprintf(w, "\n%s, f1 = %.0f, f2 = %.0f: %s, SE %s, log-normal 95%% interval [%s, %s]\n", c.Name, c.F1, c.F2, f1(c.Abundance), f1(c.StdErr), f1(c.CILow), f1(c.CIHigh))
	explainMSE(w, "Chao 1987", c.Warnings)
	if len(o.Search) > 0 {
		fmt.Fprintf(w, "\nhierarchical log-linear models, best first (%d):\n", len(o.Search))
		table(o.Search)
	}
	if b := o.BMA; b != nil {
		fmt.Fprintf(w, "\nBayesian model averaging over %d decomposable graphs (delta %g, n0 in %d..%d):\n", len(b.Graphs), b.Delta, b.Grid[0], b.Grid[1])
		hi, mean := "beyond the grid", "undefined (infinite)"
		if b.CIHigh != nil {
			hi = fmt.Sprint(*b.CIHigh)
		}
		if b.Mean != nil {
			mean = fmt.Sprintf("%.1f", *b.Mean)
		}
		fmt.Fprintf(w, "  posterior median %d, 95%% interval [%d, %s], mean %s\n", b.Median, b.CILow, hi, mean)
		for _, g := range b.Graphs[:min(5, len(b.Graphs))] {
			fmt.Fprintf(w, "  %-30s %.4g\n", cliqueNames(g), g.Probability)
		}
		explainMSE(w, "bma", b.Warnings)
	}
	if l := o.LCMCR; l != nil {
		fmt.Fprintf(w, "\nlatent classes (LCMCR: K = %d, %d draws, burn-in %d, thinning %d, seed %d):\n", l.K, l.Samples, l.Burnin, l.Thin, l.Seed)
		fmt.Fprintf(w, "  posterior median %.0f, 95%% interval [%.0f, %.0f], mean %.1f\n", l.Median, l.CILow, l.CIHigh, l.Mean)
		explainMSE(w, "lcmcr", l.Warnings)
	}
	fmt.Fprintf(w, "\nguidance: %s\n", o.Guidance)
	return nil
}

// clean reports whether a model's estimate exists and carries no warning.
func clean(m mseModel) bool { return m.Abundance != nil && len(m.Warnings) == 0 }

// guidance says what a careful analyst would report from the results, and why, or
// that the lists cannot support an estimate; a sparse table is said first.
func guidance(o *mseOut) string {
	g := guidanceFor(o)
	if mse.HasCaution(o.Warnings, mse.SparseTable) && !strings.HasPrefix(g, "the lists cannot") {
		g = "the table is sparse (see its warnings), so whatever is reported rests on few overlaps and should be given with that caveat: " + g
	}
	return g
}

func guidanceFor(o *mseOut) string {
	var notes []string
	if l := o.LCMCR; l != nil && len(l.Warnings) == 0 && o.tb.T >= 3 {
		g := fmt.Sprintf("report the latent-class estimate (LCMCR): median %.0f, 95%% credible interval [%.0f, %.0f]; it lets capture probabilities differ between unobserved groups of victims, the heterogeneity that biases log-linear models, the model HRDAG has used for its estimates since 2016. Run it with several seeds and more draws (-samples) and check that the figures hold.", l.Median, l.CILow, l.CIHigh)
		if b := o.BMA; b != nil && b.CIHigh != nil && (float64(*b.CIHigh) < l.CILow || float64(b.CILow) > l.CIHigh) {
			g += fmt.Sprintf(" The model average's interval [%d, %d] does not overlap it: say so, the two models disagree on how the lists depend on each other.", b.CILow, *b.CIHigh)
		}
		return g
	}
	if b := o.BMA; b != nil {
		switch {
		case mse.HasCaution(b.Warnings, mse.SaturatedDominant):
			notes = append(notes, "the model average is dominated by the complete graph, whose estimate is fixed by the prior rather than by the overlaps: do not report it")
		case b.CIHigh == nil:
			notes = append(notes, "the model average's upper bound lies beyond its grid: the posterior is too flat to bound")
		default:
			return fmt.Sprintf("report the Bayesian model average: median %d, 95%% credible interval [%d, %d]; it carries the uncertainty over which lists depend on which, which a single log-linear model hides%s.", b.Median, b.CILow, *b.CIHigh,
				map[bool]string{true: " (quote the median and interval, not the mean, which is infinite under this prior)", false: ""}[b.Mean == nil])
		}
	}
	// The best-supported log-linear model that exists and carries no warning.
	var best *mseModel
	from, crit := "models of the search", strings.ToUpper(o.crit)
	for i := range o.Search {
		if clean(o.Search[i]) {
			best = &o.Search[i]
			break
		}
	}
	if best == nil {
		from, crit = "fitted models", "BIC"
		for i := range o.Models {
			if m := &o.Models[i]; clean(*m) && (best == nil || m.BIC < best.BIC) {
				best = m
			}
		}
	}
	if best == nil {
		notes = append(notes, "every model either has no finite estimate or carries a warning")
		return "the lists cannot support an estimate: " + strings.Join(notes, "; ") + ". Report the number observed (" + fmt.Sprintf("%.0f", o.Observed) + ") as a floor, and the lists' overlaps, not a total."
	}
	lo, hi := best.CILow, best.CIHigh
	if lo == nil && best.est.Name != "" {
		if iv, ok := o.tb.ProfileCI(best.est); ok && len(iv.Warnings) == 0 {
			lo, hi = finite(iv.Low), finite(iv.High)
		}
	}
	ivs := ""
	switch {
	case lo != nil && hi != nil:
		ivs = fmt.Sprintf(", profile-likelihood 95%% interval [%.0f, %.0f]", *lo, *hi)
	case lo != nil:
		ivs = fmt.Sprintf(", profile-likelihood 95%% interval from %.0f with no upper bound within 3N", *lo)
	}
	why := fmt.Sprintf("the warning-free model with the lowest %s among the %s", crit, from)
	if strings.Contains(best.Name, "(LB)") {
		why += "; it is a lower bound of N, not an estimate of it"
	}
	if best.DF > 0 {
		if p := (distuv.ChiSquared{K: float64(best.DF)}).Survival(best.Deviance); p < 0.001 {
			ps := fmt.Sprintf("p = %.2g", p)
			if p < 1e-15 {
				ps = "p < 1e-15"
			}
			why += fmt.Sprintf("; but it does not fit the table (deviance %.1f on %d df, %s), so the figure is only the least bad of these models", best.Deviance, best.DF, ps)
			if o.Search == nil && o.tb.T >= 3 && o.tb.T <= 5 {
				why += "; -search and -bma try models in which the lists depend on each other"
			}
		}

	}
	if len(notes) > 0 {
		why = strings.Join(notes, "; ") + "; " + why
	}
	tail := " A single model understates the uncertainty over which lists depend on which"
	switch {
	case o.tb.T == 2:
		tail = " With two lists nothing can test whether they are independent, and every estimate assumes they are: say so, and give the Chapman interval beside it."
	case o.BMA == nil && o.LCMCR == nil && o.tb.T >= 3 && o.tb.T <= 5:
		tail += "; -bma and -lcmcr give intervals that include it."
	default:
		tail += "; say so beside the figure."
	}
	return fmt.Sprintf("report %s: N = %.0f%s (%s).%s", best.Name, *best.Abundance, ivs, why, tail)
}

// mseChart draws each model's estimate with its interval (profile likelihood with
// -ci, Wald otherwise), the observed count marked; estimates that do not exist are
// left out.
func mseChart(path, source string, o mseOut) error {
	var bars []bplot.EstimateBar
	for _, m := range o.Models {
		if m.Abundance == nil {
			continue
		}
		b := bplot.EstimateBar{Name: m.Name, Abundance: *m.Abundance, Low: math.NaN()}
		switch {
		case m.CILow != nil:
			b.Low, b.High, b.Profile = *m.CILow, math.Inf(1), true
			if m.CIHigh != nil {
				b.High = *m.CIHigh
			}
		case m.StdErr != nil:
			b.Low, b.High = max(o.Observed, *m.Abundance-1.959964*(*m.StdErr)), *m.Abundance+1.959964*(*m.StdErr)
		default:
			continue
		}
		bars = append(bars, b)
	}
	if b := o.BMA; b != nil {
		hi := math.Inf(1)
		if b.CIHigh != nil {
			hi = float64(*b.CIHigh)
		}
		bars = append(bars, bplot.EstimateBar{Name: "BMA (median)", Abundance: float64(b.Median), Low: float64(b.CILow), High: hi})
	}
	svg := strings.HasSuffix(strings.ToLower(path), ".svg")
	p, err := bplot.Estimates(bars, o.Observed, bplot.Meta{Source: source, Shape: !svg})
	if err != nil {
		return err
	}
	return bplot.Save(p, path, 0, 0)
}
