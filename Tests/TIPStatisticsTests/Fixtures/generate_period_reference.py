#!/usr/bin/env python3
"""pandas reference for PeriodValue and PeriodChange on random series: 200 series of the
years 2000-2022 with absent years, missing values (NaN), zeros, and magnitudes from 1e-3 to
1e9. For each series and each period of 2000-2004, 2005-2009, 2010-2014, 2015-2019,
2020-2022, 2003-2003 and 2001-2021:

  sum   pandas sum with min_count = the period's length over the period's years (reindexed,
        so an absent year is NaN): defined only when every year has a value;
  mean  pandas mean (NaN skipped), NaN when no year has a value;

and the percent change between consecutive periods of the first five, 100 * (b - a) / a,
for both statistics, "zero" for a zero base.
Writes period-series.csv (series,year,value) and period-reference.csv.
Run: python3 Tests/TIPStatisticsTests/Fixtures/generate_period_reference.py
"""
import os

import numpy as np
import pandas as pd

here = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261204)
rows = []
for s in range(200):
    scale = 10.0 ** rng.integers(-3, 10)
    for year in range(2000, 2023):
        r = rng.random()
        if r < 0.08:
            continue  # an absent year
        if r < 0.13:
            rows.append((s, year, np.nan))
        elif r < 0.16:
            rows.append((s, year, 0.0))
        else:
            rows.append((s, year, float(np.round(rng.random() * scale, 6))))
series = pd.DataFrame(rows, columns=["series", "year", "value"])
series.to_csv(os.path.join(here, "period-series.csv"), index=False, na_rep="nan", float_format="%.17g")
periods = [(2000, 2004), (2005, 2009), (2010, 2014), (2015, 2019), (2020, 2022), (2003, 2003), (2001, 2021)]
out = []
for s, group in series.groupby("series"):
    values = group.set_index("year")["value"]
    stats = {}
    for first, last in periods:
        window = values.reindex(range(first, last + 1))
        stats[(first, last, "sum")] = window.sum(min_count=last - first + 1)
        stats[(first, last, "mean")] = window.mean()
    for i, (first, last) in enumerate(periods):
        for statistic in ("sum", "mean"):
            v = stats[(first, last, statistic)]
            change = ""
            if i + 1 < 5:
                nxt = periods[i + 1]
                a, b = v, stats[(nxt[0], nxt[1], statistic)]
                if np.isnan(a) or np.isnan(b):
                    change = "nan"
                elif a == 0:
                    change = "zero"
                else:
                    change = "%.17g" % (100 * (b - a) / a)
            out.append((s, first, last, statistic, "nan" if np.isnan(v) else "%.17g" % v, change))
pd.DataFrame(out, columns=["series", "first", "last", "statistic", "value", "change_to_next"]).to_csv(
    os.path.join(here, "period-reference.csv"), index=False)
print(len(series), "points,", len(out), "reference rows")
