package claims

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

const sahelPath = "../testdata/sahel-2025.json"

func readSahel(t testing.TB) *Dataset {
	t.Helper()
	f, err := os.Open(sahelPath)
	require.NoError(t, err)
	defer f.Close()
	d, err := Read(f, sahelPath)
	require.NoError(t, err)
	return d
}

func TestSahelDataset(t *testing.T) {
	d := readSahel(t)
	assert.Len(t, d.Events, 5)
	assert.Len(t, d.Periods, 2)

	n := d.Event("sahel-2025-nimbougou")
	require.NotNil(t, n)
	assert.Equal(t, "Sikasso", n.Place.Admin1)
	require.Len(t, n.Claims, 4, "JNIM, local sources, security sources, the army's silence")
	assert.Equal(t, Silence, n.Claims[3].Stance)
	f, ok := n.Claims[0].Figure(Killed, Soldiers)
	assert.True(t, ok)
	assert.False(t, f.IsKnown(), "the group gave no figures: unknown, not zero")
	for _, c := range n.Claims {
		assert.Equal(t, "ar", c.Language)
		assert.NotEmpty(t, c.Wording)
	}
	a := Reconcile(n)
	require.Len(t, a, 1)
	assert.Equal(t, Corroborated, a[0].Status, "two independent heavy tolls, no number")
	low, ok := a[0].Low()
	assert.True(t, ok)
	assert.Equal(t, int64(1), low)
	assert.True(t, a[0].Unbounded(), "a heavy toll has no upper bound")
	assert.Equal(t, "JNIM / az-Zallaqa", a[0].ClaimedBy.Name)

	five := d.Event("sahel-2025-bf-five-posts")
	require.NotNil(t, five)
	a = Reconcile(five)
	assert.Equal(t, ClaimedOnly, a[0].Status)
	assert.Equal(t, N(26), a[0].Claimed)

	h1 := d.Periods[0]
	f, _ = h1.Claim.Figure(Killed, Soldiers)
	assert.Equal(t, MoreThanN(2000), f)
	week := d.Periods[1]
	f, _ = week.Claim.Figure(Killed, SecurityForces)
	assert.Equal(t, VagueFigure("عشرات"), f)
	assert.Equal(t, MoreThanN(10), week.Incidents)
}

func TestJSONRoundTrip(t *testing.T) {
	d := readSahel(t)
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, d))
	raw, err := os.ReadFile(sahelPath)
	require.NoError(t, err)
	assert.Equal(t, string(raw), buf.String(), "the seed file is in canonical form")
	back, err := ReadJSON(&buf, "buf")
	require.NoError(t, err)
	assert.Equal(t, d, back)
}

func TestCSVGolden(t *testing.T) {
	d := readSahel(t)
	var buf bytes.Buffer
	require.NoError(t, WriteCSV(&buf, d))
	golden := filepath.Join("testdata", "sahel-2025.csv")
	if *update {
		require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), buf.String())

	back, err := Read(bytes.NewReader(want), golden)
	require.NoError(t, err)
	assert.Equal(t, d, back, "JSON -> CSV -> JSON is the identity")
}

// TestRoundTripRandom is the property test: random valid datasets survive JSON and
// CSV unchanged.
func TestRoundTripRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		d := randomDataset(r)
		require.NoError(t, d.Validate(), "generator made an invalid dataset")
		var j, c bytes.Buffer
		require.NoError(t, WriteJSON(&j, d))
		require.NoError(t, WriteCSV(&c, d))
		fromJSON, err := Read(bytes.NewReader(j.Bytes()), "json")
		require.NoError(t, err, "case %d", i)
		fromCSV, err := Read(bytes.NewReader(c.Bytes()), "csv")
		require.NoError(t, err, "case %d:\n%s", i, c.String())
		if !assert.Equal(t, d, fromJSON, "case %d JSON", i) || !assert.Equal(t, d, fromCSV, "case %d CSV", i) {
			return
		}
	}
}

var textPool = []string{"", "plain", "with, comma", `with "quotes"`, "line\nbreak", "مقتل 26 جنديًا", "plus de 2 000 morts", " padded ", "semi; colon"}

func randomText(r *rand.Rand) string { return textPool[r.IntN(len(textPool))] }

