// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import static org.fsnn.testkit.Closeness.assertClose;

import java.util.SplittableRandom;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** GEMM at every size around the micro-tile and vector widths, with every transpose, against the reference. */
class GemmSizesTest {
    private final Backend reference = Backends.reference();
    private final SplittableRandom rng = new SplittableRandom(7);

    @Test
    void squareProductsFromOneToSeventyMatchReferenceForEveryTranspose() {
        try (Backend cpu = new SimdBackend(2)) {
            for (int n = 1; n <= 70; n++) {
                check(cpu, n, n, n);
            }
        }
    }

    @Test
    void rectangularProductsAcrossBlockEdgesMatchReference() {
        try (Backend cpu = new SimdBackend(3)) {
            int[][] mnk = {{Gemm.MR + 1, Gemm.NR + 1, Gemm.KC + 1}, {Gemm.MC + 5, 2 * Gemm.NR - 1, 2 * Gemm.KC + 3},
                {1, 300, 7}, {300, 1, 7}, {5, 7, 400}, {40, 300, 400}};
            for (int[] d : mnk) {
                check(cpu, d[0], d[1], d[2]);
            }
        }
    }

    /** Every kernel of {@link NarrowGemm} at its size limits and across its tile and vector edges. */
    @Test
    void narrowProductsMatchReference() {
        int k = NarrowGemm.SMALL_K;
        int m = NarrowGemm.SMALL_M;
        int n = NarrowGemm.SMALL_N;
        try (Backend cpu = new SimdBackend(2)) {
            int[][] mnk = {{1000, 130, 3}, {77, 41, k}, {301, 5, k + 1}, {m, 301, 1000}, {m + 1, 67, 900}, {1, 33, 17},
                {301, n, 700}, {130, n + 1, 300}, {3, 2, 1001}, {1029, 2, 131}};
            for (int[] d : mnk) {
                check(cpu, d[0], d[1], d[2]);
            }
        }
    }

    private void check(Backend cpu, int m, int n, int k) {
        for (int t = 0; t < 4; t++) {
            boolean ta = (t & 1) != 0;
            boolean tb = (t & 2) != 0;
            double[] a = normal(m * k);
            double[] b = normal(k * n);
            double[] c = normal(m * n);
            int[] ad = ta ? new int[] {k, m} : new int[] {m, k};
            int[] bd = tb ? new int[] {n, k} : new int[] {k, n};
            Tensor expected = reference.gemm(ta, tb, 0.5, reference.fromArray(a, ad), reference.fromArray(b, bd), -1.5,
                    reference.fromArray(c, m, n));
            Tensor actual = cpu.gemm(ta, tb, 0.5, cpu.fromArray(a, ad), cpu.fromArray(b, bd), -1.5, cpu.fromArray(c, m, n));
            assertClose("gemm " + m + "x" + n + "x" + k + (ta ? " Aᵀ" : "") + (tb ? " Bᵀ" : ""), expected, actual, 1e-12);
        }
    }

    private double[] normal(int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = rng.nextGaussian();
        }
        return d;
    }
}
