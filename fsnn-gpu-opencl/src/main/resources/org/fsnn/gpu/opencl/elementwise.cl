// SPDX-License-Identifier: Apache-2.0
// Elementwise kernels. OP_*, BOP_* are defined by the host from the UnaryOp and BinaryOp enums;
// the formulas follow UnaryOp's scalar definitions line by line.

inline double sigmoid(double x) {
    if (x >= 0) return 1 / (1 + exp(-x));
    double e = exp(x);
    return e / (1 + e);
}

inline double asinh_odd(double x) {
    double a = fabs(x);
    double r = a > 1e8 ? log(a) + log(2.0) : log1p(a + a * a / (1 + sqrt(1 + a * a)));
    return copysign(r, x);
}

inline double java_signum(double x) {
    return x > 0 ? 1.0 : x < 0 ? -1.0 : x;
}

inline double unary_apply(int op, double x, double p, double q) {
    switch (op) {
        case OP_NEG: return -x;
        case OP_SQUARE: return x * x;
        case OP_SQRT: return sqrt(x);
        case OP_EXP: return exp(x);
        case OP_LOG: return log(x);
        case OP_TANH: return tanh(x);
        case OP_SIGMOID: return sigmoid(x);
        case OP_SILU: return x * sigmoid(x);
        case OP_SOFTPLUS: return java_max(x, 0) + log1p(exp(-fabs(x)));
        case OP_RELU: return x > 0 ? x : 0;
        case OP_SIN: return sin(x);
        case OP_COS: return cos(x);
        case OP_SINH: return sinh(x);
        case OP_COSH: return cosh(x);
        case OP_ASINH: return asinh_odd(x);
        case OP_ABS: return fabs(x);
        case OP_SIGN: return java_signum(x);
        case OP_POW: return pow(x, p);
        case OP_CLAMP: return java_min(java_max(x, p), q);
        case OP_AFFINE: return p * x + q;
        default: return NAN;
    }
}

inline double unary_derivative(int op, double x, double p, double q) {
    switch (op) {
        case OP_NEG: return -1;
        case OP_SQUARE: return 2 * x;
        case OP_SQRT: return 0.5 / sqrt(x);
        case OP_EXP: return exp(x);
        case OP_LOG: return 1 / x;
        case OP_TANH: { double t = tanh(x); return 1 - t * t; }
        case OP_SIGMOID: { double s = sigmoid(x); return s * (1 - s); }
        case OP_SILU: { double s = sigmoid(x); return s * (1 + x * (1 - s)); }
        case OP_SOFTPLUS: return sigmoid(x);
        case OP_RELU: return x > 0 ? 1 : 0;
        case OP_SIN: return cos(x);
        case OP_COS: return -sin(x);
        case OP_SINH: return cosh(x);
        case OP_COSH: return sinh(x);
        case OP_ASINH: return 1 / sqrt(x * x + 1);
        case OP_ABS: return java_signum(x);
        case OP_SIGN: return 0;
        case OP_POW: return p == 0 ? 0 : p * pow(x, p - 1);
        case OP_CLAMP: return x > p && x < q ? 1 : 0;
        case OP_AFFINE: return p;
        default: return NAN;
    }
}

__kernel void map(int n, int op, double p, double q, __global const double* x, __global double* out) {
    int i = get_global_id(0);
    if (i < n) out[i] = unary_apply(op, x[i], p, q);
}

__kernel void map_grad(int n, int op, double p, double q, __global const double* x, __global const double* gy,
        __global double* out) {
    int i = get_global_id(0);
    if (i < n) out[i] = gy[i] * unary_derivative(op, x[i], p, q);
}

inline double binary_apply(int op, double a, double b) {
    switch (op) {
        case BOP_ADD: return a + b;
        case BOP_SUB: return a - b;
        case BOP_MUL: return a * b;
        case BOP_DIV: return a / b;
        case BOP_MAX: return java_max(a, b);
        case BOP_MIN: return java_min(a, b);
        default: return NAN;
    }
}

// The flat index of (i, j, k) in a padded rank-3 shape (d0, d1, d2), broadcasting size-1 axes.
inline int broadcast_index(int d0, int d1, int d2, int i, int j, int k) {
    return ((d0 == 1 ? 0 : i) * d1 + (d1 == 1 ? 0 : j)) * d2 + (d2 == 1 ? 0 : k);
}

// out has padded shape (n0, n1, n2); a and b have padded shapes (a0, a1, a2) and (b0, b1, b2).
__kernel void zip(int op, int n0, int n1, int n2, int a0, int a1, int a2, int b0, int b1, int b2,
        __global const double* a, __global const double* b, __global double* out) {
    int o = get_global_id(0);
    if (o >= n0 * n1 * n2) return;
    int k = o % n2;
    int j = (o / n2) % n1;
    int i = o / (n1 * n2);
    out[o] = binary_apply(op, a[broadcast_index(a0, a1, a2, i, j, k)], b[broadcast_index(b0, b1, b2, i, j, k)]);
}
