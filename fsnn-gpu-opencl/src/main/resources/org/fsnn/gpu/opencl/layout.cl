// SPDX-License-Identifier: Apache-2.0
// Layout kernels: column copies and index-driven gathers and scatter-adds.

// out[i * ow + oOff + j] = in[i * iw + iOff + j] for i < rows, j < cols: slice and concat.
__kernel void copy_columns(int rows, int cols, __global const double* in, int iw, int iOff,
        __global double* out, int ow, int oOff) {
    int g = get_global_id(0);
    if (g >= rows * cols) return;
    int i = g / cols;
    int j = g % cols;
    out[i * ow + oOff + j] = in[i * iw + iOff + j];
}

// The four gathers and scatter-adds as one sum without atomics: out, dense with a-stride oa and
// c-stride oc, gets out[a, c] = sum over s in [off[c], off[c+1]) of in[a * ia + src[s] * is],
// the sources in ascending order like the reference's accumulation; no source gives 0.
__kernel void gather_sum(int na, int nc, int oa, int oc, int ia, int is,
        __global const int* off, __global const int* src, __global const double* in, __global double* out) {
    int g = get_global_id(0);
    if (g >= na * nc) return;
    int a = (g / oa) % na;
    int c = (g / oc) % nc;
    int end = off[c + 1];
    double acc = 0;
    for (int s = off[c]; s < end; s++) {
        acc += in[a * ia + src[s] * is];
    }
    out[g] = acc;
}
