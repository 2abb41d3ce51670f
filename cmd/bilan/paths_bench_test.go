package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// benchRows is the size of the synthetic ACLED file the path benchmarks read: big
// enough for a steady per-row cost, small enough that one iteration of the slowest
// path stays around a second.
const benchRows = 50000

// writeBenchACLED writes n synthetic rows in ACLED's export layout, the same for a
// seed: the distribution of the benchmark workload (bench/acledgen, a port of the
// project's gen_acled.py) in miniature — Sahel-weighted countries, dates skewed to
// recent years, fatalities 0 with probability 0.45 and heavy-tailed otherwise,
// notes with commas that need quoting.
func writeBenchACLED(w io.Writer, n int, seed uint64) error {
	type country struct {
		name, iso string
		weight    int
		admin1    []string
	}
	countries := []country{
		{"Mali", "466", 30, []string{"Sikasso", "Mopti", "Gao", "Kidal", "Menaka"}},
		{"Burkina Faso", "854", 28, []string{"Sahel", "Est", "Nord", "Centre-Nord"}},
		{"Nigeria", "566", 18, []string{"Borno", "Yobe", "Zamfara"}},
		{"Niger", "562", 14, []string{"Tillaberi", "Tahoua", "Diffa"}},
		{"Benin", "204", 5, []string{"Alibori", "Atacora"}},
		{"Togo", "768", 3, []string{"Savanes"}},
		{"Ivory Coast", "384", 2, []string{"Zanzan"}},
	}
	actors := []string{"JNIM: Group for Support of Islam and Muslims", "Islamic State Sahel Province",
		"Military Forces of Mali (2021-)", "VDP: Homeland Defense Volunteers", "Civilians (Burkina Faso)"}
	rng := rand.New(rand.NewPCG(seed, 0))
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(strings.Split("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"+
		"sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"+
		"iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"+
		"notes,fatalities,tags,timestamp", ","), // the 31 columns of an ACLED export
	); err != nil {
		return err
	}
	const days = 3225 // 2017-01-01 to 2025-10-31
	for i := range n {
		k := rng.IntN(100)
		c := countries[0]
		for _, cc := range countries {
			if k < cc.weight {
				c = cc
				break
			}
			k -= cc.weight
		}
		d := 17167 + int(days*math.Pow(rng.Float64(), 0.6)) // days since 1970 from 2017-01-01
		date := unixDay(d)
		fat := 0
		if rng.Float64() >= 0.45 {
			fat = int(math.Pow(1-rng.Float64(), -1/1.3)) // Pareto, α = 1.3
		}
		a1, a2, adm := actors[rng.IntN(len(actors))], actors[rng.IntN(len(actors))], c.admin1[rng.IntN(len(c.admin1))]
		notes := fmt.Sprintf("On %s, %s attacked %s near %s (%s). %d fatalities reported by Local Source.", date, a1, a2, adm, c.name, fat)
		rec := []string{c.iso[:1] + strconv.Itoa(i+1), date, date[:4], "1", "Political violence", "Battles", "Armed clash",
			a1, "", "2", a2, "", "1", "12", "", c.iso, "Western Africa", c.name, adm, adm + " Cercle", "", adm + " town",
			"14.1000", "-1.6300", "1", "Local Source; AFP", "National", notes, strconv.Itoa(fat), "", strconv.Itoa(1700000000 + i)}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// unixDay formats the day d days after 1970-01-01 as YYYY-MM-DD (Howard Hinnant's
// civil_from_days, http://howardhinnant.github.io/date_algorithms.html).
func unixDay(d int) string {
	z := d + 719468
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	month := mp + 3
	if month > 12 {
		month -= 12
	}
	year := yoe + era*400
	if month <= 2 {
		year++
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day)
}

func TestUnixDay(t *testing.T) {
	// 17167 days after 1970-01-01 is 2017-01-01 (date -d @$((17167*86400)) -u +%F);
	// 0 is the epoch; 19723 is 2024-01-01 and 19782 is 2024-02-29, a leap day.
	for d, want := range map[int]string{0: "1970-01-01", 17167: "2017-01-01", 19723: "2024-01-01", 19782: "2024-02-29"} {
		if got := unixDay(d); got != want {
			t.Errorf("unixDay(%d) = %s, want %s", d, got, want)
		}
	}
}

// BenchmarkPaths runs each of the command's reading paths on the same synthetic
// events: the ACLED file of benchRows rows, and the native CSV and JSON convert
// makes of it. Bytes per second are of each path's input file.
func BenchmarkPaths(b *testing.B) {
	dir := b.TempDir()
	acled := filepath.Join(dir, "acled.csv")
	var buf bytes.Buffer
	if err := writeBenchACLED(&buf, benchRows, 7); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(acled, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	// nativeFile returns the native file convert -to "csv" or "json" makes of the
	// ACLED file, making it on first use so that only the benchmarks that read it
	// pay (and profile) the conversion.
	native := map[string]string{}
	nativeFile := func(b *testing.B, to string) string {
		if native[to] != "" {
			return native[to]
		}
		var out, errs bytes.Buffer
		if code := run([]string{"convert", "-to", to, acled}, nil, &out, &errs); code != 0 {
			b.Fatalf("convert -to %s: %s", to, errs.String())
		}
		native[to] = filepath.Join(dir, "native."+to)
		if err := os.WriteFile(native[to], out.Bytes(), 0o644); err != nil {
			b.Fatal(err)
		}
		return native[to]
	}
	trends := []string{"trends", "-by", "country", "-period", "month", "-rolling", "3"}
	with := func(args []string, more ...string) []string { return append(append([]string(nil), args...), more...) }
	// Each path's arguments end with its input: "acled", or "csv" or "json" for
	// the native file of that format.
	paths := []struct {
		name string
		args []string
	}{
		{"trends/acled-fast", with(trends, "acled")},
		{"trends/acled-events", with(trends, "-measure", "wounded", "acled")},
		{"trends/native-csv", with(trends, "csv")},
		{"trends/native-json", with(trends, "json")},
		{"validate/acled", []string{"validate", "acled"}},
		{"summary/acled", []string{"summary", "acled"}},
		{"summary-json/acled", []string{"summary", "-json", "acled"}},
		{"convert-csv/acled", []string{"convert", "-to", "csv", "acled"}},
		{"convert-json/acled", []string{"convert", "-to", "json", "acled"}},
		{"convert-json/native-csv", []string{"convert", "-to", "json", "csv"}},
		{"report/acled", []string{"report", "-o", filepath.Join(dir, "report"), "acled"}},
	}
	for _, p := range paths {
		b.Run(p.name, func(b *testing.B) {
			args := append([]string(nil), p.args...)
			in := acled
			if last := args[len(args)-1]; last != "acled" {
				in = nativeFile(b, last)
			}
			args[len(args)-1] = in
			st, err := os.Stat(in)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(st.Size())
			b.ReportAllocs()
			for b.Loop() {
				var errs strings.Builder
				if code := run(args, nil, io.Discard, &errs); code != 0 {
					b.Fatalf("bilan %s: exit %d: %s", strings.Join(args, " "), code, errs.String())
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchRows, "ns/event")
		})
	}
}
