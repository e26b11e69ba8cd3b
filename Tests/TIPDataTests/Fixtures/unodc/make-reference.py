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
