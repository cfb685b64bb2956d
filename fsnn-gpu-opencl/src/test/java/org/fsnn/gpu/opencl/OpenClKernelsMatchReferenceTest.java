// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.backend.Distribution;
import org.fsnn.api.backend.ReduceOp;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every OpenCL kernel against the scalar reference on random shapes and values, within a relative
 * error of 1e-12 (of {@code max(1, |reference|)}), and the largest error seen is reported.
 */
class OpenClKernelsMatchReferenceTest {
    private static final double TOLERANCE = 1e-12;
    private static double worst;

    private final Backend ref = Backends.reference();
    private final SplittableRandom rng = new SplittableRandom(20261123);
    private OpenClBackend cl;

    @BeforeEach
    void open() {
        cl = OpenClTestDevice.backend();
    }

    @AfterAll
    static void report() {
        System.out.println("largest relative error against the reference: " + worst);
    }

    // ---- helpers --------------------------------------------------------------------------

    private int[] dims(int rank) {
        int[] d = new int[rank];
        for (int i = 0; i < rank; i++) {
            d[i] = 1 + rng.nextInt(rng.nextBoolean() ? 5 : 40);
        }
        return d;
    }

    private double[] normal(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 2 * rng.nextGaussian();
        }
        return v;
    }

    /** The same values in the reference ([0]) and the OpenCL backend ([1]). */
    private Tensor[] pair(double[] data, int... dims) {
        return new Tensor[] {ref.fromArray(data, dims), cl.fromArray(data, dims)};
    }

    private Tensor[] pair(int... dims) {
        return pair(normal(Shape.of(dims).size()), dims);
    }

    private static void assertClose(String what, Tensor expected, Tensor actual) {
        assertEquals(expected.shape(), actual.shape(), what + ": shape");
        double[] e = expected.toArray();
        double[] a = actual.toArray();
        for (int i = 0; i < e.length; i++) {
            if (Double.compare(e[i], a[i]) == 0 || (Double.isNaN(e[i]) && Double.isNaN(a[i]))) {
                continue;
            }
            double error = Math.abs(a[i] - e[i]) / Math.max(1, Math.abs(e[i]));
            worst = Math.max(worst, error);
            assertTrue(error <= TOLERANCE, what + ": element " + i + " is " + a[i] + ", reference " + e[i]);
        }
    }

    // ---- kernels --------------------------------------------------------------------------

    @Test
    void fromArrayRoundTripsAndFillAndRandomMatch() {
        for (int rank = 1; rank <= 3; rank++) {
            int[] d = dims(rank);
            double[] data = normal(Shape.of(d).size());
            assertEquals(Arrays.toString(data), Arrays.toString(cl.fromArray(data, d).toArray()));
            assertClose("fill", ref.fill(Shape.of(d), -1.25), cl.fill(Shape.of(d), -1.25));
            for (Distribution dist : Distribution.values()) {
                assertClose("random", ref.random(Shape.of(d), dist, 7), cl.random(Shape.of(d), dist, 7));
            }
        }
    }

    /** Inputs inside the op's domain: positive where the op needs it. */
    private double[] input(UnaryOp op, int n) {
        double[] x = normal(n);
        if (op == UnaryOp.SQRT || op == UnaryOp.LOG || op == UnaryOp.POW) {
            for (int i = 0; i < n; i++) {
                x[i] = Math.abs(x[i]) + 0.05;
            }
        }
        return x;
    }

    @ParameterizedTest
    @EnumSource(UnaryOp.class)
    void mapAndMapGradMatchForEveryOp(UnaryOp op) {
        double p = op == UnaryOp.CLAMP ? -0.7 : op == UnaryOp.POW ? 1.7 : 0.9;
        double q = op == UnaryOp.CLAMP ? 1.1 : -0.3;
        for (int rank = 1; rank <= 3; rank++) {
            int[] d = dims(rank);
            Tensor[] x = pair(input(op, Shape.of(d).size()), d);
            Tensor[] g = pair(d);
            assertClose("map " + op, ref.map(op, x[0], p, q), cl.map(op, x[1], p, q));
            assertClose("mapGrad " + op, ref.mapGrad(op, x[0], g[0], p, q), cl.mapGrad(op, x[1], g[1], p, q));
        }
    }

    @Test
    void mapHandlesExtremeArgumentsLikeTheReference() {
        double[] x = {0.0, -0.0, 1e-300, -1e-300, 710, -710, 1e9, -1e9, 40, -40, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN};
        for (UnaryOp op : List.of(UnaryOp.SIGMOID, UnaryOp.SOFTPLUS, UnaryOp.SILU, UnaryOp.TANH, UnaryOp.ASINH,
                UnaryOp.RELU, UnaryOp.ABS, UnaryOp.SIGN, UnaryOp.CLAMP)) {
            Tensor[] t = pair(x, x.length);
            assertClose("map " + op + " extremes", ref.map(op, t[0], -1, 1), cl.map(op, t[1], -1, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(BinaryOp.class)
    void zipMatchesForEveryBroadcastPattern(BinaryOp op) {
        for (int trial = 0; trial < 12; trial++) {
            int rank = 1 + rng.nextInt(3);
            int[] out = dims(rank);
            int[] a = out.clone();
            int[] b = out.clone();
            for (int i = 0; i < rank; i++) {
                if (rng.nextInt(3) == 0) {
                    a[i] = 1;
                } else if (rng.nextInt(3) == 0) {
                    b[i] = 1;
                }
            }
            int[] bShort = rng.nextBoolean() && rank > 1 ? Arrays.copyOfRange(b, 1, rank) : b;
            Tensor[] x = pair(a);
            Tensor[] y = pair(bShort);
            assertClose("zip " + op + " " + Arrays.toString(a) + " " + Arrays.toString(bShort), ref.zip(op, x[0], y[0]),
                    cl.zip(op, x[1], y[1]));
        }
    }

    @ParameterizedTest
    @EnumSource(ReduceOp.class)
    void reduceMatchesAlongEveryAxis(ReduceOp op) {
        for (int rank = 1; rank <= 3; rank++) {
            int[] d = dims(rank);
            Tensor[] x = pair(d);
            for (int axis = -rank; axis < rank; axis++) {
                assertClose("reduce " + op + " axis " + axis + " of " + Arrays.toString(d), ref.reduce(op, x[0], axis),
                        cl.reduce(op, x[1], axis));
            }
        }
        Tensor[] big = pair(3000, 2);
        assertClose("reduce " + op + " over a long axis", ref.reduce(op, big[0], 0), cl.reduce(op, big[1], 0));
    }

    @Test
    void sumToMatchesTheReference() {
        Tensor[] x = pair(6, 5, 4);
        assertClose("sumTo", ref.sumTo(x[0], Shape.of(5, 1)), cl.sumTo(x[1], Shape.of(5, 1)));
        assertClose("sumTo", ref.sumTo(x[0], Shape.of(4)), cl.sumTo(x[1], Shape.of(4)));
    }

    @Test
    void gemmMatchesForEveryTransposeAndAccumulatorAcrossTileEdges() {
        // Small outputs take the one-item-per-element kernel, larger ones the tiled kernel (over
        // 32 x 32 with 16 x 16 groups of 4 x 4 items); k crosses the tile depth of 16.
        int[][] sizes = {{1, 1, 1}, {3, 5, 2}, {17, 33, 16}, {37, 29, 53}, {64, 48, 32}, {130, 70, 53}, {33, 200, 17}};
        for (int[] s : sizes) {
            int m = s[0];
            int n = s[1];
            int k = s[2];
            for (int mode = 0; mode < 4; mode++) {
                boolean ta = (mode & 1) != 0;
                boolean tb = (mode & 2) != 0;
                Tensor[] a = pair(ta ? new int[] {k, m} : new int[] {m, k});
                Tensor[] b = pair(tb ? new int[] {n, k} : new int[] {k, n});
                Tensor[] c = pair(m, n);
                String what = "gemm " + Arrays.toString(s) + " ta=" + ta + " tb=" + tb;
                assertClose(what, ref.gemm(ta, tb, 1.5, a[0], b[0], -0.5, c[0]), cl.gemm(ta, tb, 1.5, a[1], b[1], -0.5, c[1]));
                assertClose(what + " no c", ref.gemm(ta, tb, -2, a[0], b[0], 3, null), cl.gemm(ta, tb, -2, a[1], b[1], 3, null));
            }
        }
    }

    @Test
    void matmulMatchesForBatchedAndSharedOperands() {
        int batch = 5;
        int m = 7;
        int n = 19;
        int k = 18;
        for (int mode = 0; mode < 4; mode++) {
            boolean ta = (mode & 1) != 0;
            boolean tb = (mode & 2) != 0;
            int[] ad = ta ? new int[] {k, m} : new int[] {m, k};
            int[] bd = tb ? new int[] {n, k} : new int[] {k, n};
            for (int batching = 0; batching < 4; batching++) {
                Tensor[] a = pair((batching & 1) != 0 ? new int[] {batch, ad[0], ad[1]} : ad);
                Tensor[] b = pair((batching & 2) != 0 ? new int[] {batch, bd[0], bd[1]} : bd);
                assertClose("matmul " + a[0].shape() + " " + b[0].shape() + " ta=" + ta + " tb=" + tb,
                        ref.matmul(a[0], b[0], ta, tb), cl.matmul(a[1], b[1], ta, tb));
            }
        }
    }

    @Test
    void largeBatchedMatmulMatchesThroughTheTiledKernel() {
        Tensor[] a = pair(3, 40, 50);
        Tensor[] b = pair(3, 50, 36);
        Tensor[] shared = pair(36, 50);
        assertClose("batched tiled matmul", ref.matmul(a[0], b[0], false, false), cl.matmul(a[1], b[1], false, false));
        assertClose("shared tiled matmul", ref.matmul(a[0], shared[0], false, true), cl.matmul(a[1], shared[1], false, true));
    }

    @Test
    void matvecMatchesForSharedAndBatchedMatrices() {
        for (boolean ta : new boolean[] {false, true}) {
            Tensor[] x = pair(9, 21);
            Tensor[] shared = pair(ta ? new int[] {21, 13} : new int[] {13, 21});
            Tensor[] batched = pair(ta ? new int[] {9, 21, 13} : new int[] {9, 13, 21});
            assertClose("matvec shared ta=" + ta, ref.matvec(shared[0], x[0], ta), cl.matvec(shared[1], x[1], ta));
            assertClose("matvec batched ta=" + ta, ref.matvec(batched[0], x[0], ta), cl.matvec(batched[1], x[1], ta));
        }
    }

    @Test
    void transposeMatchesForMatricesAndBatches() {
        for (int[] d : new int[][] {{1, 1}, {7, 3}, {40, 33}, {4, 9, 5}}) {
            Tensor[] x = pair(d);
            assertClose("transpose " + Arrays.toString(d), ref.transpose(x[0]), cl.transpose(x[1]));
        }
    }

    /** A well-conditioned block upper-triangular matrix: dominant diagonal blocks. */
    private double[] blockUpper(BlockLayout layout, int batch) {
        int n = layout.order();
        double[] t = normal(batch * n * n);
        for (int p = 0; p < batch; p++) {
            for (int i = 0; i < n; i++) {
                t[p * n * n + i * n + i] += (rng.nextBoolean() ? 1 : -1) * (4 + n);
            }
        }
        return t;
    }

    @Test
    void solveBlockUpperMatchesForEveryLayoutTransposeAndBatching() {
        for (BlockLayout layout : List.of(BlockLayout.upperTriangular(1), BlockLayout.upperTriangular(6),
                BlockLayout.pairsThenScalar(7), BlockLayout.pairsThenScalar(8), new BlockLayout(new int[] {1, 2, 2, 1, 2}))) {
            int n = layout.order();
            int batch = 11;
            Tensor[] r = pair(batch, n);
            Tensor[] shared = pair(blockUpper(layout, 1), n, n);
            Tensor[] batched = pair(blockUpper(layout, batch), batch, n, n);
            for (boolean tr : new boolean[] {false, true}) {
                assertClose("solve shared " + layout + " tr=" + tr, ref.solveBlockUpper(shared[0], r[0], layout, tr),
                        cl.solveBlockUpper(shared[1], r[1], layout, tr));
                assertClose("solve batched " + layout + " tr=" + tr, ref.solveBlockUpper(batched[0], r[0], layout, tr),
                        cl.solveBlockUpper(batched[1], r[1], layout, tr));
            }
        }
    }

    @Test
    void expmMatchesTheReference() {
        Tensor[] a = pair(3, 4, 4);
        assertClose("expm", ref.expm(a[0]), cl.expm(a[1]));
    }

    @Test
    void sliceAndConcatMatch() {
        for (int rank = 1; rank <= 3; rank++) {
            int[] d = dims(rank);
            d[rank - 1] = 9;
            Tensor[] x = pair(d);
            assertClose("slice", ref.slice(x[0], 2, 7), cl.slice(x[1], 2, 7));
            assertClose("slice all", ref.slice(x[0], 0, 9), cl.slice(x[1], 0, 9));
            int[] d2 = d.clone();
            d2[rank - 1] = 4;
            Tensor[] y = pair(d2);
            assertClose("concat", ref.concat(List.of(x[0], y[0], x[0])), cl.concat(List.of(x[1], y[1], x[1])));
        }
    }

    @Test
    void gathersAndScatterAddsMatchWithRepeatsAndNegatives() {
        for (int rank = 1; rank <= 3; rank++) {
            int[] d = dims(rank);
            d[0] = 6;
            d[rank - 1] = 5; // rank 1: five rows of one element
            Tensor[] x = pair(d);
            int[] index = {4, -1, 0, 4, 2, 2, -1, 3};
            assertClose("gatherLast", ref.gatherLast(x[0], index), cl.gatherLast(x[1], index));
            int[] scatter = {3, -1, 3, 0, 6};
            assertClose("scatterAddLast", ref.scatterAddLast(x[0], scatter, 8), cl.scatterAddLast(x[1], scatter, 8));
            int[] rows = {4, 0, 0, 3, 4, 4, 1};
            assertClose("gatherRows", ref.gatherRows(x[0], rows), cl.gatherRows(x[1], rows));
            int[] targets = rank == 1 ? new int[] {2, 2, 0, 6, 2} : new int[] {2, 2, 0, 6, 2, 0};
            assertClose("scatterAddRows", ref.scatterAddRows(x[0], targets, 7), cl.scatterAddRows(x[1], targets, 7));
            int[] nothing = {-1, -1};
            assertClose("gatherLast of no column", ref.gatherLast(x[0], nothing), cl.gatherLast(x[1], nothing));
            int[] dropped = {-1, -1, -1, -1, -1};
            assertClose("scatterAddLast of nothing", ref.scatterAddLast(x[0], dropped, 3), cl.scatterAddLast(x[1], dropped, 3));
        }
    }

    @Test
    void largeBatchesMatch() {
        int batch = 4096;
        Tensor[] x = pair(batch, 24);
        Tensor[] w = pair(24, 32);
        assertClose("large gemm", ref.matmul(x[0], w[0], false, false), cl.matmul(x[1], w[1], false, false));
        assertClose("large map", ref.map(UnaryOp.TANH, x[0], 0, 0), cl.map(UnaryOp.TANH, x[1], 0, 0));
        assertClose("large reduce", ref.reduce(ReduceOp.SUM, x[0], 0), cl.reduce(ReduceOp.SUM, x[1], 0));
    }

    // ---- validation -----------------------------------------------------------------------

    @Test
    void badShapesAreRejectedWithTheKernelsMessage() {
        Tensor a = cl.fromArray(new double[6], 2, 3);
        Tensor b = cl.fromArray(new double[6], 2, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cl.gemm(false, false, 1, a, b, 0, null));
        assertTrue(e.getMessage().startsWith("gemm:") && e.getMessage().contains("[2, 3]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cl.mapGrad(UnaryOp.EXP, a, cl.fromArray(new double[3], 3), 0, 0));
        assertTrue(e.getMessage().startsWith("mapGrad(EXP):"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cl.slice(a, 2, 5));
        assertTrue(e.getMessage().startsWith("slice:"), e.getMessage());
    }

    @Test
    void tensorsOfAnotherBackendAreRejected() {
        Tensor host = ref.fromArray(new double[] {1, 2}, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cl.map(UnaryOp.EXP, host, 0, 0));
        assertTrue(e.getMessage().contains("belongs to backend 'reference'"), e.getMessage());
        List<Tensor> mixed = new ArrayList<>(List.of(cl.fromArray(new double[] {1}, 1), host));
        assertThrows(IllegalArgumentException.class, () -> cl.concat(mixed));
    }
}