func randomName(r *rand.Rand, prefix string) string {
	return fmt.Sprintf("%s %d%s", prefix, r.IntN(5), []string{"", ", Ltd", ` "X"`, " — عربي"}[r.IntN(4)])
}

func randomFigure(r *rand.Rand) Figure {
	n := int64(r.IntN(3000))
	switch r.IntN(10) {
	case 0:
		return Figure{}
	case 1:
		return N(n)
	case 2:
		return AtLeastN(n)
	case 3:
		return MoreThanN(n)
	case 4:
		return AboutN(n)
	case 5:
		return Between(n, n+int64(r.IntN(50)))
	case 6:
		return BetweenBest(n, n+1, n+2)
	case 7:
		return UpTo(n + 1)
	case 8:
		return VagueFigure([]string{"few", "several", "many", "tens", "dozens", "hundreds", "thousands", "tens_of_thousands"}[r.IntN(8)])
	}
	return Heavy()
}

func randomClaim(r *rand.Rand, since Date) Claim {
	c := Claim{
		Source:     Source{Name: randomName(r, "source"), Kind: SourceKind(r.IntN(len(sourceKindNames))), Side: Side(r.IntN(len(sideNames)))},
		ReportedAt: since.AddDays(r.IntN(30)),
		Stance:     Stance(r.IntN(len(stanceNames))),
		Wording:    randomText(r),
		Note:       randomText(r),
	}
	if r.IntN(2) == 0 {
		c.Language = []string{"ar", "fr", "en"}[r.IntN(3)]
	}
	if r.IntN(4) == 0 {
		c.Sources = randomList(r)
	}
	if r.IntN(4) == 0 {
		c.Cites = &Source{Name: randomName(r, "cited"), Kind: SourceKind(r.IntN(len(sourceKindNames)))}
		if c.Cites.Name == c.Source.Name {
			c.Cites = nil
		}
	}
	if c.Stance != Silence {
		for _, k := range r.Perm(len(groupNames))[:r.IntN(4)] {
			c.Figures = append(c.Figures, Count{Outcome: Outcome(1 + r.IntN(len(outcomeNames)-1)), Group: Group(k), Figure: randomFigure(r)})
		}
	}
	return c
}

func randomList(r *rand.Rand) []string {
	var l []string
	for range r.IntN(3) {
		l = append(l, randomName(r, "item"))
	}
	return l
}

func randomDataset(r *rand.Rand) *Dataset {
	d := &Dataset{}
	for i := range r.IntN(6) {
		e := Event{
			ID:            fmt.Sprintf("ev-%d", i),
			Date:          MakeDate(1997+r.IntN(29), 1, 1).AddDays(r.IntN(365)),
			DatePrecision: DatePrecision(r.IntN(len(datePrecNames))),
			Place: Place{Country: randomName(r, "country"), ISO: "MLI", Admin1: randomText(r), Locality: randomText(r),
				Precision: GeoPrecision(r.IntN(len(geoPrecNames)))},
			Perpetrator: Actor{Name: randomText(r), Type: ActorType(r.IntN(len(actorTypeNames))), Associated: randomList(r)},
			Target:      Actor{Name: randomText(r), Type: ActorType(r.IntN(len(actorTypeNames)))},
			Type:        randomText(r), SubType: randomText(r), Summary: randomText(r),
			Tags: randomList(r), ActorsUndirected: r.IntN(2) == 0,
		}
		if r.IntN(3) == 0 {
			e.End = e.Date.AddDays(r.IntN(10))
		}
		if r.IntN(2) == 0 {
			e.Place.Coords = &LatLon{Lat: r.Float64()*180 - 90, Lon: r.Float64()*360 - 180}
		}
		if r.IntN(3) == 0 {
			e.Extra = map[string]string{"population_best": fmt.Sprint(r.IntN(10000)), "note, with comma": randomText(r)}
		}
		for range r.IntN(4) {
			e.Claims = append(e.Claims, randomClaim(r, e.Date))
		}
		d.Events = append(d.Events, e)
	}
	for i := range r.IntN(3) {
		from := MakeDate(2025, 1, 1).AddDays(r.IntN(200))
		d.Periods = append(d.Periods, PeriodClaim{
			ID: fmt.Sprintf("p-%d", i), From: from, To: from.AddDays(r.IntN(180)),
			Area:      Area{Countries: randomList(r), Description: randomText(r)},
			Incidents: randomFigure(r),
			Claim:     randomClaim(r, from),
		})
	}
	return d
}

