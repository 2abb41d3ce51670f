package stats

import (
	"fmt"
	"strconv"
	"time"

	"github.com/bilan-dev/bilan/claims"
)

// Period is the length of the periods a series is summed over.
type Period uint8

// The periods. Weeks are ISO 8601 weeks, Monday to Sunday, labelled by ISO year and
// week number.
const (
	Day Period = iota
	Week
	Month
	Quarter
	Year
)

var periodNames = []string{"day", "week", "month", "quarter", "year"}

func (p Period) String() string {
	if int(p) < len(periodNames) {
		return periodNames[p]
	}
	return "Period(" + strconv.Itoa(int(p)) + ")"
}

// ParsePeriod reads day, week, month, quarter or year.
func ParsePeriod(s string) (Period, error) {
	for i, n := range periodNames {
		if s == n {
			return Period(i), nil
		}
	}
	return 0, fmt.Errorf("%w: period %q (want day, week, month, quarter or year)", ErrUnknown, s)
}

// monday is a Monday, the origin of week indexes.
var monday = claims.MakeDate(1970, time.January, 5)

// Index returns the index of the period that holds d: consecutive periods have
// consecutive indexes.
func (p Period) Index(d claims.Date) int {
	switch p {
	case Day:
		return int(d)
	case Week:
		return floorDiv(int(d)-int(monday), 7)
	}
	y, m, _ := d.Civil()
	switch p {
	case Month:
		return y*12 + int(m) - 1
	case Quarter:
		return y*4 + (int(m)-1)/3
	}
	return y
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Start returns the first day of period i.
func (p Period) Start(i int) claims.Date {
	switch p {
	case Day:
		return claims.Date(i)
	case Week:
		return monday.AddDays(7 * i)
	case Month:
		return claims.MakeDate(floorDiv(i, 12), time.Month(i-12*floorDiv(i, 12)+1), 1)
	case Quarter:
		return claims.MakeDate(floorDiv(i, 4), time.Month(3*(i-4*floorDiv(i, 4))+1), 1)
	}
	return claims.MakeDate(i, time.January, 1)
}

// End returns the last day of period i.
func (p Period) End(i int) claims.Date { return p.Start(i + 1).AddDays(-1) }

// Label returns the period's label: 2025-07-22, 2025-W30, 2025-07, 2025-Q3, 2025.
func (p Period) Label(i int) string {
	switch p {
	case Day:
		return claims.Date(i).String()
	case Week:
		y, w := p.Start(i).ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case Month:
		return fmt.Sprintf("%04d-%02d", floorDiv(i, 12), i-12*floorDiv(i, 12)+1)
	case Quarter:
		return fmt.Sprintf("%04d-Q%d", floorDiv(i, 4), i-4*floorDiv(i, 4)+1)
	}
	return fmt.Sprintf("%04d", i)
}
