// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.backend.ReduceOp;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Results are the same bit for bit on every run with a given thread count, and, since no kernel
 * combines partial results across threads, for every thread count.
 */
class ReproducibilityTest {

    /** Kernels large enough to run in parallel, on fresh inputs of a fixed seed. */
    private static List<double[]> workload(Backend b) {
        SplittableRandom rng = new SplittableRandom(11);
        Tensor a = b.fromArray(normal(rng, 301 * 203), 301, 203);
        Tensor w = b.fromArray(normal(rng, 203 * 157), 203, 157);
        Tensor batch = b.fromArray(normal(rng, 4099 * 9), 4099, 9);
        Tensor mats = b.fromArray(normal(rng, 4099 * 9 * 9), 4099, 9, 9);
        Tensor bias = b.fromArray(normal(rng, 9), 9);
        List<double[]> out = new ArrayList<>();
        out.add(b.gemm(false, true, 1.5, a, b.transpose(w), 0, null).toArray());
        out.add(b.gemm(true, false, 1, b.transpose(a), w, 0, null).toArray());
        out.add(b.gemm(false, true, -1, b.transpose(w), a, 0, null).toArray());
        out.add(b.matmul(mats, mats, false, true).toArray());
        // the narrow kernels: small inner size, few rows, few columns as Cᵀ, and dot products
        Tensor wide = b.fromArray(normal(rng, 4099 * 70), 4099, 70);
        Tensor three = b.fromArray(normal(rng, 4099 * 3), 4099, 3);
        out.add(b.gemm(false, true, 1, wide, b.fromArray(normal(rng, 130 * 70), 130, 70), 0, null).toArray());
        out.add(b.gemm(false, true, 1, three, b.fromArray(normal(rng, 130 * 3), 130, 3), 0, null).toArray());
        out.add(b.gemm(true, false, 1, three, wide, 0, null).toArray());
        out.add(b.gemm(true, false, 1, wide, three, 0, null).toArray());
        out.add(b.gemm(false, true, 1, wide, b.fromArray(normal(rng, 2 * 70), 2, 70), 0, null).toArray());
        out.add(b.matvec(mats, batch, true).toArray());
        out.add(b.matvec(b.fromArray(normal(rng, 81), 9, 9), batch, false).toArray());
        out.add(b.reduce(ReduceOp.SUM, batch, 0).toArray());
        out.add(b.reduce(ReduceOp.MEAN, a, 1).toArray());
        Tensor pre = b.zip(BinaryOp.ADD, batch, bias);
        for (UnaryOp op : UnaryOp.values()) {
            out.add(b.map(op, pre, 0.5, 2).toArray());
            out.add(b.mapGrad(op, pre, batch, 0.5, 2).toArray());
        }
        out.add(b.solveBlockUpper(b.fill(Shape.of(9, 9), 0.25), batch, BlockLayout.upperTriangular(9), true).toArray());
        return out;
    }

    private static double[] normal(SplittableRandom rng, int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = rng.nextGaussian();
        }
        return d;
    }

    private static void assertSameBits(List<double[]> expected, List<double[]> actual, String what) {
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), what + ", result " + i);
        }
    }

    @Test
    void twoRunsWithOneThreadGiveTheSameBits() {
        try (Backend first = new SimdBackend(1); Backend second = new SimdBackend(1)) {
            assertSameBits(workload(first), workload(second), "one thread");
        }
    }

    @Test
    void twoRunsWithThreeThreadsGiveTheSameBits() {
        try (Backend first = new SimdBackend(3); Backend second = new SimdBackend(3)) {
            assertSameBits(workload(first), workload(second), "three threads");
        }
    }

    @Test
    void oneAndThreeThreadsGiveTheSameBits() {
        try (Backend one = new SimdBackend(1); Backend three = new SimdBackend(3)) {
            assertSameBits(workload(one), workload(three), "one against three threads");
        }
    }
}
