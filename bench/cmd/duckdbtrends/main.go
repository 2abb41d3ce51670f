// Command duckdbtrends is the DuckDB peer of bilanbench: it computes the trends
// workload with DuckDB (through its Go bindings, which link DuckDB statically and
// need cgo) and writes it as CSV.
//
// Usage:
//
//	duckdbtrends IN.csv OUT.csv
//	duckdbtrends -version
//
// It is a program of its own, not part of bilanbench, so that bilanbench stays a
// small process without cgo: the peak memory of a program it starts includes the
// memory of the process that started it, up to the exec.
package main

import (
	"database/sql"
	"fmt"
	"os"
	"strings"

	_ "github.com/duckdb/duckdb-go/v2" // registers the "duckdb" driver
)

// query is the trends workload in DuckDB's SQL: read_csv with its type detection,
// monthly events and fatalities per country, and the mean of fatalities over the
// last 3 rows (months) of each country, fewer at the start.
const query = `COPY (
  SELECT country, month, events, fatalities,
    avg(fatalities) OVER (PARTITION BY country ORDER BY month ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS rolling3
  FROM (
    SELECT country, strftime(CAST(event_date AS DATE), '%%Y-%%m') AS month, count(*) AS events, sum(fatalities) AS fatalities
    FROM read_csv(%s)
    GROUP BY country, month)
  ORDER BY country, month
) TO %s (HEADER, DELIMITER ',')`

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "duckdbtrends:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return err
	}
	defer db.Close()
	switch {
	case len(args) == 1 && args[0] == "-version":
		var v string
		if err := db.QueryRow("SELECT version()").Scan(&v); err != nil {
			return err
		}
		fmt.Println(v)
		return nil
	case len(args) != 2:
		return fmt.Errorf("usage: duckdbtrends IN.csv OUT.csv")
	}
	_, err = db.Exec(fmt.Sprintf(query, sqlString(args[0]), sqlString(args[1])))
	return err
}

// sqlString quotes s as an SQL string literal.
func sqlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
