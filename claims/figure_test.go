package claims

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The intervals below are docs/quantities.md §1 and §2, row by row.
func TestParseFigure(t *testing.T) {
	tests := []struct {
		in       string
		want     Figure
		str      string // String of the result, when it differs from in
		min, max int64
	}{
		{in: "26", want: N(26), min: 26, max: 26},
		{in: "0", want: N(0), min: 0, max: 0},
		{in: ">=10", want: AtLeastN(10), min: 10, max: Inf},
		{in: ">2000", want: MoreThanN(2000), min: 2001, max: Inf},
		{in: "~50", want: AboutN(50), min: 50, max: 50},
		{in: "<=60", want: UpTo(60), min: 1, max: 60},
		{in: "12-99", want: Between(12, 99), min: 12, max: 99},
		{in: "5-5", want: Between(5, 5), min: 5, max: 5},
		{in: "10-15@12", want: BetweenBest(10, 12, 15), min: 10, max: 15},
		{in: "7-inf", want: Between(7, Inf), min: 7, max: Inf},
		{in: "dozens", want: Figure{Min: 12, Max: 99, Qualifier: VagueWord, Word: "dozens"}, min: 12, max: 99},
		{in: "des dizaines", want: Figure{Min: 10, Max: 99, Qualifier: VagueWord, Word: "tens"}, str: "tens", min: 10, max: 99},
		{in: "عشرات", want: Figure{Min: 10, Max: 99, Qualifier: VagueWord, Word: "tens"}, str: "tens", min: 10, max: 99},
		{in: "heavy", want: Heavy(), str: "qualitative", min: 1, max: Inf},
		{in: "qualitative", want: Heavy(), min: 1, max: Inf},
		{in: " 26 ", want: N(26), str: "26", min: 26, max: 26},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseFigure(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.min, got.Min)
			assert.Equal(t, tt.max, got.Max)
			assert.NoError(t, got.Check())
			want := tt.str
			if want == "" {
				want = tt.in
			}
			assert.Equal(t, want, got.String())
			back, err := ParseFigure(got.String())
			require.NoError(t, err)
			assert.Equal(t, got, back, "String does not round-trip")
		})
	}
	t.Run("unknown", func(t *testing.T) {
		got, err := ParseFigure("?")
		require.NoError(t, err)
		assert.False(t, got.IsKnown())
		assert.Equal(t, Figure{}, got, "the zero Figure is Unknown")
	})
}

func TestParseFigureErrors(t *testing.T) {
	for _, in := range []string{"", "-3", "abc", "30-20", ">=", "<=0", "10-15@20", "1e3", "26 killed", "99999999999999999999", ">9223372036854775806"} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseFigure(in)
			require.Error(t, err)
			assert.True(t, errors.Is(err, ErrFigure), "error %v does not wrap ErrFigure", err)
		})
	}
}

// TestVague checks the whole table of docs/quantities.md §2 in the three languages.
func TestVague(t *testing.T) {
	tests := []struct {
		word     string
		concept  string
		min, max int64
	}{
		{"a few", "few", 3, 9}, {"quelques", "few", 3, 9}, {"بضعة", "few", 3, 9}, {"بضع", "few", 3, 9},
		{"several", "several", 3, 19}, {"multiple", "several", 3, 19}, {"plusieurs", "several", 3, 19}, {"عدة", "several", 3, 19},
		// ta marbuta written as ha, as wire copy often does.
		{"عده", "several", 3, 19}, {"بضعه", "few", 3, 9},
		{"many", "many", 3, Inf}, {"de nombreux", "many", 3, Inf}, {"العديد من", "many", 3, Inf}, {"beaucoup de", "many", 3, Inf}, {"كثيرون", "many", 3, Inf}, {"كثيرا من", "many", 3, Inf},
		{"tens of", "tens", 10, 99}, {"des dizaines", "tens", 10, 99}, {"plusieurs dizaines", "tens", 10, 99}, {"عشرات", "tens", 10, 99},
		{"dozens", "dozens", 12, 99}, {"Dozens", "dozens", 12, 99}, {"several dozen", "dozens", 12, 99}, {"many dozen", "dozens", 12, 99}, {"many thousands of", "thousands", 1000, 9999},
		{"hundreds", "hundreds", 100, 999}, {"des centaines", "hundreds", 100, 999}, {"مئات", "hundreds", 100, 999},
		{"thousands", "thousands", 1000, 9999}, {"des milliers", "thousands", 1000, 9999}, {"آلاف", "thousands", 1000, 9999}, {"ألاف", "thousands", 1000, 9999},
		{"tens of thousands", "tens_of_thousands", 10000, 99999}, {"des dizaines de milliers", "tens_of_thousands", 10000, 99999}, {"عشرات الآلاف", "tens_of_thousands", 10000, 99999},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			f, ok := Vague(tt.word)
			require.True(t, ok)
			assert.Equal(t, Figure{Min: tt.min, Max: tt.max, Qualifier: VagueWord, Word: tt.concept}, f)
			// Projecting to ACLED is "take min" (§2, §6).
			p, ok := f.Point(Conservative)
			assert.True(t, ok)
			assert.Equal(t, float64(tt.min), p)
		})
	}
	for _, w := range []string{"heavy toll", "some", "douzaine", ""} {
		_, ok := Vague(w)
		assert.False(t, ok, w)
	}
}

