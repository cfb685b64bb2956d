// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.internal.scalar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScalarBackendBroadcastTest {
    private static final ScalarBackend BACKEND = new ScalarBackend();

    private static Tensor t(double[] data, int... dims) {
        return BACKEND.fromArray(data, dims);
    }

    /** {pattern, a, b, expected a + b, expected shape}, all written out by hand. */
    static Stream<Arguments> patterns() {
        Tensor m = t(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor cube = t(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 2, 2, 3);
        return Stream.of(
                Arguments.of("equal shapes", m, t(new double[] {10, 20, 30, 40, 50, 60}, 2, 3),
                        new double[] {11, 22, 33, 44, 55, 66}, new int[] {2, 3}),
                Arguments.of("row vector", m, t(new double[] {10, 20, 30}, 3),
                        new double[] {11, 22, 33, 14, 25, 36}, new int[] {2, 3}),
                Arguments.of("row vector first", t(new double[] {10, 20, 30}, 3), m,
                        new double[] {11, 22, 33, 14, 25, 36}, new int[] {2, 3}),
                Arguments.of("column", m, t(new double[] {100, 200}, 2, 1),
                        new double[] {101, 102, 103, 204, 205, 206}, new int[] {2, 3}),
                Arguments.of("scalar", m, t(new double[] {7}, 1), new double[] {8, 9, 10, 11, 12, 13}, new int[] {2, 3}),
                Arguments.of("outer", t(new double[] {1, 2}, 2, 1), t(new double[] {10, 20, 30}, 1, 3),
                        new double[] {11, 21, 31, 12, 22, 32}, new int[] {2, 3}),
                Arguments.of("matrix over batch", cube, t(new double[] {0, 0, 0, 100, 100, 100}, 2, 3),
                        new double[] {1, 2, 3, 104, 105, 106, 7, 8, 9, 110, 111, 112}, new int[] {2, 2, 3}),
                Arguments.of("per-sample row", cube, t(new double[] {10, 20, 30, 40, 50, 60}, 2, 1, 3),
                        new double[] {11, 22, 33, 14, 25, 36, 47, 58, 69, 50, 61, 72}, new int[] {2, 2, 3}),
                Arguments.of("per-sample scalar", cube, t(new double[] {1000, 2000}, 2, 1, 1),
                        new double[] {1001, 1002, 1003, 1004, 1005, 1006, 2007, 2008, 2009, 2010, 2011, 2012},
                        new int[] {2, 2, 3}),
                Arguments.of("vector over batch", cube, t(new double[] {1, 0, -1}, 3),
                        new double[] {2, 2, 2, 5, 5, 5, 8, 8, 8, 11, 11, 11}, new int[] {2, 2, 3}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void addBroadcastsLikeNumPy(String pattern, Tensor a, Tensor b, double[] expected, int[] shape) {
        Tensor sum = BACKEND.zip(BinaryOp.ADD, a, b);
        assertArrayEquals(shape, sum.shape().dims(), pattern);
        assertArrayEquals(expected, sum.toArray(), pattern);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void sumToUndoesTheBroadcastBySumming(String pattern, Tensor a, Tensor b, double[] expected, int[] shape) {
        Tensor ones = BACKEND.fill(Shape.of(shape), 1);
        double[] counts = BACKEND.sumTo(ones, b.shape()).toArray();
        int copies = ones.size() / b.size();
        for (double c : counts) {
            assertEquals(copies, c, pattern);
        }
    }

    @Test
    void everyBinaryOpHasItsScalarMeaning() {
        Tensor a = t(new double[] {6, -2}, 2);
        Tensor b = t(new double[] {3, 4}, 2);
        assertArrayEquals(new double[] {9, 2}, BACKEND.zip(BinaryOp.ADD, a, b).toArray());
        assertArrayEquals(new double[] {3, -6}, BACKEND.zip(BinaryOp.SUB, a, b).toArray());
        assertArrayEquals(new double[] {18, -8}, BACKEND.zip(BinaryOp.MUL, a, b).toArray());
        assertArrayEquals(new double[] {2, -0.5}, BACKEND.zip(BinaryOp.DIV, a, b).toArray());
        assertArrayEquals(new double[] {6, 4}, BACKEND.zip(BinaryOp.MAX, a, b).toArray());
        assertArrayEquals(new double[] {3, -2}, BACKEND.zip(BinaryOp.MIN, a, b).toArray());
    }
}
