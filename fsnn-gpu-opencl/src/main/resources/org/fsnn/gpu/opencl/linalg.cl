// SPDX-License-Identifier: Apache-2.0
// Dense linear algebra.

// out[z] = alpha * op(A[z]) * op(B[z]) (+ beta * C) for each batch member z = get_global_id(2);
// a zero stride shares one matrix across the batch. GROUP and WORK are defined by the host from
// the device's limits: a GROUP x GROUP work-group computes an EDGE x EDGE block of the output
// (EDGE = GROUP * WORK), each item WORK x WORK elements strided by GROUP, from tiles of DEPTH
// columns of op(A) and rows of op(B) staged in local memory. Every output element accumulates
// over k in ascending order, like the reference. Its arguments are those of gemm_small.
#define EDGE (GROUP * WORK)
#define DEPTH 16

__kernel void gemm(int batch, int m, int n, int k,
        __global const double* a, int aStride, int lda, int transA,
        __global const double* b, int bStride, int ldb, int transB,
        __global const double* c, int hasC, double alpha, double beta,
        __global double* out) {
    __local double as[EDGE][DEPTH + 1];
    __local double bs[DEPTH][EDGE + 1];
    int lc = get_local_id(0);
    int lr = get_local_id(1);
    int self = lr * GROUP + lc;
    int rowBase = get_group_id(1) * EDGE;
    int colBase = get_group_id(0) * EDGE;
    int z = get_global_id(2);
    a += z * aStride;
    b += z * bStride;
    double acc[WORK][WORK];
    for (int i = 0; i < WORK; i++) {
        for (int j = 0; j < WORK; j++) {
            acc[i][j] = 0;
        }
    }
    for (int t = 0; t < k; t += DEPTH) {
        // Neighbouring items load neighbouring addresses of the stored operand.
        for (int e = self; e < EDGE * DEPTH; e += GROUP * GROUP) {
            int r = transA ? e % EDGE : e / DEPTH;
            int l = transA ? e / EDGE : e % DEPTH;
            int row = rowBase + r;
            int ka = t + l;
            as[r][l] = row < m && ka < k ? (transA ? a[ka * lda + row] : a[row * lda + ka]) : 0.0;
        }
        for (int e = self; e < DEPTH * EDGE; e += GROUP * GROUP) {
            int col = colBase + (transB ? e / DEPTH : e % EDGE);
            int l = transB ? e % DEPTH : e / EDGE;
            int kb = t + l;
            bs[l][col - colBase] = kb < k && col < n ? (transB ? b[col * ldb + kb] : b[kb * ldb + col]) : 0.0;
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        int steps = min(DEPTH, k - t);
        for (int l = 0; l < steps; l++) {
            double av[WORK];
            double bv[WORK];
            for (int i = 0; i < WORK; i++) {
                av[i] = as[lr + i * GROUP][l];
                bv[i] = bs[l][lc + i * GROUP];
            }
            for (int i = 0; i < WORK; i++) {
                for (int j = 0; j < WORK; j++) {
                    acc[i][j] += av[i] * bv[j];
                }
            }
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    for (int i = 0; i < WORK; i++) {
        int row = rowBase + lr + i * GROUP;
        for (int j = 0; j < WORK; j++) {
            int col = colBase + lc + j * GROUP;
            if (row < m && col < n) {
                double v = alpha * acc[i][j];
                if (hasC) v = v + beta * c[row * n + col];
                out[z * m * n + row * n + col] = v;
            }
        }
    }
}

// The same product for small matrices, where a work-group per EDGE x EDGE block would idle:
// one item per output element of every batch member.
__kernel void gemm_small(int batch, int m, int n, int k,
        __global const double* a, int aStride, int lda, int transA,
        __global const double* b, int bStride, int ldb, int transB,
        __global const double* c, int hasC, double alpha, double beta,
        __global double* out) {
    int g = get_global_id(0);
    if (g >= batch * m * n) return;
    int z = g / (m * n);
    int row = (g / n) % m;
    int col = g % n;
    a += z * aStride;
    b += z * bStride;
    double acc = 0;
    for (int l = 0; l < k; l++) {
        acc += (transA ? a[l * lda + row] : a[row * lda + l]) * (transB ? b[col * ldb + l] : b[l * ldb + col]);
    }
    double v = alpha * acc;
    if (hasC) v = v + beta * c[row * n + col];
    out[g] = v;
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
