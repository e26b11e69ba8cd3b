#ifndef TIPCHARTS_REFERENCE_H
#define TIPCHARTS_REFERENCE_H
#include <stddef.h>

/// W7's reference, in plain C: mean and sample SD (two passes), R type 7 quantiles at
/// 0.25, 0.5, 0.75 and 0.9 (quickselect on one copy; R's interpolation (1 − t)·a + t·b),
/// and a 100-bin equal-width histogram
/// from min to max. Results: out[0] mean, out[1] SD, out[2..5] quantiles; counts[100].
void w7_reference(const double *values, size_t n, double *out, long *counts);

/// The n-th value of the splitmix64 stream seeded with `seed`, as a double in [0, 1).
double splitmix_uniform(unsigned long long seed, unsigned long long n);
#endif
