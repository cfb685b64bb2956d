// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.internal.scalar;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.backend.ReduceOp;
import org.fsnn.api.backend.UnaryOp;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScalarBackendBadInputTest {
    private static final ScalarBackend BACKEND = new ScalarBackend();

    private static Tensor z(int... dims) {
        return BACKEND.fill(Shape.of(dims), 1);
    }

    static Stream<Arguments> badCalls() {
        return Stream.of(
                Arguments.of(new String[] {"fromArray", "5", "[2, 3]"}, (Executable) () -> BACKEND.fromArray(new double[5], 2, 3)),
                Arguments.of(new String[] {"mapGrad", "[2]", "[3]"}, (Executable) () -> BACKEND.mapGrad(UnaryOp.EXP, z(2), z(3), 0, 0)),
                Arguments.of(new String[] {"max", "[2, 3]", "[2]"}, (Executable) () -> BACKEND.zip(BinaryOp.MAX, z(2, 3), z(2))),
                Arguments.of(new String[] {"axis 3", "[2, 3]"}, (Executable) () -> BACKEND.reduce(ReduceOp.SUM, z(2, 3), 3)),
                Arguments.of(new String[] {"sumTo", "[2, 3]", "[4]"}, (Executable) () -> BACKEND.sumTo(z(2, 3), Shape.of(4))),
                Arguments.of(new String[] {"gemm", "[2, 3]", "[2, 3]"},
                        (Executable) () -> BACKEND.gemm(false, false, 1, z(2, 3), z(2, 3), 0, null)),
                Arguments.of(new String[] {"gemm", "accumulator", "[3, 3]"},
                        (Executable) () -> BACKEND.gemm(true, false, 1, z(2, 3), z(2, 3), 1, z(2, 2))),
                Arguments.of(new String[] {"matvec", "[2, 2, 3]", "[3, 3]"},
                        (Executable) () -> BACKEND.matvec(z(2, 2, 3), z(3, 3), false)),
                Arguments.of(new String[] {"solveBlockUpper", "[3, 3]", "[2, 2]"},
                        (Executable) () -> BACKEND.solveBlockUpper(z(3, 3), z(2, 2), BlockLayout.upperTriangular(3), false)),
                Arguments.of(new String[] {"concat", "[2, 2, 3]", "[2, 3]"},
                        (Executable) () -> BACKEND.concat(List.of(z(2, 2, 3), z(2, 3)))),
                Arguments.of(new String[] {"scatterAddLast", "2 indices", "[2, 3]"},
                        (Executable) () -> BACKEND.scatterAddLast(z(2, 3), new int[] {0, 1}, 4)),
                Arguments.of(new String[] {"scatterAddRows", "row 5", "[2, 3]"},
                        (Executable) () -> BACKEND.scatterAddRows(z(2, 3), new int[] {0, 5}, 3)),
                Arguments.of(new String[] {"expm", "non-finite"},
                        (Executable) () -> BACKEND.expm(BACKEND.fromArray(new double[] {Double.NaN, 0, 0, 0}, 2, 2))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCalls")
    void kernelsRejectBadInputNamingTheKernelAndTheShapes(String[] fragments, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "'" + fragment + "' missing from: " + e.getMessage());
        }
    }
}
