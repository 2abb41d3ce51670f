package claims

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Inf is the Max of a Figure with no upper bound ("at least 10", "more than 2,000",
// "heavy toll"). Interval arithmetic saturates at Inf.
const Inf int64 = math.MaxInt64

// Qualifier records how a figure was stated. Two figures with the same interval can
// differ by qualifier: "more than 10" is [11, Inf) MoreThan, "at least 11" is
// [11, Inf) AtLeast (docs/quantities.md §1).
type Qualifier uint8

// The qualifiers of docs/quantities.md §1, plus Unknown. Unknown is the zero value: a
// Figure nobody set is unknown, never zero.
const (
	Unknown     Qualifier = iota // no figure given; not zero
	Exact                        // [N, N]
	AtLeast                      // [N, Inf)
	MoreThan                     // [N+1, Inf)
	About                        // [N, N] for a point estimate, [A, B] for a stated range
	AtMost                       // [1, N]: "up to N" asserts that deaths happened
	VagueWord                    // a fixed interval per vague word (docs/quantities.md §2)
	Qualitative                  // [1, Inf): a toll mentioned with no number ("heavy toll")
)

var qualifierNames = [...]string{"unknown", "exact", "at_least", "more_than", "about", "at_most", "vague", "qualitative"}

// String returns the qualifier's text form: unknown, exact, at_least, more_than, about,
// at_most, vague or qualitative.
func (q Qualifier) String() string {
	if int(q) < len(qualifierNames) {
		return qualifierNames[q]
	}
	return "Qualifier(" + strconv.Itoa(int(q)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (q Qualifier) MarshalText() ([]byte, error) {
	if int(q) >= len(qualifierNames) {
		return nil, fmt.Errorf("%w: qualifier %d", ErrUnknownValue, q)
	}
	return []byte(qualifierNames[q]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (q *Qualifier) UnmarshalText(b []byte) error {
	return unmarshalEnum(q, "qualifier", b, qualifierNames[:])
}

// Figure is a count that may be uncertain: the closed interval of whole numbers
// [Min, Max], Max == Inf when unbounded, with the Qualifier that says how it was
// stated. The zero Figure is Unknown.
//
// Best, when HasBest is set, is the point the source itself gave inside the interval:
// UCDP's best estimate between its low and high, the N of "about N".
//
// Build figures with the constructors (N, AtLeastN, MoreThanN, AboutN, Between,
// UpTo, VagueFigure, Heavy) or ParseFigure; they keep the invariants that Validate
// checks.
type Figure struct {
	Min, Max  int64
	Best      int64
	HasBest   bool
	Qualifier Qualifier
	// Word is the vague concept (few, several, many, tens, dozens, hundreds,
	// thousands, tens_of_thousands) of a Vague figure; empty otherwise.
	Word string
}

// N returns the exact figure [n, n].
func N(n int64) Figure { return Figure{Min: n, Max: n, Qualifier: Exact} }

// AtLeastN returns [n, Inf) stated as "at least n".
func AtLeastN(n int64) Figure { return Figure{Min: n, Max: Inf, Qualifier: AtLeast} }

// MoreThanN returns [n+1, Inf) stated as "more than n".
func MoreThanN(n int64) Figure { return Figure{Min: n + 1, Max: Inf, Qualifier: MoreThan} }

// AboutN returns the point estimate "about n": [n, n] with Best n. No tolerance is
// invented (docs/quantities.md §1); consumers widen it when comparing.
func AboutN(n int64) Figure {
	return Figure{Min: n, Max: n, Best: n, HasBest: true, Qualifier: About}
}

// Between returns the stated range "between a and b", qualifier About.
func Between(a, b int64) Figure { return Figure{Min: a, Max: b, Qualifier: About} }

// BetweenBest returns the range [low, high] with the source's best estimate, as UCDP
// reports low, best and high.
func BetweenBest(low, best, high int64) Figure {
	return Figure{Min: low, Max: high, Best: best, HasBest: true, Qualifier: About}
}

// UpTo returns "up to n": [1, n], qualifier AtMost.
func UpTo(n int64) Figure { return Figure{Min: 1, Max: n, Qualifier: AtMost} }

// Heavy returns the qualitative figure [1, Inf): a toll mentioned with no number.
func Heavy() Figure { return Figure{Min: 1, Max: Inf, Qualifier: Qualitative} }

// VagueFigure returns the figure of a vague word or concept in English, French or
// Arabic ("dozens", "des dizaines", "عشرات"), as Vague does, and panics if the word is
// not in the table. It is meant for literals in code; use Vague for input.
func VagueFigure(word string) Figure {
	f, ok := Vague(word)
	if !ok {
		panic("claims: not a vague word: " + word)
	}
	return f
}

// IsKnown reports whether f carries a figure, that is, is not Unknown.
func (f Figure) IsKnown() bool { return f.Qualifier != Unknown }

// Bounded reports whether f is known and has a finite Max.
func (f Figure) Bounded() bool { return f.Qualifier != Unknown && f.Max != Inf }

// Contains reports whether n lies in f's interval. An Unknown figure contains nothing.
func (f Figure) Contains(n int64) bool {
	return f.IsKnown() && f.Min <= n && n <= f.Max
}

// Overlaps reports whether f and g are known and their intervals share a value.
func (f Figure) Overlaps(g Figure) bool {
	return f.IsKnown() && g.IsKnown() && f.Min <= g.Max && g.Min <= f.Max
}

// Intersect returns the interval common to f and g, and false when they do not overlap
// or either is Unknown. The result is Exact when it is a single value, AtLeast when it
// is unbounded and About (a range) otherwise.
func Intersect(f, g Figure) (Figure, bool) {
	if !f.Overlaps(g) {
		return Figure{}, false
	}
	return span(max(f.Min, g.Min), min(f.Max, g.Max)), true
}

// span is the figure [lo, hi] with the qualifier that describes a derived interval.
func span(lo, hi int64) Figure {
	switch {
	case lo == hi:
		return N(lo)
	case hi == Inf:
		return AtLeastN(lo)
	default:
		return Between(lo, hi)
	}
}

// Sum adds figures as intervals: [Σ Min, Σ Max], Max saturating at Inf. If any figure
// is Unknown the sum is Unknown: a total with an unknown part is not known (count
// unknown figures apart, as package stats does). The sum of exact figures is Exact; a
// bounded sum of others is an About range; an unbounded one is AtLeast. The sum of no
// figures is the exact 0.
func Sum(figs ...Figure) Figure {
	var lo, hi int64
	exact := true
	for _, f := range figs {
		if !f.IsKnown() {
			return Figure{}
		}
		lo = addSat(lo, f.Min)
		hi = addSat(hi, f.Max)
		exact = exact && f.Qualifier == Exact
	}
	if exact {
		return N(lo)
	}
	return span(lo, hi)
}

// AddCounts adds two non-negative counts, saturating at Inf: the one saturating
// sum of the library (stats and report sum with it), so that a total of bounded
// counts too large for int64 reads as unbounded rather than wrapping negative.
func AddCounts(a, b int64) int64 { return addSat(a, b) }

// addSat adds non-negative counts, saturating at Inf.
func addSat(a, b int64) int64 {
	if a == Inf || b == Inf || a > Inf-b {
		return Inf
	}
	return a + b
}

// Convention names a way to reduce a Figure to one number.
type Convention uint8

const (
	// Conservative is ACLED's lowest-reported rule as docs/quantities.md §6 maps it:
	// exact N; at_least its Min; more_than the stated number (Min−1: 2000 for "more
	// than 2,000"); about N, or A for a range; at_most N, an upper bound (ACLED has no
	// rule; §6 reports N); vague its Min (ACLED's code: dozens 12, hundreds 100).
	// Qualitative has no conservative point: ACLED codes 3 or 10 by the scale of the
	// attack, which the figure does not carry (§6), so Point reports false.
	Conservative Convention = iota
	// Midpoint is (Min+Max)/2 of a bounded interval; unbounded figures have none.
	Midpoint
	// Stated is the source's own best estimate when it gave one (UCDP's best, the N
	// of "about N"), and the Conservative point otherwise.
	Stated
)

// Point reduces f to one number under convention c. It reports false when f is
// Unknown or the convention gives no point for it.
func (f Figure) Point(c Convention) (float64, bool) {
	if !f.IsKnown() {
		return 0, false
	}
	switch c {
	case Midpoint:
		if f.Max == Inf {
			return 0, false
		}
		return float64(f.Min)/2 + float64(f.Max)/2, true
	case Stated:
		if f.HasBest {
			return float64(f.Best), true
		}
	}
	switch f.Qualifier {
	case MoreThan:
		return float64(f.Min - 1), true
	case AtMost:
		return float64(f.Max), true
	case Qualitative:
		return 0, false
	}
	return float64(f.Min), true
}

// String returns the compact text form that ParseFigure reads and the native CSV
// uses: "26", ">=10", ">2000", "~50", "12-20", "10-15@12" (a range with a best
// estimate), "<=60", a vague concept ("dozens"), "qualitative" and "?" for Unknown.
func (f Figure) String() string {
	i := strconv.FormatInt
	switch f.Qualifier {
	case Unknown:
		return "?"
	case Exact:
		return i(f.Min, 10)
	case AtLeast:
		return ">=" + i(f.Min, 10)
	case MoreThan:
		return ">" + i(f.Min-1, 10)
	case About:
		if f.Min == f.Max && f.HasBest && f.Best == f.Min {
			return "~" + i(f.Min, 10)
		}
		s := i(f.Min, 10) + "-" + maxString(f.Max)
		if f.HasBest {
			s += "@" + i(f.Best, 10)
		}
		return s
	case AtMost:
		return "<=" + i(f.Max, 10)
	case VagueWord:
		return f.Word
	case Qualitative:
		return "qualitative"
	}
	return "Figure(" + f.Qualifier.String() + ")"
}

func maxString(m int64) string {
	if m == Inf {
		return "inf"
	}
	return strconv.FormatInt(m, 10)
}

// ParseFigure reads the compact text form of a figure (see Figure.String) and also
// accepts "heavy" for a qualitative figure and any vague word of the table in
// English, French or Arabic. Surrounding space is ignored. Errors wrap ErrFigure.
func ParseFigure(s string) (Figure, error) {
	t := strings.TrimSpace(s)
	bad := func(why string) (Figure, error) {
		return Figure{}, fmt.Errorf("%w %q: %s", ErrFigure, s, why)
	}
	switch t {
	case "":
		return bad("empty")
	case "?":
		return Figure{}, nil
	case "heavy", "qualitative":
		return Heavy(), nil
	}
	if f, ok := Vague(t); ok {
		return f, nil
	}
	var f Figure
	switch {
	case strings.HasPrefix(t, ">="):
		n, err := parseCount(t[2:])
		if err != nil {
			return bad(err.Error())
		}
		f = AtLeastN(n)
	case strings.HasPrefix(t, ">"):
		n, err := parseCount(t[1:])
		if err != nil {
			return bad(err.Error())
		}
		if n == Inf-1 {
			return bad("too large")
		}
		f = MoreThanN(n)
	case strings.HasPrefix(t, "<="):
		n, err := parseCount(t[2:])
		if err != nil {
			return bad(err.Error())
		}
		if n < 1 {
			return bad("up to 0 is not a figure; write 0")
		}
		f = UpTo(n)
	case strings.HasPrefix(t, "~"):
		n, err := parseCount(t[1:])
		if err != nil {
			return bad(err.Error())
		}
		f = AboutN(n)
	case strings.Contains(t[1:], "-"):
		rng, best, hasBest := strings.Cut(t, "@")
		a, b, _ := strings.Cut(rng, "-")
		lo, err := parseCount(a)
		if err != nil {
			return bad(err.Error())
		}
		hi := Inf
		if b != "inf" {
			if hi, err = parseCount(b); err != nil {
				return bad(err.Error())
			}
		}
		if lo > hi {
			return bad("min is greater than max")
		}
		f = Between(lo, hi)
		if hasBest {
			if f.Best, err = parseCount(best); err != nil {
				return bad(err.Error())
			}
			if f.Best < lo || f.Best > hi {
				return bad("best estimate outside the range")
			}
			f.HasBest = true
		}
	default:
		n, err := parseCount(t)
		if err != nil {
			return bad(err.Error())
		}
		f = N(n)
	}
	return f, nil
}

// parseCount reads a non-negative whole number of ASCII digits.
func parseCount(s string) (int64, error) {
	if s == "" {
		return 0, fmt.Errorf("missing number")
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, fmt.Errorf("%q is not a whole number", s)
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n == Inf {
		return 0, fmt.Errorf("%q is too large", s)
	}
	return n, nil
}

// Check reports whether f keeps the invariants of its qualifier: Min <= Max, no
// negative counts, the interval its qualifier implies (AtLeast and MoreThan unbounded,
// AtMost from 1, a vague word's table interval, qualitative [1, Inf)), Best inside the
// interval. It returns an error wrapping ErrFigure naming what is wrong.
func (f Figure) Check() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrFigure}, a...)...)
	}
	if f.Qualifier == Unknown {
		if f.Min != 0 || f.Max != 0 || f.HasBest || f.Word != "" {
			return bad("an unknown figure carries no numbers")
		}
		return nil
	}
	if int(f.Qualifier) >= len(qualifierNames) {
		return bad("qualifier %d is not defined", f.Qualifier)
	}
	if f.Min < 0 || f.Max < 0 {
		return bad("negative count")
	}
	if f.Min > f.Max {
		return bad("min %d is greater than max %s", f.Min, maxString(f.Max))
	}
	if f.HasBest && (f.Best < f.Min || f.Best > f.Max) {
		return bad("best %d lies outside [%d, %s]", f.Best, f.Min, maxString(f.Max))
	}
	if f.Word != "" && f.Qualifier != VagueWord {
		return bad("only a vague figure has a word")
	}
	switch f.Qualifier {
	case Exact:
		if f.Min != f.Max {
			return bad("an exact figure has min == max")
		}
	case AtLeast, MoreThan:
		if f.Max != Inf {
			return bad("%s has no upper bound", f.Qualifier)
		}
		if f.Qualifier == MoreThan && f.Min < 1 {
			return bad("more_than N has min N+1 >= 1")
		}
	case AtMost:
		if f.Min != 1 || f.Max == Inf {
			return bad("at_most N is the interval [1, N]")
		}
	case VagueWord:
		v, ok := vagueConcepts[f.Word]
		if !ok {
			return bad("%q is not a vague concept", f.Word)
		}
		if f.Min != v.Min || f.Max != v.Max {
			return bad("%s is [%d, %s], not [%d, %s]", f.Word, v.Min, maxString(v.Max), f.Min, maxString(f.Max))
		}
	case Qualitative:
		if f.Min != 1 || f.Max != Inf {
			return bad("a qualitative figure is [1, inf)")
		}
	}
	return nil
}
