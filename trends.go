package bilan

import (
	"errors"
	"reflect"
	"runtime"

	"github.com/bilan-dev/bilan/claims"
	"github.com/bilan-dev/bilan/claims/acled"
	"github.com/bilan-dev/bilan/stats"
)

// TrendOptions says what Trends sums. The zero value counts events (stats.Events,
// the zero Measure) in one series ("all") by day.
type TrendOptions struct {
	By      stats.Key
	Period  stats.Period
	Measure stats.Measure
	// AsOf, when set, counts only claims reported on or before it
	// (claims.Event.AsOf).
	AsOf claims.Date
	// Policy reconciles each event; its zero value is claims' default policy.
	Policy claims.Policy
	// Workers is how many goroutines read an ACLED file at once; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
}

// Trends reads r's events and sums them into series, reconciling each event with
// o.Policy. Bad records are handled as Reader.Events says, and the returned error is
// Events' last one.
//
// A dyadic ACLED file whose series need only a row's date, fatalities and key
// columns (By none, country, admin1, perpetrator or target; Measure events or
// killed; the default policy) is read on all cores without building events: each
// row passes the same checks as on the event path (acled.Row.Values) and the
// same duplicate-ID rule, so the two paths accept the same rows and give the same
// series (TestTrendsFastPath and FuzzTrendsPaths hold them to it). Where a lenient
// read meets a duplicate ID on that path, or any read a CSV syntax error, whose
// handling depends on file order, the file is read again on the event path, from
// the start;
// standard input, which cannot be read twice, takes the event path from the start
// under Lenient.
func Trends(r *Reader, o TrendOptions) (*stats.Aggregator, error) {
	if r.format == ACLED && !r.monadic && fastTrends(o) && r.opts.Augment == nil && (!r.opts.Lenient || r.file != nil) {
		agg, err := r.trendsACLED(o)
		if !errors.Is(err, errSequential) {
			return agg, err
		}
		if !r.rewind() {
			return nil, err
		}
	}
	return r.trendsEvents(o)
}

// fastTrends reports whether the series can be summed from ACLED rows alone: each
// row is one event with one monitor claim, whose reconciled estimate under the
// default policy is its fatalities figure (single source) on the unknown group.
func fastTrends(o TrendOptions) bool {
	if !reflect.DeepEqual(o.Policy, claims.Policy{}) {
		return false
	}
	switch o.By {
	case stats.ByNone, stats.ByCountry, stats.ByAdmin1, stats.ByPerpetrator, stats.ByTarget:
		return o.Measure == stats.Events || o.Measure == stats.Killed
	}
	return false
}

func (r *Reader) trendsEvents(o TrendOptions) (*stats.Aggregator, error) {
	agg := stats.NewAggregator(o.Period)
	var obs []stats.Observation
	for ev, err := range r.Events() {
		if err != nil {
			return nil, err
		}
		if o.AsOf != 0 {
			var ok bool
			if ev, ok = ev.AsOf(o.AsOf); !ok {
				continue
			}
		}
		as := o.Policy.Reconcile(&ev)
		obs = stats.Observer{Key: o.By, Measure: o.Measure, Policy: o.Policy}.Observe(obs[:0], &ev, as)
		for _, ob := range obs {
			agg.Add(ob)
		}
	}
	return agg, nil
}

// errSequential says the parallel path met something whose handling depends on
// file order, under Lenient: read again on the event path.
var errSequential = errors.New("bilan: read again in file order")

// trendsACLED sums an ACLED file's rows on every core.
func (r *Reader) trendsACLED(o TrendOptions) (*stats.Aggregator, error) {
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	aggs := make([]*stats.Aggregator, workers)
	scratch := make([][]byte, workers)
	for w := range aggs {
		aggs[w] = stats.NewAggregator(o.Period)
	}
	err := r.parallelRows(workers, false, func(w int, row *acled.Row, d claims.Date, f claims.Figure, _ *claims.Event) {
		if o.AsOf != 0 && d > o.AsOf {
			return
		}
		var kb []byte
		switch o.By {
		case stats.ByCountry:
			kb = row.Bytes(acled.Country)
		case stats.ByAdmin1:
			kb = append(append(append(scratch[w][:0], row.Bytes(acled.Country)...), " / "...), row.Bytes(acled.Admin1)...)
			scratch[w] = kb
		case stats.ByPerpetrator:
			kb = row.Bytes(acled.Actor1)
		case stats.ByTarget:
			kb = row.Bytes(acled.Actor2)
		default:
			kb = []byte("all")
		}
		ob := stats.Observation{Date: d, Reported: o.Measure == stats.Killed}
		if o.Measure == stats.Killed && f.IsKnown() {
			ob.Est = f
			ob.Est.Best, ob.Est.HasBest = f.Min, true
		}
		aggs[w].AddBytes(kb, ob)
	})
	if err != nil {
		return nil, err
	}
	for _, a := range aggs[1:] {
		aggs[0].Merge(a)
	}
	return aggs[0], nil
}