func TestPoint(t *testing.T) {
	tests := []struct {
		name string
		f    Figure
		c    Convention
		want float64
		ok   bool
	}{
		// docs/quantities.md §6, the ACLED-compatible figure per qualifier.
		{"exact", N(26), Conservative, 26, true},
		{"at least", AtLeastN(10), Conservative, 10, true},
		{"more than is the stated number", MoreThanN(2000), Conservative, 2000, true},
		{"about", AboutN(50), Conservative, 50, true},
		{"about range is A", Between(40, 60), Conservative, 40, true},
		{"at most is N", UpTo(60), Conservative, 60, true},
		{"dozens is 12", VagueFigure("dozens"), Conservative, 12, true},
		{"qualitative has no point", Heavy(), Conservative, 0, false},
		{"unknown has no point", Figure{}, Conservative, 0, false},
		{"midpoint", Between(12, 99), Midpoint, 55.5, true},
		{"midpoint unbounded", AtLeastN(10), Midpoint, 0, false},
		{"stated best", BetweenBest(10, 12, 15), Stated, 12, true},
		{"stated falls back", Between(10, 15), Stated, 10, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.f.Point(tt.c)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestIntervalArithmetic(t *testing.T) {
	t.Run("sum", func(t *testing.T) {
		assert.Equal(t, N(31), Sum(N(26), N(5)))
		assert.Equal(t, Between(17, 104), Sum(N(5), VagueFigure("dozens")))
		assert.Equal(t, AtLeastN(2027), Sum(N(26), MoreThanN(2000)))
		assert.Equal(t, Figure{}, Sum(N(26), Figure{}), "unknown propagates")
		assert.Equal(t, N(0), Sum())
		assert.Equal(t, Inf, Sum(AtLeastN(5), N(3)).Max, "unbounded stays unbounded")
	})
	t.Run("overlaps", func(t *testing.T) {
		assert.True(t, N(15).Overlaps(VagueFigure("dozens")), "ACLED treats 15 as consistent with dozens")
		assert.False(t, N(0).Overlaps(N(26)))
		assert.True(t, Heavy().Overlaps(N(3)))
		assert.False(t, Figure{}.Overlaps(Figure{}), "unknown overlaps nothing")
	})
	t.Run("intersect", func(t *testing.T) {
		got, ok := Intersect(VagueFigure("dozens"), VagueFigure("tens"))
		assert.True(t, ok)
		assert.Equal(t, Between(12, 99), got)
		got, ok = Intersect(Heavy(), AtLeastN(10))
		assert.True(t, ok)
		assert.Equal(t, AtLeastN(10), got)
		got, ok = Intersect(Between(3, 9), N(5))
		assert.True(t, ok)
		assert.Equal(t, N(5), got)
		_, ok = Intersect(N(0), N(26))
		assert.False(t, ok)
	})
	t.Run("contains", func(t *testing.T) {
		assert.True(t, UpTo(60).Contains(1))
		assert.False(t, UpTo(60).Contains(0), "up to N asserts deaths happened")
		assert.True(t, MoreThanN(2000).Contains(2001))
		assert.False(t, MoreThanN(2000).Contains(2000))
		assert.False(t, Figure{}.Contains(0), "unknown is not zero")
	})
}

func TestFigureCheck(t *testing.T) {
	bad := []Figure{
		{Min: 5, Max: 3, Qualifier: About},
		{Min: -1, Max: 3, Qualifier: About},
		{Min: 3, Max: 4, Qualifier: Exact},
		{Min: 3, Max: 9, Qualifier: AtLeast},
		{Min: 0, Max: 9, Qualifier: AtMost},
		{Min: 10, Max: 99, Qualifier: VagueWord, Word: "dozens"},
		{Min: 12, Max: 99, Qualifier: VagueWord, Word: "scores"},
		{Min: 0, Max: Inf, Qualifier: Qualitative},
		{Min: 1, Qualifier: Unknown},
		{Min: 10, Max: 15, Best: 20, HasBest: true, Qualifier: About},
		{Min: 1, Max: 1, Qualifier: 42},
	}
	for _, f := range bad {
		err := f.Check()
		assert.ErrorIs(t, err, ErrFigure, "%+v", f)
	}
}
