// Package acledgen writes the benchmark workload: a synthetic file in ACLED's export
// layout (31 columns, ISO dates, quoted notes with commas, heavy-tailed
// fatalities, Sahel-weighted countries).
//
// It is a Go port of the project's gen_acled.py generator and writes the same
// bytes for the same row count and seed: it draws from a reproduction of CPython's
// random.Random (Mersenne Twister MT19937 seeded by init_by_array, and the
// distribution methods of Lib/random.py) in the order the script calls them, and
// quotes as Python's csv module does by default (a field is quoted when it holds
// a comma, a quote or a line break; lines end in CRLF). The one place the bytes
// could differ is a float power (math.Pow against the C library's pow) landing
// within an ulp of a whole number, where a truncation could flip; the bench
// program's -check-gen flag compares the output with the script's when python3
// is present.
//
// The distribution, per row: a country by weight (Mali 30, Burkina Faso 28,
// Nigeria 18, Niger 14, Benin 5, Togo 3, Ivory Coast 2); a date from 2017-01-01
// to 2025-10-31 at span·u^0.6 days (skewed towards recent years); an event type by
// weight; two actors uniformly; fatalities 0 with probability 0.45, otherwise
// ⌊Pareto(α=1.3)⌋ (1 and up), plus a uniform 50-400 with probability 0.002; one
// to three sources, and notes quoting a higher claim when Az-Zallaqa is a source.
package acledgen

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"time"
)

// Header is the ACLED export header the generator writes.
var Header = []string{"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
	"sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
	"interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
	"location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
	"fatalities", "tags", "timestamp"}

type country struct {
	name, iso string
	code      int
	admin1    []string
}

var countries = []country{
	{"Mali", "MLI", 466, []string{"Sikasso", "Mopti", "Timbuktu", "Gao", "Kidal", "Segou", "Koulikoro", "Kayes", "Menaka"}},
	{"Burkina Faso", "BFA", 854, []string{"Sahel", "Est", "Boucle du Mouhoun", "Centre-Nord", "Nord", "Cascades", "Centre-Est"}},
	{"Niger", "NER", 562, []string{"Tillaberi", "Tahoua", "Diffa", "Dosso", "Agadez", "Maradi"}},
	{"Benin", "BEN", 204, []string{"Alibori", "Atacora", "Borgou"}},
	{"Togo", "TGO", 768, []string{"Savanes", "Kara"}},
	{"Nigeria", "NGA", 566, []string{"Borno", "Yobe", "Adamawa", "Zamfara", "Katsina", "Kaduna", "Niger", "Sokoto"}},
	{"Ivory Coast", "CIV", 384, []string{"Savanes", "Zanzan"}},
}

// countryCum is the running sum of the country weights 30, 28, 14, 5, 3, 18, 2.
var countryCum = []int{30, 58, 72, 77, 80, 98, 100}

type actor struct {
	name  string
	inter int
}

var actors = []actor{
	{"JNIM: Group for Support of Islam and Muslims", 2}, {"Islamic State Sahel Province", 2},
	{"Military Forces of Mali (2021-)", 1}, {"Military Forces of Burkina Faso (2022-)", 1},
	{"VDP: Homeland Defense Volunteers", 3}, {"Africa Corps", 8}, {"FLA: Azawad Liberation Front", 2},
	{"Unidentified Armed Group (Mali)", 3}, {"Civilians (Burkina Faso)", 7}, {"Military Forces of Niger (2023-)", 1},
	{"Boko Haram - Jamaatu Ahli is-Sunna lid-Dawati wal-Jihad", 2}, {"Dozo Communal Militia (Mali)", 4},
}

var events = [][3]string{
	{"Political violence", "Battles", "Armed clash"},
	{"Political violence", "Violence against civilians", "Attack"},
	{"Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED"},
	{"Political violence", "Explosions/Remote violence", "Drone strike"},
	{"Political violence", "Battles", "Non-state actor overtakes territory"},
	{"Political violence", "Violence against civilians", "Abduction/forced disappearance"},
	{"Strategic developments", "Strategic developments", "Looting/property destruction"},
}

// eventCum is the running sum of the event weights 40, 25, 10, 6, 4, 10, 5.
var eventCum = []int{40, 65, 75, 81, 85, 95, 100}

