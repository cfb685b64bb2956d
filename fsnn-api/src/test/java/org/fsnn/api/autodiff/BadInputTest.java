// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import static org.fsnn.api.autodiff.GradientCheck.uniform;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.fsnn.api.backend.BlockLayout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BadInputTest {

    private static Var v(int... dims) {
        return Var.input(uniform(1, 0.5, 1, dims));
    }

    /** {op name, expected fragments of the message, the call}. */
    static Stream<Arguments> badCalls() {
        return Stream.of(
                Arguments.of("add", new String[] {"add", "[3, 4]", "[3, 5]"}, (Executable) () -> Ops.add(v(3, 4), v(3, 5))),
                Arguments.of("sub", new String[] {"sub", "[2, 3, 4]", "[3, 3]"}, (Executable) () -> Ops.sub(v(2, 3, 4), v(3, 3))),
                Arguments.of("mul", new String[] {"mul", "[4]", "[5]"}, (Executable) () -> Ops.mul(v(4), v(5))),
                Arguments.of("div", new String[] {"div", "[2, 4]", "[3, 4]"}, (Executable) () -> Ops.div(v(2, 4), v(3, 4))),
                Arguments.of("matmul", new String[] {"matmul", "[2, 3]", "[4, 5]"}, (Executable) () -> Ops.matmul(v(2, 3), v(4, 5))),
                Arguments.of("matmul batch", new String[] {"matmul", "[2, 3, 3]", "[4, 3, 3]"},
                        (Executable) () -> Ops.matmul(v(2, 3, 3), v(4, 3, 3))),
                Arguments.of("matvec", new String[] {"matvec", "[3, 4]", "[2, 3]"}, (Executable) () -> Ops.matvec(v(3, 4), v(2, 3))),
                Arguments.of("expm", new String[] {"expm", "[2, 3]"}, (Executable) () -> Ops.expm(v(2, 3))),
                Arguments.of("solve", new String[] {"solveBlockUpper", "[2, 4]", "[3, 3]"},
                        (Executable) () -> Ops.solveBlockUpper(v(3, 3), v(2, 4), BlockLayout.upperTriangular(3))),
                Arguments.of("solve layout", new String[] {"solveBlockUpper", "[3, 3]", "order 4"},
                        (Executable) () -> Ops.solveBlockUpper(v(3, 3), v(2, 3), BlockLayout.pairsThenScalar(4))),
                Arguments.of("triangular", new String[] {"solveUpperTriangular", "[3, 2]"},
                        (Executable) () -> Ops.solveUpperTriangular(v(3, 2), v(2, 3))),
                Arguments.of("concat", new String[] {"concat", "[2, 3]", "[3, 3]"}, (Executable) () -> Ops.concat(v(2, 3), v(3, 3))),
                Arguments.of("slice", new String[] {"slice", "[2, 3]", "[1, 5)"}, (Executable) () -> Ops.slice(v(2, 3), 1, 5)),
                Arguments.of("reshape", new String[] {"reshape", "[2, 3]", "[4]"}, (Executable) () -> Ops.reshape(v(2, 3), 4)),
                Arguments.of("transpose", new String[] {"transpose", "[3]"}, (Executable) () -> Ops.transpose(v(3))),
                Arguments.of("gatherLast", new String[] {"gatherLast", "3", "[2, 3]"},
                        (Executable) () -> Ops.gatherLast(v(2, 3), new int[] {0, 3})),
                Arguments.of("gatherRows", new String[] {"gatherRows", "[2, 3]"},
                        (Executable) () -> Ops.gatherRows(v(2, 3), new int[] {2})),
                Arguments.of("sum axis", new String[] {"axis 2", "[2, 3]"}, (Executable) () -> Ops.sum(v(2, 3), 2)),
                Arguments.of("clamp", new String[] {"clamp", "1.0", "-1.0"}, (Executable) () -> Ops.clamp(v(2), 1, -1)),
                Arguments.of("pow", new String[] {"pow", "NaN"}, (Executable) () -> Ops.pow(v(2), Double.NaN)),
                Arguments.of("seed", new String[] {"seed shape [3]", "[2]"}, (Executable) () -> {
                    try (Tape tape = Tape.open()) {
                        Var x = v(2);
                        tape.gradient(Ops.square(x), uniform(2, 0, 1, 3));
                    }
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCalls")
    void badInputFailsWithAMessageNamingTheOpAndTheShapes(String name, String[] fragments, Executable call) {
        try (Tape _ = Tape.open()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
            for (String fragment : fragments) {
                assertTrue(e.getMessage().contains(fragment), "'" + fragment + "' missing from: " + e.getMessage());
            }
        }
    }
}
