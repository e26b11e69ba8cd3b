#!/usr/bin/env python3
"""Writes moments-exact.txt: the correctly rounded mean and sample variance of 300
deterministic random samples, computed with exact rational arithmetic (fractions).

Samples (splitmix64, counter form, seed = index): sizes 2 to 1,000; kinds cycle through
uniform [-1, 1), large offsets (1e9 + small), integers, mixed magnitudes (1e-8 to 1e8,
both signs), and huge values (up to 1e300). Line: index n mean variance sd (shortest repr;
variance "inf" where it overflows a double; sd from an 80-digit decimal square root).
"""
from fractions import Fraction
from decimal import Decimal, getcontext

getcontext().prec = 80
import os

MASK = (1 << 64) - 1

def splitmix64(seed, i):
    z = (seed + (i + 1) * 0x9E3779B97F4A7C15) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)

def sample(index):
    n = 2 + (splitmix64(index, 10_000) % 999)
    kind = index % 5
    out = []
    for i in range(n):
        u = (splitmix64(index, i) >> 11) * 2.0 ** -53
        if kind == 0: out.append(u * 2 - 1)
        elif kind == 1: out.append(1e9 + float(int(u * 1000)))
        elif kind == 2: out.append(float(int(u * 200) - 100))
        elif kind == 3: out.append((u * 2 - 1) * 10.0 ** (int(u * 1e6) % 17 - 8))
        else: out.append((u * 2 - 1) * 1e300)
    return out

def main():
    lines = []
    for index in range(300):
        xs = sample(index)
        exact = [Fraction(x) for x in xs]
        n = len(xs)
        mean = sum(exact) / n
        var = sum((x - mean) ** 2 for x in exact) / (n - 1)
        try:
            v = repr(float(var))
        except OverflowError:
            v = "inf"
        sd = (Decimal(var.numerator) / Decimal(var.denominator)).sqrt()
        lines.append(f"{index} {n} {float(mean)!r} {v} {float(sd)!r}")
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "moments-exact.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    main()