var sources = []string{"Az-Zallaqa", "Local Source", "Security Source", "Menastream", "AFP", "Reuters", "RFI", "Twitter", "Jeune Afrique", "Malian Armed Forces", "Telegraph"}
var scales = []string{"Local partner-Other", "National", "International", "New media", "Subnational-National", "Other-New media", "Local partner-International"}
var tags = []string{"", "", "", "local administrators", "women targeted: civilians", "crowd size=no report", "suicide bomb"}

var (
	start = time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)
	span  = int(time.Date(2025, 10, 31, 0, 0, 0, 0, time.UTC).Sub(start).Hours() / 24)
)

// Write writes the header and n rows drawn with seed to w, as gen_acled.py N OUT SEED
// does (the script's default seed is 1).
func Write(w io.Writer, n int, seed uint64) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	rng := newPyRandom(seed)
	row := make([]string, len(Header))
	writeRow(bw, Header)
	for i := range n {
		c := countries[rng.choices(countryCum)]
		d := start.AddDate(0, 0, int(float64(span)*pow06(rng.random())))
		ev := events[rng.choices(eventCum)]
		a1 := actors[rng.below(len(actors))]
		a2 := actors[rng.below(len(actors))]
		fat := 0
		if rng.random() >= 0.45 {
			fat = int(rng.pareto(1.3))
		}
		if rng.random() < 0.002 {
			fat += rng.randint(50, 400)
		}
		adm := c.admin1[rng.below(len(c.admin1))]
		srcs := sample(rng, sources, rng.randint(1, 3))
		src := strings.Join(srcs, "; ")
		claim := fat
		if strings.Contains(src, "Az-Zallaqa") {
			claim = fat + int(float64(fat)*rng.uniform(0.0, 2.5))
		}
		date := d.Format("2006-01-02")
		var notes strings.Builder
		notes.WriteString("On " + date + ", " + a1.name + " attacked " + a2.name + " near " + adm + " (" + c.name + "). ")
		if claim != fat {
			notes.WriteString("The group claimed " + strconv.Itoa(claim) + " killed; ")
		}
		notes.WriteString(strconv.Itoa(fat) + " fatalities reported by " + srcs[0] + ".")
		inter := a2.inter*10 + a1.inter
		if a1.inter <= a2.inter {
			inter = a1.inter*10 + a2.inter
		}
		civ := ""
		if a2.inter == 7 {
			civ = "Civilian targeting"
		}
		row[0] = c.iso + strconv.Itoa(i+1)
		row[1] = date
		row[2] = strconv.Itoa(d.Year())
		row[3] = strconv.Itoa([]int{1, 1, 1, 2, 3}[rng.below(5)])
		row[4], row[5], row[6] = ev[0], ev[1], ev[2]
		row[7], row[8], row[9] = a1.name, "", strconv.Itoa(a1.inter)
		row[10], row[11], row[12] = a2.name, "", strconv.Itoa(a2.inter)
		row[13], row[14] = strconv.Itoa(inter), civ
		row[15], row[16], row[17] = strconv.Itoa(c.code), "Western Africa", c.name
		row[18], row[19], row[20] = adm, adm+" Cercle", ""
		row[21] = adm + " town " + strconv.Itoa(rng.randint(1, 40))
		row[22] = strconv.FormatFloat(rng.uniform(4, 25), 'f', 4, 64)
		row[23] = strconv.FormatFloat(rng.uniform(-12, 15), 'f', 4, 64)
		row[24] = strconv.Itoa([]int{1, 1, 2, 3}[rng.below(4)])
		row[25] = src
		row[26] = scales[rng.below(len(scales))]
		row[27] = notes.String()
		row[28] = strconv.Itoa(fat)
		row[29] = tags[rng.below(len(tags))]
		row[30] = strconv.Itoa(1700000000 + rng.randint(0, 60000000))
		writeRow(bw, row)
	}
	return bw.Flush()
}

// pow06 is Python's u ** 0.6.
func pow06(u float64) float64 { return pow(u, 0.6) }

// writeRow writes one record as Python's csv.writer does with the excel dialect.
func writeRow(w *bufio.Writer, rec []string) {
	for i, f := range rec {
		if i > 0 {
			w.WriteByte(',')
		}
		if strings.ContainsAny(f, ",\"\r\n") {
			w.WriteByte('"')
			w.WriteString(strings.ReplaceAll(f, `"`, `""`))
			w.WriteByte('"')
		} else {
			w.WriteString(f)
		}
	}
	w.WriteString("\r\n")
}
