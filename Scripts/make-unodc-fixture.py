#!/usr/bin/env python3
"""Writes Tests/TIPDataTests/Fixtures/unodc/unodc-release.csv: a file in the layout of UNODC's
trafficking data release (the Global Report on Trafficking in Persons data), with its own
header, so that the loader's "no options at all" promise is tested on that layout:

  Iso3_code, Country, Region, Subregion, Indicator, Dimension, Category, Sex, Age, Year,
  Unit of measurement, txtVALUE, Source

and the release's quirks: regional and world totals with only a code (no country name) and
an empty Region; a few country rows whose name is empty beside their ISO code; a dimension
and category given as a pair of columns ("by form of exploitation" / "Sexual exploitation");
sex and age as columns of their own with "Total"; "<5" for small counts; years missing
here and there, and countries whose last year is 2020 or 2021.

The values are ILLUSTRATIVE, drawn from a seeded generator; they are not UNODC's figures.
Run: python3 Scripts/make-unodc-fixture.py

With `--world FILE`, writes instead a world-scale file in the same layout: 190 UN member
states (ISO names from Debian's iso-codes, regions and sub-regions from Unicode CLDR's UN
M49 territory containment, as unicode-cldr-core ships them) over the 20 years 2003-2022,
with gaps, "<5" cells and regional and world totals: about 42,000 rows. It is generated
when needed (the tests and `make world-report`), not committed.
"""
import csv
import json
import os
import random
import sys
import xml.etree.ElementTree as ET

random.seed(20261204)
OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "TIPDataTests", "Fixtures", "unodc",
                   "unodc-release.csv")
HEADER = ["Iso3_code", "Country", "Region", "Subregion", "Indicator", "Dimension", "Category", "Sex", "Age",
          "Year", "Unit of measurement", "txtVALUE", "Source"]
# code, name as UNODC writes it, region, subregion, typical yearly victims
COUNTRIES = [
    ("KAZ", "Kazakhstan", "Asia", "Central Asia", 120),
    ("KGZ", "Kyrgyzstan", "Asia", "Central Asia", 60),
    ("TJK", "Tajikistan", "Asia", "Central Asia", 40),
    ("UZB", "Uzbekistan", "Asia", "Central Asia", 900),
    ("TKM", "Turkmenistan", "Asia", "Central Asia", 8),
    ("MMR", "Myanmar", "Asia", "South-eastern Asia", 300),
    ("THA", "Thailand", "Asia", "South-eastern Asia", 450),
    ("NPL", "Nepal", "Asia", "Southern Asia", 250),
    ("UKR", "Ukraine", "Europe", "Eastern Europe", 280),
    ("MDA", "Republic of Moldova", "Europe", "Eastern Europe", 150),
    ("ROU", "Romania", "Europe", "Eastern Europe", 700),
    ("GBR", "United Kingdom of Great Britain and Northern Ireland", "Europe", "Northern Europe", 3000),
    ("NLD", "Netherlands (Kingdom of the)", "Europe", "Western Europe", 1000),
    ("TUR", "Türkiye", "Asia", "Western Asia", 200),
    ("NGA", "Nigeria", "Africa", "Sub-Saharan Africa", 1500),
    ("CIV", "Côte d'Ivoire", "Africa", "Sub-Saharan Africa", 350),
    ("EGY", "Egypt", "Africa", "Northern Africa", 90),
    ("MEX", "Mexico", "Americas", "Latin America and the Caribbean", 700),
    ("BOL", "Bolivia (Plurinational State of)", "Americas", "Latin America and the Caribbean", 400),
    ("USA", "United States of America", "Americas", "Northern America", 4000),
    ("AUS", "Australia", "Oceania", "Australia and New Zealand", 50),
    ("FJI", "Fiji", "Oceania", "Melanesia", 3),
]
# Rows of these countries leave the name empty beside the code, as some release rows do.
CODE_ONLY = {"TKM", "FJI"}
AGGREGATES = ["WLD", "AFR", "AMR", "ASI", "EUR", "OCE"]
INDICATORS = [("Detected trafficking victims", 1.0), ("Persons convicted of trafficking in persons", 0.25),
              ("Persons prosecuted for trafficking in persons", 0.45)]
FORMS = ["Sexual exploitation", "Forced labour", "Other forms of exploitation"]
SOURCE = "National authorities"


