#!/usr/bin/env python3
"""Writes quantiles-r.txt: R's quantile(type = 1..9) on deterministic random samples.

Samples come from a splitmix64 stream (counter form, seed = n), the same stream the Swift
test builds, so only R's answers are stored. Even n: integers in [0, n/2) (many ties);
odd n: doubles in [-500, 500). Probabilities: every k/n (for n <= 120, else every
k/n with k = 0, 7, 14, ...), 0.00..1.00 in steps of 0.01, and 0.29, 1/3, 2/3.
Each output line: n type q(p1) q(p2) ... with values in shortest round-trip form.
Run: python3 generate_quantile_reference.py  (needs Rscript; NumPy is cross-checked when present).
"""
import subprocess, sys, os

MASK = (1 << 64) - 1
SIZES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 19, 20, 31, 50, 64, 99, 100, 127, 250, 999, 1000]

def splitmix64(seed, i):
    z = (seed + (i + 1) * 0x9E3779B97F4A7C15) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)

def sample(n):
    out = []
    for i in range(n):
        u = (splitmix64(n, i) >> 11) * 2.0 ** -53
        out.append(float(int(u * (n // 2))) if n % 2 == 0 else u * 1000 - 500)
    return out

def probabilities(n):
    step = 1 if n <= 120 else 7
    ps = [k / n for k in range(0, n + 1, step)] + [k / 100 for k in range(101)] + [29 / 100, 1 / 3, 2 / 3]
    return ps

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    script = []
    for n in SIZES:
        # Hex literals and divisions in R itself: R's decimal parser is not always
        # correctly rounded, so no decimal text carries a value into R.
        xs = ",".join(x.hex() for x in sample(n))
        step = 1 if n <= 120 else 7
        script.append(f"x <- c({xs}); p <- c(seq(0, {n}, by = {step}) / {n}, (0:100) / 100, 29 / 100, 1 / 3, 2 / 3)")
        script.append("for (t in 1:9) cat(%d, t, sprintf('%%.17g', quantile(x, p, type = t, names = FALSE)), '\\n')" % n)
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".R", delete=False) as f:
        f.write("\n".join(script) + "\n")
    r = subprocess.run(["Rscript", f.name], capture_output=True, text=True, check=True)
    os.unlink(f.name)
    lines = []
    for line in r.stdout.strip().splitlines():
        parts = line.split()
        lines.append(" ".join(parts[:2] + [repr(float(v)) for v in parts[2:]]))
    with open(os.path.join(here, "quantiles-r.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    try:
        import numpy as np
        methods = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf",
                   "hazen", "weibull", "linear", "median_unbiased", "normal_unbiased"]
        worst = 0.0
        for line in lines:
            parts = line.split()
            n, t = int(parts[0]), int(parts[1])
            ours = np.quantile(np.array(sample(n)), probabilities(n), method=methods[t - 1])
            for a, b in zip(ours, map(float, parts[2:])):
                worst = max(worst, abs(a - b) / max(1.0, abs(b)))
        print(f"NumPy vs R: largest relative difference {worst:.3g}")
    except ImportError:
        pass

if __name__ == "__main__":
    main()
