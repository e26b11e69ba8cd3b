#!/usr/bin/env python3
"""pandas reference for unodc-release.csv, read as UNODC's release is laid out, with none of
TIPCharts' code: one line per figure with the country (the Country cell, else the name that
Debian's iso-codes gives the Iso3_code: its common name, else its name; a code it does not
know, such as a region's, as written), whether the row is an aggregate (an empty Region), the
indicator, the year, the breakdown (the Dimension with a leading "by " dropped, paired with
the Category, then Sex and Age, each left out when "Total"; parts sorted and joined by ";"),
the unit and the value as written ("<5" stays censored).
Writes figures-reference.csv. Run: python3 Tests/TIPDataTests/Fixtures/unodc/make-reference.py
"""
import json
import os

import pandas as pd

here = os.path.dirname(os.path.abspath(__file__))
with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
    iso = {c["alpha_3"]: c.get("common_name", c["name"]) for c in json.load(f)["3166-1"]}
df = pd.read_csv(os.path.join(here, "unodc-release.csv"), dtype=str, keep_default_na=False)
df["country"] = df["Country"].where(df["Country"] != "", df["Iso3_code"].map(lambda c: iso.get(c, c)))
df["aggregate"] = (df["Region"] == "").map({True: "true", False: "false"})


def breakdown(row):
    parts = []
    if row["Category"] != "Total":
        dimension = row["Dimension"][3:] if row["Dimension"].lower().startswith("by ") else row["Dimension"]
        parts.append(f"{dimension}={row['Category']}")
    for column in ("Sex", "Age"):
        if row[column] != "Total":
            parts.append(f"{column}={row[column]}")
    return ";".join(sorted(parts))


df["breakdown"] = df.apply(breakdown, axis=1)
out = df.rename(columns={"Indicator": "metric", "Year": "year", "Unit of measurement": "unit", "txtVALUE": "value"})
out = out[["country", "aggregate", "metric", "year", "breakdown", "unit", "value"]]
out = out.sort_values(["country", "metric", "year", "breakdown"])
out.to_csv(os.path.join(here, "figures-reference.csv"), index=False)
print(len(out), "figures;", (out["value"] == "<5").sum(), "censored")

# Periods: each country's (and aggregate's) totals over 2013-2017 and 2018-2022, as sums
# (every year needed: pandas sum with min_count = the period's length, after reindexing so an
# absent year is NaN) and as means (pandas mean; "<5" is NaN, so a mean is over exact
# values), and the percent change from the first period to the second.
totals = df[(df["Category"] == "Total") & (df["Sex"] == "Total") & (df["Age"] == "Total")].copy()
totals["number"] = pd.to_numeric(totals["txtVALUE"].str.replace(",", ""), errors="coerce")
totals["year"] = totals["Year"].astype(int)
periods = [(2013, 2017), (2018, 2022)]
rows = []
for (country, metric), group in totals.groupby(["country", "Indicator"]):
    values = group.set_index("year")["number"]
    for statistic in ("sum", "mean"):
        computed = []
        for first, last in periods:
            window = values.reindex(range(first, last + 1))
            v = window.sum(min_count=last - first + 1) if statistic == "sum" else window.mean()
            computed.append(v)
            rows.append((country, metric, f"{first}-{last}", statistic, "" if pd.isna(v) else repr(float(v)), ""))
        a, b = computed
        change = "" if pd.isna(a) or pd.isna(b) or a == 0 else repr(float(100 * (b - a) / a))
        rows.append((country, metric, "2013-2017 to 2018-2022", statistic, "", change))
periods_out = pd.DataFrame(rows, columns=["country", "metric", "period", "statistic", "value", "percent_change"])
periods_out.to_csv(os.path.join(here, "periods-reference.csv"), index=False)
print(len(periods_out), "period rows")
