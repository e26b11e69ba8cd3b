#include "reference.h"
#include <stdlib.h>
#include <string.h>

double splitmix_uniform(unsigned long long seed, unsigned long long n) {
    unsigned long long z = seed + (n + 1) * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return (double)(z >> 11) * 0x1.0p-53;
}

static double select_k(double *a, size_t n, size_t k) {
    size_t lo = 0, hi = n - 1;
    while (hi > lo) {
        double pivot = a[lo + (hi - lo) / 2];
        size_t i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) { double t = a[i]; a[i] = a[j]; a[j] = t; i++; if (j == 0) break; j--; }
        }
        if (k <= j) hi = j; else if (k >= i) lo = i; else break;
    }
    return a[k];
}

void w7_reference(const double *values, size_t n, double *out, long *counts) {
    double sum = 0, lo = values[0], hi = values[0];
    for (size_t i = 0; i < n; i++) {
        sum += values[i];
        if (values[i] < lo) lo = values[i];
        if (values[i] > hi) hi = values[i];
    }
    double mean = sum / n, ss = 0;
    for (size_t i = 0; i < n; i++) { double d = values[i] - mean; ss += d * d; }
    out[0] = mean;
    out[1] = n > 1 ? __builtin_sqrt(ss / (n - 1)) : 0;
    double *copy = malloc(n * sizeof(double));
    memcpy(copy, values, n * sizeof(double));
    const double ps[4] = {0.25, 0.5, 0.75, 0.9};
    for (int q = 0; q < 4; q++) {
        double h = (n - 1) * ps[q];
        size_t k = (size_t)h;
        double a = select_k(copy, n, k);
        double b = a;
        if (k + 1 < n) { b = copy[k + 1]; for (size_t i = k + 1; i < n; i++) if (copy[i] < b) b = copy[i]; }
        double t = h - k;  /* R's type 7 interpolation, as R computes it */
        out[2 + q] = (a == b || t == 0) ? a : (1 - t) * a + t * b;
    }
    free(copy);
    memset(counts, 0, 100 * sizeof(long));
    double scale = 100 / (hi - lo);
    for (size_t i = 0; i < n; i++) {
        long bin = (long)((values[i] - lo) * scale);
        if (bin > 99) bin = 99;
        counts[bin]++;
    }
}