func TestValidateReportsEveryProblem(t *testing.T) {
	d := readSahel(t)
	d.Events[1].ID = d.Events[0].ID                                                           // duplicate id
	d.Events[0].Claims[1].Figures[0].Figure = Figure{Min: 30, Max: 20, Qualifier: About}      // min > max
	d.Events[2].Date = 0                                                                      // missing date
	d.Events[3].Claims[0].ReportedAt = MakeDate(2025, 6, 1)                                   // before the event
	d.Periods[0].To = MakeDate(2024, 12, 31)                                                  // ends before it begins
	d.Events[4].Claims = append(d.Events[4].Claims, Claim{ReportedAt: MakeDate(2025, 7, 22)}) // no source
	err := d.Validate()
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrInvalid))
	var got []string
	for _, p := range Problems(err) {
		got = append(got, p.String())
	}
	assert.Equal(t, []string{
		"event sahel-2025-nimbougou claim 2 figure 1: bad figure: min 30 is greater than max 20",
		"event sahel-2025-nimbougou id: invalid dataset: duplicate id \"sahel-2025-nimbougou\" (also events[0])",
		"event sahel-2025-timbuktu-ambush date: bad date: missing date",
		"event sahel-2025-mali-takeover claim 1 reported_at: bad date: reported 2025-06-01, before the event's date 2025-07-01",
		"event sahel-2025-fla-drone-convoy claim 2 source: invalid dataset: missing source name",
		"period sahel-2025-h1-soldiers to: invalid dataset: period ends 2024-12-31 before it begins 2025-01-01",
	}, got)
}

