// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.integrate.FastSlowField;
import org.fsnn.api.integrate.FastSlowIntegrator;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.api.tensor.Shape;

/**
 * Integration on the slow manifold y = 0, FSNN eq. (3.23): the explicit part of an
 * {@link ImexTableau} applied to dx/dt = ε g(x, 0, ε),
 *
 * <pre>
 *   X^i = x + εΔt Σ_{j&lt;i} Ã_ij g(X^j, 0, ε),   x' = x + εΔt Σ b̃_i g(X^i, 0, ε),   y' = 0.
 * </pre>
 *
 * <p>On y = 0 the IMEX stages Y^i of eq. (3.21) vanish exactly (f(x, 0, ε) = 0 in the normal form),
 * so this is the IMEX step restricted to the manifold, without T, f or any solve. The stiff fast
 * modes are absent, so the step is limited only by the slow time scale: εΔt of order one, that is
 * Δt of order 1/ε. The incoming y is projected onto the manifold (ignored): this is the closure of
 * the paper, and its gradient with respect to y is zero.
 *
 * @param tableau the scheme whose explicit part is used
 * @param substeps equal steps per data interval, at least 1
 */
public record SlowManifold(ImexTableau tableau, int substeps) implements FastSlowIntegrator {

    /** Validates the sub-step count. */
    public SlowManifold {
        if (substeps <= 0) {
            throw new IllegalArgumentException("slow-manifold: substeps must be a positive integer, got " + substeps);
        }
    }

    @Override
    public FastSlowState step(FastSlowField field, FastSlowState state, Var eps, Var dt) {
        ImexRungeKutta.checkArguments("slow-manifold", field, state, eps, dt);
        Var zero = Var.constant(state.y().value().backend().fill(Shape.of(state.y().value().dim(0), field.fastDim()), 0));
        Var h = substeps == 1 ? dt : Ops.mul(dt, 1.0 / substeps);
        Var epsDt = Ops.mul(eps, h);
        Var x = state.x();
        for (int k = 0; k < substeps; k++) {
            x = singleStep(field, x, zero, eps, epsDt);
        }
        return new FastSlowState(x, zero);
    }

    private Var singleStep(FastSlowField field, Var x0, Var zero, Var eps, Var epsDt) {
        int s = tableau.stages();
        Var[] slow = new Var[s];
        for (int i = 0; i < s; i++) {
            if (!tableau.explicitStageUsed(i)) {
                continue;
            }
            Var sum = null;
            for (int j = 0; j < i; j++) {
                sum = StageSums.accumulate(sum, tableau.explicitA(i, j), slow[j]);
            }
            slow[i] = field.slow(StageSums.increment(x0, epsDt, sum), zero, eps);
        }
        Var sum = null;
        for (int i = 0; i < s; i++) {
            sum = StageSums.accumulate(sum, tableau.explicitB(i), slow[i]);
        }
        return StageSums.increment(x0, epsDt, sum);
    }
}
