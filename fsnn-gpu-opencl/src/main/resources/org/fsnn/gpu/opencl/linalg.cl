// SPDX-License-Identifier: Apache-2.0
// Dense linear algebra. TILE is defined by the host from the device's work-group limits.

// out[z] = alpha * op(A[z]) * op(B[z]) (+ beta * C) for each batch member z = get_global_id(2);
// a zero stride shares one matrix across the batch. Work-groups of TILE x TILE items stage
// TILE x TILE tiles of both operands in local memory; each item accumulates one output element
// over k in ascending order, like the reference.
__kernel void gemm(int m, int n, int k,
        __global const double* a, int aStride, int lda, int transA,
        __global const double* b, int bStride, int ldb, int transB,
        __global const double* c, int hasC, double alpha, double beta,
        __global double* out) {
    __local double as[TILE][TILE];
    __local double bs[TILE][TILE + 1];
    int col = get_global_id(0);
    int row = get_global_id(1);
    int z = get_global_id(2);
    int lc = get_local_id(0);
    int lr = get_local_id(1);
    a += z * aStride;
    b += z * bStride;
    double acc = 0;
    for (int t = 0; t < k; t += TILE) {
        int ka = t + lc;
        as[lr][lc] = row < m && ka < k ? (transA ? a[ka * lda + row] : a[row * lda + ka]) : 0.0;
        int kb = t + lr;
        bs[lr][lc] = kb < k && col < n ? (transB ? b[col * ldb + kb] : b[kb * ldb + col]) : 0.0;
        barrier(CLK_LOCAL_MEM_FENCE);
        int steps = min(TILE, k - t);
        for (int l = 0; l < steps; l++) {
            acc += as[lr][l] * bs[l][lc];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (row < m && col < n) {
        double v = alpha * acc;
        if (hasC) v = v + beta * c[row * n + col];
        out[z * m * n + row * n + col] = v;
    }
}

// out[p, i] = sum_l op(A[p])[i, l] * x[p, l] for a batch of matrices A (m x k after op).
__kernel void matvec(int batch, int m, int k, __global const double* a, int lda, int transA,
        __global const double* x, __global double* out) {
    int g = get_global_id(0);
    if (g >= batch * m) return;
    int p = g / m;
    int i = g % m;
    __global const double* ap = a + p * m * k;
    __global const double* xp = x + p * k;
    double acc = 0;
    for (int l = 0; l < k; l++) {
        acc += (transA ? ap[l * lda + i] : ap[i * lda + l]) * xp[l];
    }
    out[g] = acc;
}

// Swaps the last two axes of a batch of rows x cols matrices.
__kernel void transpose(int batch, int rows, int cols, __global const double* x, __global double* out) {
    int g = get_global_id(0);
    if (g >= batch * rows * cols) return;
    int p = g / (rows * cols);
    int r = g % (rows * cols);
    int j = r / rows; // out is cols x rows: out[p][j][i] = x[p][i][j]
    int i = r % rows;
    out[g] = x[p * rows * cols + i * cols + j];
}

// Solves op(T) y = r per sample by block back-substitution (forward when transposed), like
// BlockSubstitution: blocks of size 1 or 2 starting at starts[b]; 2x2 blocks by Cramer's rule.
__kernel void solve_block_upper(int batch, int n, int blocks, int transpose,
        __global const int* sizes, __global const int* starts,
        __global const double* t, int tStride, __global const double* r, __global double* y) {
    int p = get_global_id(0);
    if (p >= batch) return;
    __global const double* tp = t + p * tStride;
    __global const double* rp = r + p * n;
    __global double* yp = y + p * n;
    for (int step = 0; step < blocks; step++) {
        int blk = transpose ? step : blocks - 1 - step;
        int s = starts[blk];
        int size = sizes[blk];
        int rowsDone = transpose ? 0 : s + size;
        int rowsEnd = transpose ? s : n;
        double c0 = 0;
        double c1 = 0;
        for (int j = rowsDone; j < rowsEnd; j++) {
            c0 += (transpose ? tp[j * n + s] : tp[s * n + j]) * yp[j];
        }
        double r0 = rp[s] - c0;
        if (size == 1) {
            yp[s] = r0 / tp[s * n + s];
        } else {
            for (int j = rowsDone; j < rowsEnd; j++) {
                c1 += (transpose ? tp[j * n + s + 1] : tp[(s + 1) * n + j]) * yp[j];
            }
            double r1 = rp[s + 1] - c1;
            double a = tp[s * n + s];
            double d = tp[(s + 1) * n + s + 1];
            double b01 = tp[s * n + s + 1];
            double b10 = tp[(s + 1) * n + s];
            double upper = transpose ? b10 : b01;
            double lower = transpose ? b01 : b10;
            double det = a * d - upper * lower;
            yp[s] = (d * r0 - upper * r1) / det;
            yp[s + 1] = (a * r1 - lower * r0) / det;
        }
    }
}
