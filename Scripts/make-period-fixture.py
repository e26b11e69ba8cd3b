#!/usr/bin/env python3
"""Writes Tests/TIPDataTests/Fixtures/periods/counts-by-period.csv: counts by country and
5-year period, as some UNODC and research tables give them (the year column holds
"2000-2004"), for 30 countries, two metrics and a sex breakdown, with a period missing
here and there and "<5" for small counts.

The values are ILLUSTRATIVE, drawn from a seeded generator; they are not real figures.
Run: python3 Scripts/make-period-fixture.py
"""
import csv
import os
import random

random.seed(20261204)
OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "TIPDataTests", "Fixtures", "periods",
                   "counts-by-period.csv")
COUNTRIES = ["Albania", "Armenia", "Belarus", "Bolivia", "Brazil", "Cambodia", "Chile", "Egypt", "Ethiopia", "Georgia",
             "Ghana", "India", "Indonesia", "Kazakhstan", "Kenya", "Kyrgyzstan", "Mexico", "Moldova", "Mongolia",
             "Morocco", "Nepal", "Nigeria", "Peru", "Philippines", "Romania", "Senegal", "Tajikistan", "Thailand",
             "Ukraine", "Uzbekistan"]
PERIODS = ["2000-2004", "2005-2009", "2010-2014", "2015-2019"]
rows = []
for country in COUNTRIES:
    scale = random.choice([3, 20, 80, 400, 1500])
    for metric, factor in (("victims_detected", 1.0), ("persons_convicted", 0.2)):
        for period in PERIODS:
            if random.random() < 0.12:
                continue
            total = int(scale * factor * random.uniform(3, 7))
            cell = lambda n: "<5" if 0 < n < 5 else str(n)
            rows.append([country, period, metric, "", cell(total)])
            female = int(total * random.uniform(0.4, 0.8))
            rows.append([country, period, metric, "Female", cell(female)])
            rows.append([country, period, metric, "Male", cell(total - female)])
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["country", "year", "metric", "sex", "value"])
    w.writerows(rows)
print(len(rows), "rows")
