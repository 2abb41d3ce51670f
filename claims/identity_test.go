package claims

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// withIdentity returns the Sahel dataset with identity on every claim: IDs, a
// revision and a correction of the first event's first claim, recorded dates.
func withIdentity(t *testing.T) *Dataset {
	d := readSahel(t)
	rec := MakeDate(2025, time.August, 1)
	for i := range d.Events {
		for j := range d.Events[i].Claims {
			c := &d.Events[i].Claims[j]
			c.ID = d.Events[i].ID + "/" + string(rune('a'+j))
			c.RecordedAt = rec
		}
	}
	e := &d.Events[0]
	rev := e.Claims[0]
	rev.ID, rev.Revises, rev.Figures = "rev-1", e.Claims[0].ID, []Count{{Killed, Soldiers, N(12)}}
	cor := rev
	cor.ID, cor.Revises, cor.Correction, cor.Figures = "cor-1", "rev-1", true, []Count{{Killed, Soldiers, N(21)}}
	e.Claims = append(e.Claims, rev, cor)
	d.Periods[0].Claim.ID = "period-claim"
	require.NoError(t, d.Validate())
	return d
}

func TestIdentityRoundTrips(t *testing.T) {
	d := withIdentity(t)
	for _, c := range []struct {
		name  string
		write func(*bytes.Buffer, *Dataset) error
	}{
		{"json", func(b *bytes.Buffer, d *Dataset) error { return WriteJSON(b, d) }},
		{"csv", func(b *bytes.Buffer, d *Dataset) error { return WriteCSV(b, d) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, c.write(&buf, d))
			back, err := Read(&buf, "x")
			require.NoError(t, err)
			assert.Equal(t, d, back)
		})
	}
}

// TestBilan1ReadsLosslessly pins that files of format bilan/1, JSON and CSV, still
// read, to the same dataset as bilan/2: the seed dataset as it was written in
// bilan/1 (sahel-2025-v1.csv is the CSV golden before the identity columns).
func TestBilan1ReadsLosslessly(t *testing.T) {
	want := readSahel(t)
	b, err := os.ReadFile(filepath.Join("..", "testdata", "sahel-2025.json"))
	require.NoError(t, err)
	v1 := bytes.Replace(b, []byte(`"format": "bilan/2"`), []byte(`"format": "bilan/1"`), 1)
	require.NotEqual(t, b, v1)
	got, err := Read(bytes.NewReader(v1), "v1.json")
	require.NoError(t, err)
	assert.Equal(t, want, got)

	f, err := os.Open(filepath.Join("testdata", "sahel-2025-v1.csv"))
	require.NoError(t, err)
	defer f.Close()
	got, err = Read(f, "v1.csv")
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

func TestBilan1HasNoIdentity(t *testing.T) {
	in := `{"format": "bilan/1", "events": [{"id": "e", "date": "2025-01-01", "date_precision": "day", "place": {"country": "Mali", "precision": "country"},
	 "perpetrator": {}, "target": {}, "claims": [{"id": "c1", "source": {"name": "s", "kind": "media_report"}, "reported_at": "2025-01-01", "stance": "reports"}]}]}`
	_, err := Read(strings.NewReader(in), "v1.json")
	require.ErrorIs(t, err, ErrFormat)
}

func TestIdentityValidation(t *testing.T) {
	base := func() *Dataset {
		return &Dataset{Events: []Event{{ID: "e", Date: MakeDate(2025, 1, 1), Place: Place{Country: "Mali"}, Claims: []Claim{
			{ID: "a", Source: Source{Name: "s", Kind: MediaReport}, ReportedAt: MakeDate(2025, 1, 2)},
			{ID: "b", Source: Source{Name: "s", Kind: MediaReport}, ReportedAt: MakeDate(2025, 1, 3)},
		}}}}
	}
	for _, c := range []struct {
		rule   string
		change func(d *Dataset)
		want   error
	}{
		{"valid", func(d *Dataset) {}, nil},
		{"ClaimIDsAreUnique", func(d *Dataset) { d.Events[0].Claims[1].ID = "a" }, ErrInvalid},
		{"ClaimIDsAreUniqueAcrossEvents", func(d *Dataset) {
			e := d.Events[0]
			e.ID, e.Claims = "e2", []Claim{e.Claims[0]}
			d.Events = append(d.Events, e)
		}, ErrInvalid},
		{"NoClaimRevisesItself", func(d *Dataset) { d.Events[0].Claims[1].Revises = "b" }, ErrInvalid},
		{"ACorrectionNamesWhatItCorrects", func(d *Dataset) { d.Events[0].Claims[1].Correction = true }, ErrInvalid},
		{"NotRecordedBeforeReported", func(d *Dataset) { d.Events[0].Claims[1].RecordedAt = MakeDate(2025, 1, 2) }, ErrDate},
		{"RecordedAtInRange", func(d *Dataset) { d.Events[0].Claims[1].RecordedAt = MakeDate(2200, 1, 2) }, ErrDate},
	} {
		t.Run(c.rule, func(t *testing.T) {
			d := base()
			c.change(d)
			err := d.Validate()
			if c.want == nil {
				require.NoError(t, err)
				require.NoError(t, d.Events[0].Validate())
				return
			}
			require.ErrorIs(t, err, c.want)
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("%v does not unwrap to ErrInvalid", err)
			}
		})
	}
}
