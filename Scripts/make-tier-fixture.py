#!/usr/bin/env python3
"""Writes Tests/TIPDataTests/Fixtures/tiers/world-tiers.csv: illustrative tier placements
(not the State Department's) of 190 countries in the editions 2010-2024, for the tier map.

Countries are drawn from Debian's iso-codes (ISO 3166-1), with the names TIP files use for
a few (Burma, Cote d'Ivoire, Turkiye, Czechia) and small states kept, so that a map must
draw them as dots; Central Asia and the countries TierMapTests samples are always
there; Kosovo is added, and one name no table knows ("Atlantis") must be listed
as unmatched. Placements move by at most one step between editions, with Special Case rare.
Run: python3 Scripts/make-tier-fixture.py [--out FILE]
"""
import csv
import json
import os
import random
import sys

out = os.path.join(os.path.dirname(__file__), "..", "Tests", "TIPDataTests", "Fixtures", "tiers", "world-tiers.csv")
if "--out" in sys.argv:
    out = sys.argv[sys.argv.index("--out") + 1]
random.seed(21)
entries = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
TIP_NAMES = {"MMR": "Burma", "CIV": "Cote d'Ivoire", "TUR": "Turkiye", "CZE": "Czechia"}
SMALL = ["BHR", "SGP", "MLT", "MDV", "MUS", "BRB", "SYC", "ATG", "KNA", "LCA", "VCT", "GRD", "DMA", "TON",
         "KIR", "PLW", "MHL", "FSM", "HKG", "MAC"]
# Places no TIP Report ranks: uninhabited or without a population of their own.
UNRANKED = {"ATA", "BVT", "HMD", "UMI", "SGS", "ATF", "IOT", "CXR", "CCK", "NFK", "PCN", "TKL"}
by_code = {e["alpha_3"]: e.get("common_name", e["name"]) for e in entries if e["alpha_3"] not in UNRANKED}
# Central Asia, and the countries whose interior pixels TierMapTests samples.
ALWAYS = ["KAZ", "KGZ", "TJK", "TKM", "UZB", "BRA", "AUS", "DZA", "CHN", "ARG"]
fixed = SMALL + list(TIP_NAMES) + ALWAYS
rest = sorted(c for c in by_code if c not in fixed)
chosen = fixed + random.sample(rest, 190 - len(fixed) - 2)
names = [TIP_NAMES.get(c, by_code[c]) for c in chosen] + ["Kosovo", "Atlantis"]
names.sort()
TIERS = ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"]
with open(out, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["country", "year", "metric", "value", "source"])
    for name in names:
        level = random.choice([0, 1, 1, 1, 2, 2, 3])
        special = random.random() < 0.02
        for edition in range(2010, 2025):
            if random.random() < 0.2:
                level = min(3, max(0, level + random.choice([-1, 1])))
            tier = "Special Case" if special and edition >= 2020 else TIERS[level]
            w.writerow([name, edition, "tier", tier, f"Illustrative placements, TIP Report {edition} style"])
print("wrote", out, len(names), "countries")
