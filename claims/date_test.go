package claims

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDateAgainstTime checks the civil-date arithmetic against package time for every
// day from 1899 to 2101, which covers leap years and century rules.
func TestDateAgainstTime(t *testing.T) {
	start := time.Date(1899, 1, 1, 0, 0, 0, 0, time.UTC)
	for tm := start; tm.Year() < 2102; tm = tm.AddDate(0, 0, 1) {
		d := DateOf(tm)
		if got := d.Time(); !got.Equal(tm) {
			t.Fatalf("%s: round trip gave %s", tm.Format(time.DateOnly), got)
		}
		if d.String() != tm.Format(time.DateOnly) {
			t.Fatalf("String %q, want %q", d.String(), tm.Format(time.DateOnly))
		}
		if d.Weekday() != tm.Weekday() {
			t.Fatalf("%s: weekday %v, want %v", d, d.Weekday(), tm.Weekday())
		}
		y, w := d.ISOWeek()
		ty, tw := tm.ISOWeek()
		if y != ty || w != tw {
			t.Fatalf("%s: ISO week %d-W%d, want %d-W%d", d, y, w, ty, tw)
		}
	}
	assert.Equal(t, 1, int(MakeDate(1970, time.January, 2)-MakeDate(1969, time.December, 31))/2, "dates subtract to days")
	assert.True(t, Date(0) < MakeDate(1, time.January, 1), "the zero Date precedes every real date")
	assert.Equal(t, "", Date(0).String())
}

func TestParseDate(t *testing.T) {
	d, err := ParseDate("2025-07-22")
	require.NoError(t, err)
	assert.Equal(t, MakeDate(2025, time.July, 22), d)
	_, err = ParseDate("2024-02-29")
	assert.NoError(t, err, "2024 is a leap year")
	for _, s := range []string{"2025-02-29", "2025-02-30", "2025-13-01", "2025-00-10", "2025-7-22", "22/07/2025", "2025-07-22T00:00:00Z", "", "abcd-ef-gh", "1900-02-29"} {
		_, err := ParseDate(s)
		assert.ErrorIs(t, err, ErrDate, s)
	}
}
