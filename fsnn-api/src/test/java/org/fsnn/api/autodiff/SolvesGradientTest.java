// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import static org.fsnn.api.autodiff.GradientCheck.check;
import static org.fsnn.api.autodiff.GradientCheck.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SolvesGradientTest {

    /**
     * Well-conditioned block upper-triangular matrices: diagonal blocks near 2I (each 2×2 block
     * has a determinant near 4), small entries elsewhere, and junk below the blocks, which the
     * solve must ignore.
     */
    static Tensor wellConditioned(long seed, BlockLayout layout, int batch) {
        int n = layout.order();
        SplittableRandom rng = new SplittableRandom(seed);
        double[] t = new double[Math.max(batch, 1) * n * n];
        for (int p = 0; p < Math.max(batch, 1); p++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    boolean sameBlock = layout.blockOf(i) == layout.blockOf(j);
                    double v = rng.nextDouble(-0.5, 0.5);
                    t[p * n * n + i * n + j] = i == j ? 2 + v : sameBlock ? v : layout.isStructural(i, j) ? v / n : 7;
                }
            }
        }
        return batch == 0 ? GradientCheck.BACKEND.fromArray(t, n, n) : GradientCheck.BACKEND.fromArray(t, batch, n, n);
    }

    static Stream<Arguments> cases() {
        List<BlockLayout> layouts = List.of(BlockLayout.upperTriangular(4), BlockLayout.pairsThenScalar(5),
                BlockLayout.pairsThenScalar(4), new BlockLayout(new int[] {1, 2, 1, 2}));
        Stream.Builder<Arguments> cases = Stream.builder();
        for (BlockLayout layout : layouts) {
            for (int batch : new int[] {0, 3}) {
                for (boolean transpose : new boolean[] {false, true}) {
                    cases.add(Arguments.of(layout, batch, transpose));
                }
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0}, T batch {1}, transpose {2}")
    @MethodSource("cases")
    void blockSolveMatchesFiniteDifferencesInBothArguments(BlockLayout layout, int batch, boolean transpose) {
        Tensor t = wellConditioned(layout.order() + batch, layout, batch);
        Tensor r = uniform(5, -1, 1, 3, layout.order());
        check("solveBlockUpper", v -> Ops.solveBlockUpper(v.get(0), v.get(1), layout, transpose), t, r);
    }

    @ParameterizedTest(name = "T batch {0}")
    @ValueSource(ints = {0, 2})
    void triangularSolveMatchesFiniteDifferencesInBothArguments(int batch) {
        BlockLayout layout = BlockLayout.upperTriangular(5);
        Tensor u = wellConditioned(50 + batch, layout, batch);
        Tensor r = uniform(6, -1, 1, 2, 5);
        check("solveUpperTriangular", v -> Ops.solveUpperTriangular(v.get(0), v.get(1)), u, r);
        check("solveUpperTriangularTransposed", v -> Ops.solveUpperTriangularTransposed(v.get(0), v.get(1)), u, r);
    }

    @Test
    void entriesBelowTheDiagonalBlocksGetExactlyZeroGradient() {
        BlockLayout layout = new BlockLayout(new int[] {2, 1, 2});
        Tensor t = wellConditioned(60, layout, 0);
        Tensor r = uniform(7, -1, 1, 4, 5);
        double[] gT = GradientCheck.analytic(v -> Ops.solveBlockUpper(v.get(0), v.get(1), layout), t, r).get(0);
        int zeros = 0;
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (!layout.isStructural(i, j)) {
                    assertEquals(0.0, gT[i * 5 + j], "entry (" + i + ", " + j + ")");
                    zeros++;
                }
            }
        }
        assertEquals(8, zeros);
    }
}