def world_countries():
    """190 UN member states as (alpha-3, ISO name, M49 region, M49 sub-region, scale)."""
    iso = {c["alpha_2"]: c for c in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]}
    common = "/usr/share/unicode/cldr/common"
    data = ET.parse(os.path.join(common, "supplemental", "supplementalData.xml")).getroot()
    groups = {}
    for g in data.iter("group"):
        if g.get("status") != "deprecated":
            groups.setdefault(g.get("type"), []).extend(g.get("contains").split())
    names = {t.get("type"): t.text for t in ET.parse(os.path.join(common, "main", "en.xml")).getroot().iter("territory")
             if t.get("alt") is None}
    parent = {}
    for code, children in groups.items():
        if code.isdigit() and code not in ("001", "202", "419", "003"):
            for child in children:
                parent[child] = code
    members = sorted(groups["UN"])[:190]
    out = []
    for a2 in members:
        sub = parent[a2]
        region = parent.get(sub, sub)
        entry = iso[a2]
        m49 = {"035": "South-eastern Asia", "053": "Australia and New Zealand", "057": "Micronesia"}
        out.append((entry["alpha_3"], entry.get("common_name", entry["name"]), names[region], m49.get(sub, names[sub]),
                    int(10 ** random.uniform(0.3, 3.6))))
    return out


def cell(n):
    return "<5" if 0 < n < 5 else str(n)


def split(total, weights):
    """Parts of `total` by weight, leaving some unknown; integers that never exceed the total."""
    known = int(total * random.uniform(0.8, 1.0))
    raw = [random.uniform(0.5, 1.5) * w for w in weights]
    parts = [int(known * r / sum(raw)) for r in raw]
    return parts


if "--world" in sys.argv:
    COUNTRIES, CODE_ONLY, OUT = world_countries(), set(), sys.argv[sys.argv.index("--world") + 1]
    FIRST_YEARS, LAST_YEARS = [2003], [2020, 2021, 2022, 2022]
else:
    FIRST_YEARS, LAST_YEARS = [2008, 2010, 2012], [2020, 2021, 2022, 2022, 2022]

rows = []
aggregate_totals = {}
for code, name, region, subregion, scale in COUNTRIES:
    last = random.choice(LAST_YEARS)
    first = random.choice(FIRST_YEARS)
    for year in range(first, last + 1):
        if random.random() < 0.12:
            continue  # a year not reported
        for indicator, factor in INDICATORS:
            if indicator != INDICATORS[0][0] and random.random() < 0.2:
                continue
            total = max(0, int(scale * factor * random.uniform(0.6, 1.4)))
            who = "" if code in CODE_ONLY else name
            base = [code, who, region, subregion, indicator]
            rows.append(base + ["Total", "Total", "Total", "Total", year, "Counts", cell(total), SOURCE])
            key = (region, indicator, year)
            aggregate_totals[key] = aggregate_totals.get(key, 0) + total
            aggregate_totals[("World", indicator, year)] = aggregate_totals.get(("World", indicator, year), 0) + total
            if total < 10:
                continue
            female, male = split(total, [0.65, 0.35])
            rows.append(base + ["Total", "Total", "Female", "Total", year, "Counts", cell(female), SOURCE])
            rows.append(base + ["Total", "Total", "Male", "Total", year, "Counts", cell(male), SOURCE])
            adult, minor = split(total, [0.7, 0.3])
            rows.append(base + ["Total", "Total", "Total", "Adult", year, "Counts", cell(adult), SOURCE])
            rows.append(base + ["Total", "Total", "Total", "Minor", year, "Counts", cell(minor), SOURCE])
            if indicator == INDICATORS[0][0]:
                forms = split(total, [0.5, 0.38, 0.12])
                for form, n in zip(FORMS, forms):
                    rows.append(base + ["by form of exploitation", form, "Total", "Total", year, "Counts", cell(n),
                                        SOURCE])
                if year < 2018:
                    continue
                # Forms by sex, for women, in recent years: a cell of two dimensions.
                women = split(female, [0.7, 0.22, 0.08])
                for form, n in zip(FORMS, women):
                    rows.append(base + ["by form of exploitation", form, "Female", "Total", year, "Counts", cell(n),
                                        SOURCE])
region_codes = {"Africa": "AFR", "Americas": "AMR", "Asia": "ASI", "Europe": "EUR", "Oceania": "OCE", "World": "WLD"}
# World: the totals stop at 2020, the last year every country reports (a sum of fewer
# countries would be no regional total).
AGGREGATE_FROM, AGGREGATE_TO = (2010, 9999) if "--world" not in sys.argv else (2003, 2020)
for (region, indicator, year), total in sorted(aggregate_totals.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2])):
    if year < AGGREGATE_FROM or year > AGGREGATE_TO:
        continue
    rows.append([region_codes[region], "", "", "", indicator, "Total", "Total", "Total", "Total", year, "Counts",
                 cell(total), "UNODC elaboration (illustrative)"])
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
print(len(rows), "rows")
