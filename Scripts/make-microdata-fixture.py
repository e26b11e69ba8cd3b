#!/usr/bin/env python3
"""Writes Tests/TIPDataTests/Fixtures/microdata/case-records.csv: one row per identified
victim, shaped like the case-record files NGOs and counter-trafficking databases keep
(CTDC-style): the year identified, the country of identification, sex and age band with
gaps, and one 0/1 column per form of exploitation (a victim may have several, or none).

The records are ILLUSTRATIVE, drawn from a seeded generator; they are not real cases.
Many rows are identical on every counted column (the same year, country, sex, age and
forms), as real records are: counting must never collapse them.
Run: python3 Scripts/make-microdata-fixture.py
"""
import csv
import os
import random

random.seed(20261203)
OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "TIPDataTests", "Fixtures", "microdata",
                   "case-records.csv")
COUNTRIES = {"Kazakhstan": 900, "Kyrgyz Republic": 260, "Tajikistan": 140, "Côte d'Ivoire": 75}
FORMS = ["sexual_exploitation", "forced_labour", "other_exploitation"]

rows = []
case = 1000
for country, n in COUNTRIES.items():
    for _ in range(n):
        case += 1
        year = random.choice(range(2015, 2022))
        sex = random.choices(["Female", "Male", ""], weights=[62, 30, 8])[0]
        age = random.choices(["0-17", "18+", ""], weights=[28, 64, 8])[0]
        forms = {f: 0 for f in FORMS}
        r = random.random()
        if r < 0.48:
            forms["sexual_exploitation"] = 1
        elif r < 0.86:
            forms["forced_labour"] = 1
        elif r < 0.92:
            forms["sexual_exploitation"] = forms["forced_labour"] = 1
        elif r < 0.97:
            forms["other_exploitation"] = 1
        rows.append(dict(case_id=f"C{case}", year_identified=year, country_of_identification=country,
                         gender=sex, age_band=age, **forms))
random.shuffle(rows)
with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
print(OUT, len(rows))
