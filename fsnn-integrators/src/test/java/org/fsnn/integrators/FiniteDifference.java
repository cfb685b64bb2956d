// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.fsnn.api.autodiff.Gradients;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.tensor.Tensor;

/**
 * Compares reverse-mode gradients through integrators with central finite differences.
 *
 * <p>The scalar checked is L = Σ W ⊙ f(inputs) for a fixed seeded W. Its derivative along each
 * input element is estimated by the fourth-order central difference
 * [−L(x+2h) + 8L(x+h) − 8L(x−h) + L(x−2h)] / 12h in float64. The check passes when the largest
 * difference relative to the largest gradient entry is below {@link #TOLERANCE}; an all-zero
 * gradient fails, since it would check nothing.
 */
public final class FiniteDifference {
    /** The largest accepted relative error. */
    public static final double TOLERANCE = 1e-6;

    /** The backend the tests run on. */
    public static final Backend BACKEND = Backends.reference();

    private FiniteDifference() {}

    /** A seeded tensor with entries uniform in [lo, hi). */
    public static Tensor uniform(long seed, double lo, double hi, int... dims) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] data = new double[Arrays.stream(dims).reduce(1, (a, b) -> a * b)];
        for (int i = 0; i < data.length; i++) {
            data[i] = lo + (hi - lo) * rng.nextDouble();
        }
        return BACKEND.fromArray(data, dims);
    }

    /** Checks the gradient of f with respect to every input; {@code label} names the case in failures. */
    public static void check(String label, Function<List<Var>, Var> f, Tensor... inputs) {
        Tensor out = evaluate(f, List.of(inputs));
        double[] weights = uniform(99, -1, 1, out.shape().dims()).toArray();
        List<double[]> analytic = analytic(f, weights, inputs);
        for (int k = 0; k < inputs.length; k++) {
            double[] numeric = numeric(f, inputs, k, weights);
            double[] a = analytic.get(k);
            double scale = 0;
            double error = 0;
            for (int i = 0; i < a.length; i++) {
                scale = Math.max(scale, Math.max(Math.abs(a[i]), Math.abs(numeric[i])));
                error = Math.max(error, Math.abs(a[i] - numeric[i]));
            }
            assertTrue(scale > 0, label + ": gradient of input " + k + " is zero, so the check would be empty");
            double relative = error / scale;
            assertTrue(relative < TOLERANCE, label + ": input " + k + " gradient relative error " + relative
                    + "\n analytic " + Arrays.toString(a) + "\n numeric  " + Arrays.toString(numeric));
        }
    }

    private static List<double[]> analytic(Function<List<Var>, Var> f, double[] weights, Tensor... inputs) {
        try (Tape tape = Tape.open()) {
            List<Var> vars = Arrays.stream(inputs).map(Var::input).toList();
            Var out = f.apply(vars);
            Gradients g = tape.gradient(out, BACKEND.fromArray(weights, out.value().shape().dims()));
            List<double[]> grads = new ArrayList<>();
            for (Var v : vars) {
                grads.add(g.of(v).toArray());
            }
            return grads;
        }
    }

    private static double[] numeric(Function<List<Var>, Var> f, Tensor[] inputs, int k, double[] weights) {
        double[] x = inputs[k].toArray();
        int[] dims = inputs[k].shape().dims();
        double[] grad = new double[x.length];
        double[] offsets = {2, 1, -1, -2};
        for (int i = 0; i < x.length; i++) {
            double h = 1e-3 * Math.max(1, Math.abs(x[i]));
            double[] at = new double[4];
            for (int s = 0; s < 4; s++) {
                double[] moved = x.clone();
                moved[i] += offsets[s] * h;
                List<Tensor> args = new ArrayList<>(Arrays.asList(inputs));
                args.set(k, BACKEND.fromArray(moved, dims));
                at[s] = dot(weights, evaluate(f, args).toArray());
            }
            grad[i] = (-at[0] + 8 * at[1] - 8 * at[2] + at[3]) / (12 * h);
        }
        return grad;
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
