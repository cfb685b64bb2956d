// SPDX-License-Identifier: Apache-2.0
// Reduction along the middle axis of x viewed as (outer, len, inner), in chunks of `chunk`
// elements: one work-item per (o, chunk c, n) accumulates its chunk in ascending order into
// out viewed as (outer, chunks, inner). With one chunk this is the reference's order; a long
// axis over few outputs runs as two launches, chunks then their partial results. `divisor`
// divides the result for the mean. ROP_* are defined by the host from the ReduceOp enum.

__kernel void reduce(int op, int outer, int len, int inner, int chunk, double divisor,
        __global const double* x, __global double* out) {
    int chunks = (len + chunk - 1) / chunk;
    int g = get_global_id(0);
    if (g >= outer * chunks * inner) return;
    int n = g % inner;
    int c = (g / inner) % chunks;
    int o = g / (inner * chunks);
    __global const double* in = x + o * len * inner + n;
    int end = min(len, (c + 1) * chunk);
    double acc = op == ROP_MAX ? -INFINITY : op == ROP_MIN ? INFINITY : 0.0;
    for (int l = c * chunk; l < end; l++) {
        double v = in[l * inner];
        acc = op == ROP_MAX ? java_max(acc, v) : op == ROP_MIN ? java_min(acc, v) : acc + v;
    }
    out[g] = op == ROP_MEAN ? acc / divisor : acc;
}
