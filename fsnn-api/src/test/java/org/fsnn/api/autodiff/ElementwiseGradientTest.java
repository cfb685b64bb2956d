// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import static org.fsnn.api.autodiff.GradientCheck.awayFromZero;
import static org.fsnn.api.autodiff.GradientCheck.check;
import static org.fsnn.api.autodiff.GradientCheck.uniform;

import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ElementwiseGradientTest {

    /** Every broadcast pattern the kernels support, as pairs of operand shapes. */
    static Stream<Arguments> broadcastPatterns() {
        int[][][] pairs = {
            {{3, 4}, {3, 4}}, {{3, 4}, {4}}, {{4}, {3, 4}}, {{3, 4}, {3, 1}}, {{3, 1}, {1, 4}},
            {{3, 4}, {1}}, {{2, 3, 4}, {3, 4}}, {{2, 3, 4}, {2, 1, 4}}, {{2, 3, 1}, {4}}, {{2, 1, 4}, {2, 3, 1}},
        };
        List<String> ops = List.of("add", "sub", "mul", "div");
        return ops.stream().flatMap(op -> Stream.of(pairs).map(p -> Arguments.of(op, p[0], p[1])));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("broadcastPatterns")
    void binaryOpsMatchFiniteDifferencesForEveryBroadcastPattern(String op, int[] shapeA, int[] shapeB) {
        BinaryOperator<Var> f = switch (op) {
            case "add" -> Ops::add;
            case "sub" -> Ops::sub;
            case "mul" -> Ops::mul;
            default -> Ops::div;
        };
        Tensor a = uniform(1, -2, 2, shapeA);
        Tensor b = op.equals("div") ? awayFromZero(2, 0.5, 2, shapeB) : uniform(2, -2, 2, shapeB);
        check(op, v -> f.apply(v.get(0), v.get(1)), a, b);
    }

    static Stream<Arguments> unaryOps() {
        Tensor any = uniform(3, -2, 2, 3, 4);
        Tensor positive = uniform(4, 0.5, 2.5, 3, 4);
        Tensor nonZero = awayFromZero(5, 0.2, 2, 2, 3, 4);
        Tensor avoidsBounds = GradientCheck.BACKEND.fromArray(new double[] {-0.9, -0.6, -0.4, -0.1, 0.2, 0.45, 0.55, 0.9},
                2, 4);
        return Stream.of(
                Arguments.of("neg", (UnaryOperator<Var>) Ops::neg, any),
                Arguments.of("square", (UnaryOperator<Var>) Ops::square, any),
                Arguments.of("sqrt", (UnaryOperator<Var>) Ops::sqrt, positive),
                Arguments.of("exp", (UnaryOperator<Var>) Ops::exp, any),
                Arguments.of("log", (UnaryOperator<Var>) Ops::log, positive),
                Arguments.of("tanh", (UnaryOperator<Var>) Ops::tanh, any),
                Arguments.of("sigmoid", (UnaryOperator<Var>) Ops::sigmoid, any),
                Arguments.of("silu", (UnaryOperator<Var>) Ops::silu, any),
                Arguments.of("softplus", (UnaryOperator<Var>) Ops::softplus, any),
                Arguments.of("relu", (UnaryOperator<Var>) Ops::relu, nonZero),
                Arguments.of("sin", (UnaryOperator<Var>) Ops::sin, any),
                Arguments.of("cos", (UnaryOperator<Var>) Ops::cos, any),
                Arguments.of("sinh", (UnaryOperator<Var>) Ops::sinh, any),
                Arguments.of("cosh", (UnaryOperator<Var>) Ops::cosh, any),
                Arguments.of("asinh", (UnaryOperator<Var>) Ops::asinh, uniform(6, -20, 20, 3, 4)),
                Arguments.of("abs", (UnaryOperator<Var>) Ops::abs, nonZero),
                Arguments.of("pow 3", (UnaryOperator<Var>) x -> Ops.pow(x, 3), any),
                Arguments.of("pow -1.5", (UnaryOperator<Var>) x -> Ops.pow(x, -1.5), positive),
                Arguments.of("pow 0.5", (UnaryOperator<Var>) x -> Ops.pow(x, 0.5), positive),
                Arguments.of("clamp", (UnaryOperator<Var>) x -> Ops.clamp(x, -0.5, 0.5), avoidsBounds),
                Arguments.of("add scalar", (UnaryOperator<Var>) x -> Ops.add(x, 1.5), any),
                Arguments.of("sub scalar", (UnaryOperator<Var>) x -> Ops.sub(x, 1.5), any),
                Arguments.of("scalar sub", (UnaryOperator<Var>) x -> Ops.sub(1.5, x), any),
                Arguments.of("mul scalar", (UnaryOperator<Var>) x -> Ops.mul(x, -2.5), any),
                Arguments.of("div scalar", (UnaryOperator<Var>) x -> Ops.div(x, 4), any),
                Arguments.of("affine", (UnaryOperator<Var>) x -> Ops.affine(x, 0.5, -3), any));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unaryOps")
    void unaryOpsMatchFiniteDifferences(String name, UnaryOperator<Var> f, Tensor x) {
        check(name, v -> f.apply(v.get(0)), x);
    }

    @Test
    void reusedVarAccumulatesGradientsFromEveryUse() {
        check("x*x + sin(x)*y", v -> Ops.add(Ops.mul(v.get(0), v.get(0)), Ops.mul(Ops.sin(v.get(0)), v.get(1))),
                uniform(7, -1, 1, 3, 2), uniform(8, -1, 1, 2));
    }

    @Test
    void varShortcutsMatchFiniteDifferences() {
        check("shortcuts", v -> v.get(0).mul(v.get(1)).add(v.get(0)).sub(v.get(1)).div(v.get(1)).mul(3)
                .matmul(v.get(2)), uniform(9, -1, 1, 3, 2), uniform(10, 1, 2, 2), uniform(11, -1, 1, 2, 2));
    }
}
