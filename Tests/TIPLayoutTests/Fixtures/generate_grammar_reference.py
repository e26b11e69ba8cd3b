#!/usr/bin/env python3
"""Writes the grammar's NumPy references: boxplot-numpy.txt and aggregate-numpy.txt.

Samples come from the counter form of splitmix64 (seed, index), the stream the Swift tests
build with SplitMix64.value(seed:index:), so only NumPy's answers are stored.

boxplot-numpy.txt, one line per sample: `n variant q1 median q3 lowerWhisker upperWhisker
outlierCount`. Even n: integers in [0, n/2) (ties); odd n: doubles in [-500, 500).
Variant "cubed" cubes each value / 1e4, which gives outliers. Quartiles are
numpy.percentile(method="linear") (R type 7); whiskers are the most extreme values within
1.5 IQR of the box (Tukey, as matplotlib's boxplot draws them).

aggregate-numpy.txt: a 10,000-row table, group g = u1 * 37 (integer), value v = u2 * 2000 - 1000;
one line per group: `g count sum mean median min max q1 q3`.
Run: python3 generate_grammar_reference.py (needs NumPy).
"""
import numpy as np

MASK = (1 << 64) - 1

def splitmix64(seed, i):
    z = (seed + (i + 1) * 0x9E3779B97F4A7C15) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)

def unit(seed, i):
    return (splitmix64(seed, i) >> 11) * 2.0 ** -53

def sample(n, variant):
    out = []
    for i in range(n):
        u = unit(n, i)
        x = float(int(u * (n // 2))) if n % 2 == 0 else u * 1000 - 500
        out.append(x ** 3 / 1e4 if variant == "cubed" else x)
    return np.array(out)

with open("boxplot-numpy.txt", "w") as f:
    for n in [1, 2, 3, 4, 5, 6, 7, 10, 11, 19, 20, 50, 99, 100, 999, 1000]:
        for variant in ["raw", "cubed"]:
            x = sample(n, variant)
            q1, med, q3 = np.percentile(x, [25, 50, 75], method="linear")
            iqr = q3 - q1
            lo_f, hi_f = q1 - 1.5 * iqr, q3 + 1.5 * iqr
            inside = x[(x >= lo_f) & (x <= hi_f)]
            outliers = int(((x < lo_f) | (x > hi_f)).sum())
            f.write(" ".join([str(n), variant] + [repr(float(v)) for v in [q1, med, q3, inside.min(), inside.max()]] + [str(outliers)]) + "\n")

rows = 10000
g = np.array([int(unit(7, 2 * i) * 37) for i in range(rows)])
v = np.array([unit(7, 2 * i + 1) * 2000 - 1000 for i in range(rows)])
with open("aggregate-numpy.txt", "w") as f:
    seen = []
    for k in g:
        if k not in seen:
            seen.append(k)
    for k in seen:
        x = v[g == k]
        q1, med, q3 = np.percentile(x, [25, 50, 75], method="linear")
        f.write(" ".join([str(k), str(len(x))] + [repr(float(t)) for t in [x.sum(), x.mean(), med, x.min(), x.max(), q1, q3]]) + "\n")
