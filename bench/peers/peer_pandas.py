#!/usr/bin/python3
"""Peer: pandas on the trends workload. peer_pandas.py IN.csv OUT.csv

Monthly events and fatalities per country, and the mean of fatalities over the
last 3 rows (months) of each country, fewer at the start."""
import sys

import pandas as pd

df = pd.read_csv(sys.argv[1], usecols=["event_date", "country", "fatalities"], parse_dates=["event_date"])
df["month"] = df["event_date"].dt.to_period("M")
g = (df.groupby(["country", "month"], sort=True)
       .agg(events=("fatalities", "size"), fatalities=("fatalities", "sum"))
       .reset_index())
g["rolling3"] = g.groupby("country")["fatalities"].transform(
    lambda s: s.rolling(3, min_periods=1).mean())
g.to_csv(sys.argv[2], index=False)
