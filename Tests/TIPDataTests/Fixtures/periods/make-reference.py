#!/usr/bin/env python3
"""pandas reference for counts-by-period.csv: for each country and metric, the percent
change of the total (the rows with no sex) from each period to the next, 100 * (b - a) / a,
only between adjacent periods (2005-2009 follows 2000-2004; a missing period between two
leaves no change), with a censored ("<5") or zero base left out. Writes changes-reference.csv
with columns country, metric, from, to, percent_change.
Run: python3 Tests/TIPDataTests/Fixtures/periods/make-reference.py
"""
import os

import pandas as pd

here = os.path.dirname(os.path.abspath(__file__))
df = pd.read_csv(os.path.join(here, "counts-by-period.csv"), dtype=str, keep_default_na=False)
totals = df[df["sex"] == ""].copy()
totals["first"] = totals["year"].str.split("-").str[0].astype(int)
totals["last"] = totals["year"].str.split("-").str[1].astype(int)
totals["number"] = pd.to_numeric(totals["value"], errors="coerce")
out = []
for (country, metric), g in totals.sort_values("first").groupby(["country", "metric"]):
    g = g.reset_index(drop=True)
    for i in range(len(g) - 1):
        a, b = g.iloc[i], g.iloc[i + 1]
        if b["first"] != a["last"] + 1 or pd.isna(a["number"]) or pd.isna(b["number"]) or a["number"] == 0:
            continue
        out.append((country, metric, a["year"], b["year"], repr(float(100 * (b["number"] - a["number"]) / a["number"]))))
pd.DataFrame(out, columns=["country", "metric", "from", "to", "percent_change"]).to_csv(
    os.path.join(here, "changes-reference.csv"), index=False)
print(len(out), "changes")
