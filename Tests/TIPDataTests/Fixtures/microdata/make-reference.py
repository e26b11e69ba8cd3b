#!/usr/bin/env python3
"""pandas reference for case-records.csv: the number of records per country and year (the
total), per value of gender and of age_band (an empty cell as "Not stated"), and per form
of exploitation flagged 1 (a record with no form flagged as "None of these"). Writes
counts-reference.csv with columns country, year, dimension, category, count; the total's
dimension and category are empty.
Run: python3 Tests/TIPDataTests/Fixtures/microdata/make-reference.py
"""
import os

import pandas as pd

here = os.path.dirname(os.path.abspath(__file__))
df = pd.read_csv(os.path.join(here, "case-records.csv"), dtype=str, keep_default_na=False)
keys = ["country_of_identification", "year_identified"]
parts = []
total = df.groupby(keys).size().rename("count").reset_index()
total["dimension"], total["category"] = "", ""
parts.append(total)
for column in ("gender", "age_band"):
    d = df.assign(category=df[column].replace("", "Not stated"))
    g = d.groupby(keys + ["category"]).size().rename("count").reset_index()
    g["dimension"] = column
    parts.append(g)
forms = ["sexual_exploitation", "forced_labour", "other_exploitation"]
for form in forms:
    g = df[df[form] == "1"].groupby(keys).size().rename("count").reset_index()
    g["dimension"], g["category"] = "form", form.replace("_", " ")
    parts.append(g)
none = df[(df[forms] == "0").all(axis=1)].groupby(keys).size().rename("count").reset_index()
none["dimension"], none["category"] = "form", "None of these"
parts.append(none)
out = pd.concat(parts).rename(columns={"country_of_identification": "country", "year_identified": "year"})
out = out[["country", "year", "dimension", "category", "count"]].sort_values(
    ["country", "year", "dimension", "category"])
out.to_csv(os.path.join(here, "counts-reference.csv"), index=False)
print(len(out), "counts")
