// SPDX-License-Identifier: Apache-2.0
// Shared by every kernel: float64, no contraction into fused multiply-adds (results then match
// the scalar reference to the last bit wherever the same operations run in the same order), and
// Java's semantics for max and min (NaN propagates, -0 < +0).
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
#pragma OPENCL FP_CONTRACT OFF

inline double java_max(double a, double b) {
    if (isnan(a) || isnan(b)) return NAN;
    if (a == 0.0 && b == 0.0) return signbit(a) ? b : a;
    return a > b ? a : b;
}

inline double java_min(double a, double b) {
    if (isnan(a) || isnan(b)) return NAN;
    if (a == 0.0 && b == 0.0) return signbit(a) ? a : b;
    return a < b ? a : b;
}

__kernel void fill(int n, double value, __global double* out) {
    int i = get_global_id(0);
    if (i < n) out[i] = value;
}
