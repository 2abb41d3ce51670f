package claims

import (
	"fmt"
	"time"
)

// Date is a civil date in the proleptic Gregorian calendar, with no time zone. Its zero
// value means "no date"; dates compare with <, == and >, and the difference of two
// dates is a number of days. Internally it counts days from 1970-01-01 offset by
// dateEpoch, so that the zero value lies millions of years before any real date.
type Date int32

// dateEpoch is the Date of 1970-01-01.
const dateEpoch = 1 << 30

// MakeDate returns the date y-m-d. It does not check that the day exists in the month;
// ParseDate does.
func MakeDate(y int, m time.Month, d int) Date {
	return Date(daysFromCivil(y, int(m), d) + dateEpoch)
}

// DateOf returns the civil date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return MakeDate(y, m, d)
}

// ParseDate reads an ISO 8601 calendar date, YYYY-MM-DD, and rejects days that do not
// exist (2025-02-30). Errors wrap ErrDate.
func ParseDate(s string) (Date, error) {
	d, form, ok := parseISO(s)
	if ok {
		return d, nil
	}
	why := "a day of the calendar"
	if !form {
		why = "YYYY-MM-DD"
	}
	return 0, &valueError{kind: "date", value: s, err: fmt.Errorf("%w: %q is not %s", ErrDate, s, why)}
}

// ParseISODate reads YYYY-MM-DD as ParseDate does, from a string or bytes, without
// allocating: the one date parser that the readers' own date forms build on.
func ParseISODate[S ~string | ~[]byte](s S) (Date, bool) {
	d, _, ok := parseISO(s)
	return d, ok
}

// parseISO reads YYYY-MM-DD; form reports whether s had the form, ok whether it is
// a day of the calendar.
func parseISO[S ~string | ~[]byte](s S) (d Date, form, ok bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false, false
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	dd, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return 0, false, false
	}
	if !validDay(y, m, dd) {
		return 0, true, false
	}
	return MakeDate(y, time.Month(m), dd), true, true
}

// validDay reports whether d is a day of month m of year y (y >= 1).
func validDay(y, m, d int) bool {
	return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= DaysIn(y, time.Month(m))
}

// DaysIn returns the number of days of month m of year y in the Gregorian calendar.
func DaysIn(y int, month time.Month) int {
	m := int(month)
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// digits parses a short run of ASCII digits.
func digits[S ~string | ~[]byte](s S) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(s) > 0
}

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d == 0 }

// Civil returns the year, month and day of d.
func (d Date) Civil() (year int, month time.Month, day int) {
	y, m, dd := civilFromDays(int64(d) - dateEpoch)
	return y, time.Month(m), dd
}

// Year returns the year of d.
func (d Date) Year() int { y, _, _ := d.Civil(); return y }

// Time returns midnight UTC of d.
func (d Date) Time() time.Time {
	y, m, dd := d.Civil()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}

// AddDays returns d plus n days.
func (d Date) AddDays(n int) Date { return d + Date(n) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// 1970-01-01 was a Thursday.
	w := (int64(d) - dateEpoch + 4) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// ISOWeek returns the ISO 8601 year and week number of d.
func (d Date) ISOWeek() (year, week int) {
	// The Thursday of d's week decides the ISO year.
	wd := (int(d.Weekday()) + 6) % 7 // Monday 0 .. Sunday 6
	th := d.AddDays(3 - wd)
	y, _, _ := th.Civil()
	jan1 := MakeDate(y, time.January, 1)
	return y, int(th-jan1)/7 + 1
}

// String returns d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	y, m, dd := d.Civil()
	if y < 0 || y > 9999 {
		return fmt.Sprintf("%d-%02d-%02d", y, m, dd)
	}
	b := []byte("0000-00-00")
	put := func(i, n, w int) {
		for j := i + w - 1; j >= i; j-- {
			b[j] = byte('0' + n%10)
			n /= 10
		}
	}
	put(0, y, 4)
	put(5, int(m), 2)
	put(8, dd, 2)
	return string(b)
}

// MarshalText implements encoding.TextMarshaler: YYYY-MM-DD, empty for the zero Date.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = 0
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// daysFromCivil and civilFromDays convert between the proleptic Gregorian calendar
// and days since 1970-01-01, by Howard Hinnant's algorithms ("chrono-Compatible
// Low-Level Date Algorithms", 2013, days_from_civil and civil_from_days).
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era)*146097 + int64(doe) - 719468
}

func civilFromDays(z int64) (y, m, d int) {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	yy := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = int(doy - (153*mp+2)/5 + 1)
	m = int(mp + 3)
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		yy++
	}
	return int(yy), m, d
}
