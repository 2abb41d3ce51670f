#!/usr/bin/Rscript
# Peer: R data.table on the trends workload. Rscript peer_datatable.R IN.csv OUT.csv
# Monthly events and fatalities per country, and the mean of fatalities over the
# last 3 rows (months) of each country, fewer at the start (an adaptive window).
suppressMessages(library(data.table))
a <- commandArgs(TRUE)
dt <- fread(a[1], select = c("event_date", "country", "fatalities"), colClasses = list(character = "event_date"))
dt[, month := substr(event_date, 1, 7)]
g <- dt[, .(events = .N, fatalities = sum(fatalities)), keyby = .(country, month)]
g[, rolling3 := frollmean(fatalities, pmin(seq_len(.N), 3L), adaptive = TRUE), by = country]
fwrite(g, a[2])
