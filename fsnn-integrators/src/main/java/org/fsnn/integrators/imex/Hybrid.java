// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import java.util.function.Function;
import java.util.stream.IntStream;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.integrate.FastSlowField;
import org.fsnn.api.integrate.FastSlowIntegrator;
import org.fsnn.api.integrate.FastSlowState;

/**
 * The hybrid scheme of FSNN §3.4: full IMEX steps while the fast coordinates are away from the
 * slow manifold, slow-manifold steps (eq. 3.23) once they are close to it.
 *
 * <p><b>The switch is per sample and per data interval.</b> At the start of each {@link #step},
 * a sample whose Euclidean norm ‖y‖₂ is below {@code tolerance} takes the slow-manifold step (its
 * y becomes exactly 0, so it stays there for all later intervals); every other sample takes the
 * full IMEX step. Per sample, because a batch mixes trajectories that reach the manifold at
 * different times, and one slow sample must not force its neighbours off their fast transients
 * (nor one fast sample hold the whole batch back). The two groups are separated with
 * {@link Ops#gatherRows} and joined with {@link Ops#scatterAddRows}, so each sample is computed by
 * exactly one branch (no wasted work, and a branch that would be ill-behaved on samples it does
 * not own never touches them); when all samples fall in one group, that integrator runs on the
 * whole batch unchanged.
 *
 * <p>The result is differentiable: the choice of branch is a piecewise-constant function of the
 * forward values, so — as for ReLU — the gradient is that of the branch each sample took.
 * Fields must be row-wise (sample i's outputs depend only on sample i's inputs), as every batched
 * field is.
 *
 * @param full the integrator off the manifold
 * @param slow the integrator on the manifold
 * @param tolerance the switching threshold on ‖y‖₂, positive
 */
public record Hybrid(ImexRungeKutta full, SlowManifold slow, double tolerance) implements FastSlowIntegrator {

    /** Validates the tolerance. */
    public Hybrid {
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("hybrid: tolerance must be a positive finite number, got " + tolerance);
        }
    }

    @Override
    public FastSlowState step(FastSlowField field, FastSlowState state, Var eps, Var dt) {
        ImexRungeKutta.checkArguments("hybrid", field, state, eps, dt);
        boolean[] onManifold = onManifold(state.y());
        int[] slowRows = rows(onManifold, true);
        int[] fullRows = rows(onManifold, false);
        if (fullRows.length == 0) {
            return slow.step(field, state, eps, dt);
        }
        if (slowRows.length == 0) {
            return full.step(field, state, eps, dt);
        }
        int batch = onManifold.length;
        FastSlowState a = branch(slow, field, state, eps, dt, slowRows, batch);
        FastSlowState b = branch(full, field, state, eps, dt, fullRows, batch);
        return new FastSlowState(Ops.add(a.x(), b.x()), Ops.add(a.y(), b.y()));
    }

    /** Which samples are within {@code tolerance} of the manifold, by ‖y‖₂. */
    boolean[] onManifold(Var y) {
        int batch = y.value().dim(0);
        int width = y.value().dim(1);
        double[] v = y.value().toArray();
        boolean[] out = new boolean[batch];
        for (int p = 0; p < batch; p++) {
            double sq = 0;
            for (int j = 0; j < width; j++) {
                sq += v[p * width + j] * v[p * width + j];
            }
            out[p] = Math.sqrt(sq) < tolerance;
        }
        return out;
    }

    /** One integrator on the given rows, scattered back into a full batch (zeros elsewhere). */
    private static FastSlowState branch(FastSlowIntegrator integrator, FastSlowField field, FastSlowState state, Var eps,
            Var dt, int[] rows, int batch) {
        Function<Var, Var> pick = v -> v.value().dim(0) == 1 ? v : Ops.gatherRows(v, rows);
        FastSlowState part = integrator.step(field, new FastSlowState(pick.apply(state.x()), pick.apply(state.y())),
                pick.apply(eps), pick.apply(dt));
        return new FastSlowState(Ops.scatterAddRows(part.x(), rows, batch), Ops.scatterAddRows(part.y(), rows, batch));
    }

    private static int[] rows(boolean[] mask, boolean wanted) {
        return IntStream.range(0, mask.length).filter(p -> mask[p] == wanted).toArray();
    }
}
