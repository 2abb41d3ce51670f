// Peer: Polars (nodejs-polars) on the trends workload. node peer_polars.mjs IN.csv OUT.csv
// Monthly events and fatalities per country, and the mean of fatalities over the
// last 3 rows (months) of each country, fewer at the start.
import pl from "nodejs-polars";

const [inp, out] = process.argv.slice(2);
const df = await pl
  .scanCSV(inp)
  .select("event_date", "country", "fatalities")
  .withColumns(pl.col("event_date").str.slice(0, 7).alias("month"))
  .groupBy(["country", "month"])
  .agg(pl.col("fatalities").count().alias("events"), pl.col("fatalities").sum().alias("fatalities"))
  .sort(["country", "month"])
  .withColumns(pl.col("fatalities").rollingMean({ windowSize: 3, minPeriods: 1 }).over("country").alias("rolling3"))
  .collect();
df.writeCSV(out);