// parallelRows calls fn for each good row of a dyadic ACLED file, on workers
// goroutines, after the checks every path applies (acled.Row.Values and unique
// IDs). Bad rows go to bad. With event set each row's event is built (its checks
// are the same) and passed to fn; otherwise ev is nil. It returns errSequential
// when a lenient read met what must be handled in file order, and otherwise the
// read's verdict.
func (r *Reader) parallelRows(workers int, event bool, fn func(w int, row *acled.Row, d claims.Date, f claims.Figure, ev *claims.Event)) error {
	r.used = true
	r.holding = true
	records := make([]int, workers)
	events := make([]int, workers)
	seen := newShardedIDs()
	defer seen.free()
	ar := acled.NewReader(r.br)
	ar.Name = r.name
	err := ar.Each(workers, func(w int, row *acled.Row) error {
		records[w]++
		var d claims.Date
		var f claims.Figure
		var ev *claims.Event // only built when asked: a row's event costs allocations
		var err error
		if event {
			var e claims.Event
			e, err = row.Event()
			ev = &e
		} else {
			d, f, err = row.Values()
		}
		if err != nil {
			r.bad(err)
			return nil
		}
		first, dup, err := seen.add(row.ID(), row.Line())
		if err != nil {
			return err
		}
		if dup {
			if r.opts.Lenient {
				return errSequential
			}
			r.bad(duplicateError(r.name, "event_id_cnty", row.ID(), first, row.Line()))
			return nil
		}
		events[w]++
		fn(w, row, d, f, ev)
		return nil
	})
	for w := range workers {
		r.counts.Records += records[w]
		r.counts.Events += events[w]
	}
	if r.opts.Lenient && len(r.held) >= maxHeld && err == nil {
		err = errSequential
	}
	if err != nil {
		var se *claims.ParseError
		switch {
		case errors.Is(err, errSequential):
			return err
		case errors.As(err, &se) && se.Line > 0 && !errors.Is(err, acled.ErrHeader):
			// A broken record (CSV syntax, a record too long): what follows it
			// can only be read in file order.
			if r.opts.Lenient || r.file != nil {
				return errSequential
			}
			r.counts.Records++
			r.bad(err)
		default:
			r.release()
			return err
		}
	}
	r.release()
	return r.verdict()
}

// Each calls the function that start returns for each event of the file, on up to
// workers goroutines at once (0 means runtime.GOMAXPROCS(0)), in no particular
// order; w says which goroutine calls, so that each can keep its own state. It
// reads a dyadic ACLED file on all cores with the same rules as Events; other
// files are read in order on one goroutine. start is called at the beginning of
// each attempt: when a lenient parallel read must start again in file order (see
// Trends), start is called once more and the state of the first attempt is to be
// dropped. The error is Events' last one.
func (r *Reader) Each(workers int, start func(workers int) func(w int, ev *claims.Event)) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if r.format == ACLED && !r.monadic && (!r.opts.Lenient || r.file != nil) {
		fn := start(workers)
		err := r.parallelRows(workers, true, func(w int, _ *acled.Row, _ claims.Date, _ claims.Figure, ev *claims.Event) {
			if r.opts.Augment != nil {
				r.opts.Augment(ev)
			}
			fn(w, ev)
		})
		if !errors.Is(err, errSequential) {
			return err
		}
		if !r.rewind() {
			return err
		}
	}
	fn := start(1)
	for ev, err := range r.Events() {
		if err != nil {
			return err
		}
		fn(0, &ev)
	}
	return nil
}
