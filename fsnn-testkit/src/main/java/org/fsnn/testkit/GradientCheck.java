// SPDX-License-Identifier: Apache-2.0
package org.fsnn.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.fsnn.api.autodiff.Gradients;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.tensor.Tensor;

/**
 * Compares reverse-mode gradients with finite differences, for inputs and for parameters: the
 * gradient check of every differentiable layer and integrator.
 *
 * <p>The scalar checked is L = Σ W ⊙ f for a fixed random W. The reference derivative along
 * each element is the fourth-order central difference [−L(+2h) + 8L(+h) − 8L(−h) + L(−2h)] / 12h
 * with h = 1e-3·max(1, |v|). The check passes when the largest difference, relative to the
 * largest gradient entry of that tensor, is below {@link #TOLERANCE}; an all-zero gradient fails
 * (it would check nothing). For parameters, at most {@code perTensor} entries of each tensor,
 * chosen at random, are differenced, to keep large models cheap.
 */
public final class GradientCheck {
    /** The largest accepted relative error. */
    public static final double TOLERANCE = 1e-6;

    /** The backend the checks run on: the scalar reference. */
    public static final Backend BACKEND = Backends.reference();

    private GradientCheck() {}

    /** A seeded tensor with entries uniform in [lo, hi). */
    public static Tensor uniform(long seed, double lo, double hi, int... dims) {
        SplittableRandom rng = new SplittableRandom(seed);
        int size = Arrays.stream(dims).reduce(1, (a, b) -> a * b);
        double[] data = new double[size];
        for (int i = 0; i < size; i++) {
            data[i] = lo + (hi - lo) * rng.nextDouble();
        }
        return BACKEND.fromArray(data, dims);
    }

    /** Checks the gradient of f with respect to every input. */
    public static void inputs(String label, Function<List<Var>, Var> f, Tensor... inputs) {
        double[] weights = weights(evaluate(f, List.of(inputs)));
        List<double[]> analytic = new ArrayList<>();
        try (Tape tape = Tape.open()) {
            List<Var> vars = Arrays.stream(inputs).map(Var::input).toList();
            Var out = f.apply(vars);
            Gradients g = tape.gradient(out, BACKEND.fromArray(weights, out.value().shape().dims()));
            for (Var v : vars) {
                analytic.add(g.of(v).toArray());
            }
        }
        for (int k = 0; k < inputs.length; k++) {
            final int which = k;
            double[] x = inputs[k].toArray();
            int[] all = IntStream.range(0, x.length).toArray();
            double[] numeric = numeric(x, all, moved -> {
                List<Tensor> args = new ArrayList<>(Arrays.asList(inputs));
                args.set(which, BACKEND.fromArray(moved, inputs[which].shape().dims()));
                return dot(weights, evaluate(f, args).toArray());
            });
            compare(label + ": input " + k, analytic.get(k), numeric, all);
        }
    }

    /** Checks the gradient of {@code f()} with respect to every parameter given. */
    public static void parameters(String label, Map<String, Parameter> params, Supplier<Var> f, int perTensor) {
        assertTrue(!params.isEmpty(), label + ": no parameters to check");
        double[] weights;
        try (Tape.NoGrad _ = Tape.noGrad()) {
            weights = weights(f.get().value());
        }
        Map<String, double[]> analytic = new LinkedHashMap<>();
        try (Tape tape = Tape.open()) {
            Var out = f.get();
            Gradients g = tape.gradient(out, BACKEND.fromArray(weights, out.value().shape().dims()));
            params.forEach((name, p) -> analytic.put(name, g.of(p.var()).toArray()));
        }
        SplittableRandom pick = new SplittableRandom(7);
        params.forEach((name, p) -> {
            Tensor original = p.value();
            double[] x = original.toArray();
            int[] entries = pick.ints(0, x.length).distinct().limit(Math.min(perTensor, x.length)).toArray();
            double[] numeric;
            try {
                numeric = numeric(x, entries, moved -> {
                    p.set(BACKEND.fromArray(moved, original.shape().dims()));
                    try (Tape.NoGrad _ = Tape.noGrad()) {
                        return dot(weights, f.get().value().toArray());
                    }
                });
            } finally {
                p.set(original);
            }
            compare(label + ": parameter " + name, analytic.get(name), numeric, entries);
        });
    }

    private static double[] numeric(double[] x, int[] entries, ToDoubleFunction<double[]> loss) {
        double[] grad = new double[x.length];
        for (int i : entries) {
            double h = 1e-3 * Math.max(1, Math.abs(x[i]));
            double[] at = new double[4];
            double[] offsets = {2 * h, h, -h, -2 * h};
            for (int s = 0; s < 4; s++) {
                double[] moved = x.clone();
                moved[i] += offsets[s];
                at[s] = loss.applyAsDouble(moved);
            }
            grad[i] = (-at[0] + 8 * at[1] - 8 * at[2] + at[3]) / (12 * h);
        }
        return grad;
    }

    private static void compare(String what, double[] analytic, double[] numeric, int[] entries) {
        double scale = 0;
        double error = 0;
        for (int i : entries) {
            scale = Math.max(scale, Math.max(Math.abs(analytic[i]), Math.abs(numeric[i])));
            error = Math.max(error, Math.abs(analytic[i] - numeric[i]));
        }
        assertTrue(scale > 0, what + ": gradient is zero on the checked entries, so the check would be empty");
        double relative = error / scale;
        assertTrue(relative < TOLERANCE, what + ": gradient relative error " + relative
                + "\n analytic " + Arrays.toString(analytic) + "\n numeric  " + Arrays.toString(numeric));
    }

    private static double[] weights(Tensor out) {
        return uniform(99, -1, 1, out.shape().dims()).toArray();
    }

    private static Tensor evaluate(Function<List<Var>, Var> f, List<Tensor> inputs) {
        try (Tape.NoGrad _ = Tape.noGrad()) {
            return f.apply(inputs.stream().map(Var::constant).toList()).value();
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
