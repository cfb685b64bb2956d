// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import java.util.Arrays;
import org.fsnn.api.augment.SystemFamily;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.integrate.FastSlowIntegrator;
import org.fsnn.layers.FastSlowNetwork;
import org.fsnn.layers.Rollout;
import org.fsnn.training.data.SolverSpec;
import org.fsnn.training.data.StepScale;
import org.fsnn.training.data.SubsetSpec;
import org.fsnn.training.data.TrajectoryData;
import org.fsnn.training.data.TrajectorySimulator;

/**
 * One long trajectory of a trained FSNN beside the reference solution at the same times, for the
 * error-over-time figures of the examples (FSNN Figs. 7 and 10).
 *
 * @param t the times, {@code steps + 1} of them, t[0] = 0
 * @param reference the reference states {@code [point][component]}
 * @param model the model's states at the same times
 */
public record FsnnTrace(double[] t, double[][] reference, double[][] model) {

    /**
     * The reference from {@code z0} at ε: {@code steps} steps of {@code dt} (which must be positive).
     *
     * @return {@code [point][component]}
     */
    public static double[][] reference(SolverSpec solver, SystemFamily family, double[] z0, double eps, int steps,
            double dt, int threads) {
        TrajectoryData ref = TrajectorySimulator.simulate(solver, family, new double[][] {z0.clone()},
                new double[] {eps}, new SubsetSpec(1, steps, dt, StepScale.FIXED), 0, threads, (a, b) -> { });
        double[][] out = new double[steps + 1][];
        for (int k = 0; k <= steps; k++) {
            out[k] = ref.state(0, k).clone();
        }
        return out;
    }

    /**
     * The model from {@code z0} at ε: {@code steps} steps of {@code dt} (negative dt integrates
     * backward in time) with {@code integrator}; on the learned slow manifold (the closure, z₀
     * projected onto y = 0 first) when {@code closure}.
     *
     * @return {@code [point][component]}
     */
    public static double[][] model(FastSlowNetwork net, Backend backend, double[] z0, double eps, int steps, double dt,
            FastSlowIntegrator integrator, boolean closure) {
        try (Tape.NoGrad _ = Tape.noGrad()) {
            Var z = Var.constant(backend.fromArray(z0.clone(), 1, z0.length));
            Var e = FsnnEvaluation.column(backend, eps, 1);
            Var h = FsnnEvaluation.column(backend, dt, 1);
            Rollout r = closure ? net.closureRollout(z, e, h, steps, integrator)
                    : net.rollout(z, e, h, steps, integrator);
            return FsnnEvaluation.states(r)[0];
        }
    }

    /** The times 0, dt, …, steps·dt. */
    public static double[] times(int steps, double dt) {
        double[] t = new double[steps + 1];
        for (int k = 0; k <= steps; k++) {
            t[k] = k * dt;
        }
        return t;
    }

    /** ‖z_k[from..to) − ẑ_k[from..to)‖₂ at each point k. */
    public double[] error(int from, int to) {
        double[] e = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            double s = 0;
            for (int j = from; j < to; j++) {
                double d = reference[k][j] - model[k][j];
                s += d * d;
            }
            e[k] = Math.sqrt(s);
        }
        return e;
    }

    /** √(Σ_k ‖z_k − ẑ_k‖² / Σ_k ‖z_k‖²) over components [from, to). */
    public double relativeL2(int from, int to) {
        double num = 0;
        double den = 0;
        for (int k = 0; k < t.length; k++) {
            for (int j = from; j < to; j++) {
                double d = reference[k][j] - model[k][j];
                num += d * d;
                den += reference[k][j] * reference[k][j];
            }
        }
        return Math.sqrt(num / den);
    }

    /** The largest entry of a non-negative series, NaN when any entry is NaN. */
    public static double max(double[] v) {
        return Arrays.stream(v).reduce(0, (a, b) -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b));
    }

    /**
     * A non-negative error series from its second point on (the first is the shared initial state,
     * error 0), ready for a logarithmic axis: zeros raised to 1e-16, non-finite values drawn at 1e3.
     */
    public static double[] forLogAxis(double[] v) {
        double[] o = Arrays.copyOfRange(v, 1, v.length);
        for (int i = 0; i < o.length; i++) {
            o[i] = Double.isFinite(o[i]) ? Math.max(o[i], 1e-16) : 1e3;
        }
        return o;
    }

    /** The times of a {@link #forLogAxis} series: all but the first. */
    public double[] errorTimes() {
        return Arrays.copyOfRange(t, 1, t.length);
    }

    /** Component {@code j} of a state list as a series. */
    public static double[] component(double[][] states, int j) {
        double[] c = new double[states.length];
        for (int k = 0; k < states.length; k++) {
            c[k] = states[k][j];
        }
        return c;
    }
}
