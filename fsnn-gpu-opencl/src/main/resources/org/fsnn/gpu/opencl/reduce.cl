// SPDX-License-Identifier: Apache-2.0
// Reduction along one axis of x viewed as (outer, len, inner): one work-item per output element,
// accumulating in the reference order. ROP_* are defined by the host from the ReduceOp enum.

__kernel void reduce(int op, int outer, int len, int inner, __global const double* x, __global double* out) {
    int g = get_global_id(0);
    if (g >= outer * inner) return;
    int o = g / inner;
    int n = g % inner;
    __global const double* in = x + o * len * inner + n;
    double acc = op == ROP_MAX ? -INFINITY : op == ROP_MIN ? INFINITY : 0.0;
    for (int l = 0; l < len; l++) {
        double v = in[l * inner];
        acc = op == ROP_MAX ? java_max(acc, v) : op == ROP_MIN ? java_min(acc, v) : acc + v;
    }
    out[g] = op == ROP_MEAN ? acc / len : acc;
}
