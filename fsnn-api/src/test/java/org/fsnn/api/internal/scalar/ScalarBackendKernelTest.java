// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.internal.scalar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.fsnn.api.backend.ReduceOp;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Known answers, worked by hand, for the reductions, products and layout kernels. */
class ScalarBackendKernelTest {
    private static final ScalarBackend BACKEND = new ScalarBackend();
    private static final Tensor M = BACKEND.fromArray(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    private static final Tensor CUBE = BACKEND.fromArray(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 2, 2, 3);

    private static void assertTensor(double[] expected, int[] shape, Tensor actual) {
        assertArrayEquals(shape, actual.shape().dims());
        assertArrayEquals(expected, actual.toArray());
    }

    @Test
    void reductionsOfAMatrixKeepTheReducedAxis() {
        assertTensor(new double[] {5, 7, 9}, new int[] {1, 3}, BACKEND.reduce(ReduceOp.SUM, M, 0));
        assertTensor(new double[] {6, 15}, new int[] {2, 1}, BACKEND.reduce(ReduceOp.SUM, M, 1));
        assertTensor(new double[] {2, 5}, new int[] {2, 1}, BACKEND.reduce(ReduceOp.MEAN, M, -1));
        assertTensor(new double[] {4, 5, 6}, new int[] {1, 3}, BACKEND.reduce(ReduceOp.MAX, M, 0));
        assertTensor(new double[] {1, 4}, new int[] {2, 1}, BACKEND.reduce(ReduceOp.MIN, M, 1));
    }

    @Test
    void reductionsOfABatchAlongEachAxis() {
        assertTensor(new double[] {8, 10, 12, 14, 16, 18}, new int[] {1, 2, 3}, BACKEND.reduce(ReduceOp.SUM, CUBE, 0));
        assertTensor(new double[] {2.5, 3.5, 4.5, 8.5, 9.5, 10.5}, new int[] {2, 1, 3},
                BACKEND.reduce(ReduceOp.MEAN, CUBE, 1));
        assertTensor(new double[] {3, 6, 9, 12}, new int[] {2, 2, 1}, BACKEND.reduce(ReduceOp.MAX, CUBE, 2));
    }

    @Test
    void productsWithAndWithoutTransposes() {
        Tensor b = BACKEND.fromArray(new double[] {1, 0, 0, 1, 1, 1}, 3, 2);
        assertTensor(new double[] {4, 5, 10, 11}, new int[] {2, 2}, BACKEND.matmul(M, b, false, false));
        assertTensor(new double[] {1, 4, 5, 2, 5, 7, 3, 6, 9}, new int[] {3, 3}, BACKEND.matmul(M, b, true, true));
        assertTensor(new double[] {8, 10, 10, 13}, new int[] {2, 2}, BACKEND.gemm(false, false, 2, M, b, -1,
                BACKEND.fromArray(new double[] {0, 0, 10, 9}, 2, 2)));
        assertTensor(new double[] {14, 32, 50, 68}, new int[] {2, 2},
                BACKEND.matvec(CUBE.reshape(2, 2, 3), BACKEND.fromArray(new double[] {1, 2, 3, 1, 2, 3}, 2, 3), false));
        assertTensor(new double[] {1, 4, 2, 5, 3, 6}, new int[] {3, 2}, BACKEND.transpose(M));
    }

    @Test
    void layoutKernelsMoveElementsAsDefined() {
        assertTensor(new double[] {2, 3, 5, 6}, new int[] {2, 2}, BACKEND.slice(M, 1, 3));
        assertTensor(new double[] {1, 2, 3, 9, 4, 5, 6, 9}, new int[] {2, 4},
                BACKEND.concat(List.of(M, BACKEND.fill(Shape.of(2, 1), 9))));
        assertTensor(new double[] {3, 0, 1, 3, 6, 0, 4, 6}, new int[] {2, 4}, BACKEND.gatherLast(M, new int[] {2, -1, 0, 2}));
        assertTensor(new double[] {2, 0, 4, 0, 5, 0, 10, 0}, new int[] {2, 4},
                BACKEND.scatterAddLast(M, new int[] {2, 0, 2}, 4));
        assertTensor(new double[] {4, 5, 6, 4, 5, 6, 1, 2, 3}, new int[] {3, 3}, BACKEND.gatherRows(M, new int[] {1, 1, 0}));
        assertTensor(new double[] {0, 0, 0, 5, 7, 9, 0, 0, 0}, new int[] {3, 3},
                BACKEND.scatterAddRows(M, new int[] {1, 1}, 3));
    }
}