func TestReadErrors(t *testing.T) {
	csvHead := strings.Join(CSVHeader, ",") + "\n"
	row := func(mod map[int]string) string {
		f := make([]string, nColumns)
		f[cRecord], f[cID], f[cDate], f[cDatePrec], f[cCountry], f[cGeoPrec] = "event", "e1", "2025-07-22", "day", "Mali", "exact"
		f[cClaim], f[cSource], f[cSourceKind], f[cSourceSide], f[cReportedAt], f[cStance] = "1", "AFP", "media_report", "none", "2025-07-22", "reports"
		f[cOutcome], f[cGroup], f[cFigure], f[cQualifier], f[cMin], f[cMax] = "killed", "soldiers", "26", "exact", "26", "26"
		for k, v := range mod {
			f[k] = v
		}
		return strings.Join(f, ",") + "\n"
	}
	tests := []struct {
		name, in string
		sentinel error
		want     string
	}{
		{"csv ok", csvHead + row(nil), nil, ""},
		{"csv unknown outcome", csvHead + row(map[int]string{cOutcome: "kiled"}), ErrUnknownValue, `in.csv:2:109: field outcome: unknown value: outcome "kiled"`},
		// Columns are byte columns, as encoding/csv counts: "event,e1," puts date at byte 10.
		{"csv bad date", csvHead + row(map[int]string{cDate: "2025-02-30"}), ErrDate, `in.csv:2:10: field date: bad date: "2025-02-30" is not a day of the calendar`},
		{"csv min disagrees", csvHead + row(map[int]string{cMin: "20"}), ErrFigure, `in.csv:2:134: field min: bad figure: min "20" disagrees with figure "26"`},
		{"csv missing column", strings.Replace(csvHead, ",stance", "", 1) + row(nil), ErrMissingColumn, "in.csv:1: field stance: missing column: stance"},
		{"csv short row", csvHead + "event,e1\n", ErrFieldCount, "in.csv:2:1: wrong number of fields"},
		{"csv invalid utf8", csvHead + row(map[int]string{cWording: "\xff\xfe"}), ErrSyntax, "in.csv:2:107: field wording: syntax error: invalid UTF-8"},
		{"csv claims out of order", csvHead + row(nil) + row(map[int]string{cClaim: "3"}), ErrSyntax, "in.csv:3:59: field claim: syntax error: claim 3 follows claim 1"},
		{"json truncated", `{"format": "bilan/1", "events": [`, ErrSyntax, "in.json:1:34: syntax error: unexpected end of JSON (truncated file?)"},
		{"json wrong type", `{"format": "bilan/1", "events": [{"id": 7}]}`, ErrSyntax, "in.json:1:42: field events.id: syntax error: events.id is a JSON number, want string"},
		{"json unknown enum", "{\"format\": \"bilan/1\",\n \"events\": [{\"id\": \"e\", \"date_precision\": \"fortnight\"}]}", ErrUnknownValue, "in.json:2:"},
		{"json unknown field", `{"format": "bilan/1", "events": [], "evnts": []}`, ErrSyntax, `in.json:1:`},
		{"json invalid utf8", "{\"format\": \"bilan/1\",\n\"events\": [{\"id\": \"\xff\"}]}", ErrSyntax, "in.json:2:20: syntax error: invalid UTF-8"},
		{"json format", `{"format": "other/2", "events": []}`, ErrFormat, `in.json:1: field format: unrecognised format: format "other/2", want "bilan/2" or "bilan/1"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "in.csv"
			if strings.HasPrefix(tt.name, "json") {
				name = "in.json"
			}
			_, err := Read(strings.NewReader(tt.in), name)
			if tt.sentinel == nil {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.sentinel)
			var pe *ParseError
			require.ErrorAs(t, err, &pe)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func FuzzParseFigure(f *testing.F) {
	for _, s := range []string{"26", ">=10", ">2000", "~50", "<=60", "12-99", "10-15@12", "dozens", "heavy", "?", "عشرات", "-", "1-", "@"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fig, err := ParseFigure(s)
		if err != nil {
			if !errors.Is(err, ErrFigure) {
				t.Fatalf("error %v does not wrap ErrFigure", err)
			}
			return
		}
		if err := fig.Check(); err != nil {
			t.Fatalf("ParseFigure(%q) = %+v breaks its invariants: %v", s, fig, err)
		}
		back, err := ParseFigure(fig.String())
		if err != nil || back != fig {
			t.Fatalf("ParseFigure(%q).String() = %q does not round-trip: %+v, %v", s, fig.String(), back, err)
		}
	})
}

// FuzzRead feeds arbitrary bytes to the native readers: they must never panic, every
// error must be a *ParseError or *ValidationError, and whatever is read and valid
// must survive a round trip through both formats.
func FuzzRead(f *testing.F) {
	raw, err := os.ReadFile(sahelPath)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	var c bytes.Buffer
	d, _ := Read(bytes.NewReader(raw), "seed")
	if err := WriteCSV(&c, d); err != nil {
		f.Fatal(err)
	}
	f.Add(c.Bytes())
	f.Add([]byte(strings.Join(CSVHeader, ",") + "\n"))
	f.Add([]byte(`{"format":"bilan/1","events":[{"id":"x"}]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		d, err := Read(bytes.NewReader(in), "fuzz")
		if err != nil {
			var pe *ParseError
			var ve *ValidationError
			if !errors.As(err, &pe) && !errors.As(err, &ve) {
				t.Fatalf("unexpected error type %T: %v", err, err)
			}
			return
		}
		var j, cs bytes.Buffer
		if err := WriteJSON(&j, d); err != nil {
			t.Fatal(err)
		}
		if err := WriteCSV(&cs, d); err != nil {
			t.Fatal(err)
		}
		for name, b := range map[string][]byte{"json": j.Bytes(), "csv": cs.Bytes()} {
			back, err := Read(bytes.NewReader(b), name)
			if err != nil {
				t.Fatalf("%s round trip: %v", name, err)
			}
			if !assert.ObjectsAreEqual(normalise(d), normalise(back)) {
				t.Fatalf("%s round trip changed the dataset:\n%+v\n%+v", name, d, back)
			}
		}
	})
}

// normalise maps empty slices and maps to nil, the form both readers produce.
func normalise(d *Dataset) *Dataset {
	var b bytes.Buffer
	_ = WriteJSON(&b, d)
	out, _ := ReadJSON(&b, "")
	return out
}
