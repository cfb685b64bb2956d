// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import static org.fsnn.api.autodiff.GradientCheck.check;
import static org.fsnn.api.autodiff.GradientCheck.uniform;

import java.util.stream.Stream;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinearAlgebraGradientTest {

    /** {batch of a (0 = matrix), batch of b, transA, transB}. */
    static Stream<Arguments> matmulCases() {
        Stream.Builder<Arguments> cases = Stream.builder();
        int[][] batches = {{0, 0}, {3, 3}, {0, 3}, {3, 0}};
        for (int[] batch : batches) {
            for (boolean transA : new boolean[] {false, true}) {
                for (boolean transB : new boolean[] {false, true}) {
                    cases.add(Arguments.of(batch[0], batch[1], transA, transB));
                }
            }
        }
        return cases.build();
    }

    private static Tensor matrices(long seed, int batch, int rows, int cols) {
        return batch == 0 ? uniform(seed, -1, 1, rows, cols) : uniform(seed, -1, 1, batch, rows, cols);
    }

    @ParameterizedTest(name = "batches {0}×{1}, transA {2}, transB {3}")
    @MethodSource("matmulCases")
    void matmulMatchesFiniteDifferences(int batchA, int batchB, boolean transA, boolean transB) {
        int m = 2;
        int k = 4;
        int n = 3;
        Tensor a = transA ? matrices(1, batchA, k, m) : matrices(1, batchA, m, k);
        Tensor b = transB ? matrices(2, batchB, n, k) : matrices(2, batchB, k, n);
        check("matmul", v -> Ops.matmul(v.get(0), v.get(1), transA, transB), a, b);
    }

    @ParameterizedTest(name = "batched {0}, transA {1}")
    @MethodSource("matvecCases")
    void matvecMatchesFiniteDifferences(boolean batched, boolean transA) {
        int b = 3;
        int m = 2;
        int k = 4;
        Tensor a = transA ? matrices(3, batched ? b : 0, k, m) : matrices(3, batched ? b : 0, m, k);
        Tensor x = uniform(4, -1, 1, b, k);
        check("matvec", v -> Ops.matvec(v.get(0), v.get(1), transA), a, x);
    }

    static Stream<Arguments> matvecCases() {
        return Stream.of(Arguments.of(false, false), Arguments.of(false, true), Arguments.of(true, false),
                Arguments.of(true, true));
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void expmMatchesFiniteDifferences(int n) {
        check("expm " + n, v -> Ops.expm(v.get(0)), uniform(30 + n, -1, 1, n, n));
    }

    @Test
    void expmGradientHoldsAtLargeNormWhereScalingAndSquaringIsUsed() {
        check("expm large", v -> Ops.expm(v.get(0)), uniform(40, -1.5, 1.5, 4, 4));
    }

    @Test
    void expmGradientHoldsAtASkewSymmetricMatrix() {
        double[] p = uniform(41, -2, 2, 4, 4).toArray();
        double[] skew = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                skew[i * 4 + j] = p[i * 4 + j] - p[j * 4 + i];
            }
        }
        check("expm skew", v -> Ops.expm(v.get(0)), GradientCheck.BACKEND.fromArray(skew, 4, 4));
    }

    @Test
    void expmOfABatchMatchesFiniteDifferences() {
        check("expm batch", v -> Ops.expm(v.get(0)), uniform(42, -1, 1, 3, 3, 3));
    }

    @Test
    void expmOfASkewPartComposesWithOtherOps() {
        // the orthogonal factor exp(P − Pᵀ) as layers build it, applied to a batch of vectors
        check("expm(P - Pt) x", v -> Ops.matvec(Ops.expm(Ops.sub(v.get(0), Ops.transpose(v.get(0)))), v.get(1)),
                uniform(43, -1, 1, 3, 3), uniform(44, -1, 1, 2, 3));
    }
}
