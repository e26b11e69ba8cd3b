#!/usr/bin/env python3
"""pandas reference for central-asia.csv: year-over-year percent changes of every total
series, after keeping the latest report edition of each figure. Writes yoy-reference.csv.

Censored cells ("<5") are NaN; qualifier words are dropped ("at least 113" is 113); a
change is computed only between consecutive calendar years (pandas pct_change on a
series reindexed to every year, so a missing year gives NaN rather than a bridged change).
Run: python3 Tests/TIPDataTests/Fixtures/compilation/make-reference.py
"""
import os
import re

import pandas as pd

here = os.path.dirname(os.path.abspath(__file__))
df = pd.read_csv(os.path.join(here, "central-asia.csv"), dtype=str, keep_default_na=False)
df = df[df["metric"] != "tier"]
for column in ("sex", "age_group", "form"):
    df = df[df[column].isin(["", "Total"])]


def number(text):
    text = re.sub(r"^(at least|approximately|nearly|about)\s+", "", text.strip())
    if text.startswith("<") or text in ("", "NA"):
        return float("nan")
    return float(text.replace(",", ""))


df["v"] = df["value"].map(number)
df["data_year"] = df["data_year"].astype(int)
df["report_year"] = df["report_year"].astype(int)
# drop_duplicates, not groupby().last(): last() skips NaN, so a censored latest edition would
# silently fall back to an older edition's number.
df = df.sort_values("report_year", kind="stable").drop_duplicates(
    ["country", "metric", "unit", "data_year"], keep="last")
rows = []
for (country, metric, unit), g in df.groupby(["country", "metric", "unit"]):
    s = g.set_index("data_year")["v"].sort_index()
    s = s.reindex(range(s.index.min(), s.index.max() + 1))
    pct = s.pct_change(fill_method=None) * 100
    for year, p in pct.items():
        if pd.notna(p):
            rows.append((country, metric, unit, year - 1, year, repr(float(p))))
out = pd.DataFrame(rows, columns=["country", "metric", "unit", "from", "to", "percent"])
out.to_csv(os.path.join(here, "yoy-reference.csv"), index=False)
print(f"{len(out)} changes → yoy-reference.csv (pandas {pd.__version__})")
