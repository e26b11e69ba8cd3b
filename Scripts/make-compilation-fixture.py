#!/usr/bin/env python3
"""Writes Tests/TIPDataTests/Fixtures/compilation/central-asia.csv: a compilation shaped like
the TIP Report and UNODC GLOTIP files analysts assemble (editions, tiers, two currencies,
three breakdown dimensions, aggregates, revisions, censored cells, qualifiers).

The numbers are ILLUSTRATIVE, drawn from a seeded generator around plausible magnitudes;
they are not the published figures. The fixture tests loading and charting, not facts.
Run: python3 Scripts/make-compilation-fixture.py
"""
import csv
import os
import random

random.seed(20261129)
OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "TIPDataTests", "Fixtures", "compilation",
                   "central-asia.csv")
COUNTRIES = {  # name: (scale of counts, tier path by edition 2006-2025)
    "Kazakhstan": (30, "2 2 2 2WL 2WL 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2"),
    "Kyrgyz Republic": (8, "2 2WL 2WL 2 2 2 2 2 2 2 2 2WL 2WL 2WL 2 2 2 2 2 2"),
    "Tajikistan": (6, "2WL 3 3 2WL 2 2 2 2 2 2 2 2 2 2 2WL 2WL 2 2 2 2"),
    "Turkmenistan": (2, "3 3 3 3 3 3 2WL 2WL 2WL 3 3 3 3 3 3 3 3 3 3 3"),
    "Uzbekistan": (60, "3 3 3 3 3 3 3 3 3 3 3 3 2WL 2WL 2WL 2 2 2 2 2"),
}
AGGREGATES = {"World": 45000, "Eastern Europe and Central Asia": 2600}
TIP = "U.S. Department of State, Trafficking in Persons Report {}"
GLOTIP = "UNODC, Global Report on Trafficking in Persons {}"
GLOTIP_EDITIONS = [2012, 2014, 2016, 2018, 2020, 2022, 2024]
rows = []


def row(country, report_year, data_year, metric, value, unit="", source="", quote="", sex="", age="", form=""):
    rows.append(dict(country=country, report_year=report_year, data_year=data_year, metric=metric,
                     sex=sex, age_group=age, form=form, value=value, unit=unit, source=source, quote=quote))


def cell(v):
    return "<5" if 0 < v < 5 and random.random() < 0.6 else f"{v:,}" if v >= 1000 else str(v)


for name, (scale, tiers) in COUNTRIES.items():
    for i, tier in enumerate(tiers.split()):
        edition = 2006 + i
        # Tajikistan 2014 and Turkmenistan 2019 are missing from the compilation: a gap, not a repeat.
        if (name, edition) in {("Tajikistan", 2014), ("Turkmenistan", 2019)}:
            continue
        label = {"2WL": "Tier 2 Watch List"}.get(tier, f"Tier {tier}")
        row(name, edition, "", "tier", label, source=TIP.format(edition),
            quote=f"{name} is placed on {label}.")
    for year in range(2005, 2025):
        edition = year + 1
        if (name, year) == ("Kyrgyz Republic", 2020):
            continue  # a year the compilation lacks: the axis must show the gap
        trend = 1 + 0.04 * (year - 2005)
        inv = max(1, int(random.gauss(scale * 1.5 * trend, scale * 0.3)))
        pro = max(0, int(inv * random.uniform(0.5, 1.1)))
        con = max(0, int(pro * random.uniform(0.6, 1.3)))
        vic = max(0, int(random.gauss(scale * 4 * trend, scale)))
        src = TIP.format(edition)
        row(name, edition, year, "investigations", cell(inv), "cases", src)
        row(name, edition, year, "prosecutions", cell(pro), "cases", src)
        value = cell(con)
        if name == "Uzbekistan" and year == 2012:
            value = f"at least {con}"  # a qualifier written in the value
        row(name, edition, year, "convictions", value, "persons", src)
        row(name, edition, year, "victims_identified", cell(vic), "persons", src)
        # Revisions: the next edition restates some figures, a few of them differently.
        if year in (2010, 2016, 2021):
            revised = con + (1 if name in ("Kazakhstan", "Tajikistan") else 0)
            row(name, edition + 1, year, "convictions", cell(revised), "persons", TIP.format(edition + 1))
    if name == "Kazakhstan":
        for year in range(2012, 2025):
            kzt = int(random.uniform(80, 160)) * 1_000_000
            row(name, year + 1, year, "funding", f"{kzt:,}", "KZT", TIP.format(year + 1))
            if year >= 2018:
                row(name, year + 1, year, "funding", f"approximately {kzt // 450:,}", "USD", TIP.format(year + 1))
    # UNODC GLOTIP: detected victims with one-dimensional breakdowns (others at Total).
    for edition in GLOTIP_EDITIONS:
        for year in (edition - 3, edition - 2):
            total = max(6, int(random.gauss(scale * 5, scale)))
            src = GLOTIP.format(edition)
            row(name, edition, year, "victims_detected", cell(total), "persons", src,
                sex="Total", age="Total", form="Total")
            female = int(total * random.uniform(0.4, 0.8))
            row(name, edition, year, "victims_detected", cell(female), "persons", src, sex="Female", age="Total",
                form="Total")
            row(name, edition, year, "victims_detected", cell(total - female), "persons", src, sex="Male",
                age="Total", form="Total")
            minors = int(total * random.uniform(0.05, 0.3))
            row(name, edition, year, "victims_detected", cell(minors), "persons", src, sex="Total", age="0-17",
                form="Total")
            row(name, edition, year, "victims_detected", cell(total - minors), "persons", src, sex="Total",
                age="18+", form="Total")
            sexual = int(total * random.uniform(0.3, 0.6))
            labour = int((total - sexual) * random.uniform(0.6, 0.95))
            for form, v in (("Sexual exploitation", sexual), ("Forced labour", labour),
                            ("Other purposes", total - sexual - labour)):
                row(name, edition, year, "victims_detected", cell(v), "persons", src, sex="Total", age="Total",
                    form=form)
            row(name, edition, year, "persons_prosecuted", cell(max(0, int(total * 0.3))), "persons", src)
            # UNODC names: convictions above prosecutions in some years, which the check must see.
            row(name, edition, year, "persons_convicted", cell(max(0, int(total * random.uniform(0.2, 0.4)))),
                "persons", src)

for name, size in AGGREGATES.items():
    for edition in GLOTIP_EDITIONS:
        for year in (edition - 3, edition - 2):
            v = int(size * random.uniform(0.7, 1.1))
            row(name, edition, year, "victims_detected", f"{v:,}", "persons", GLOTIP.format(edition),
                sex="Total", age="Total", form="Total")
            row(name, edition, year, "persons_convicted", f"{int(v * 0.2):,}", "persons", GLOTIP.format(edition))

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
print(f"{len(rows)} rows → {os.path.relpath(OUT)}")
