// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.integrate.FastSlowField;
import org.fsnn.api.integrate.FastSlowIntegrator;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.integrators.StepArguments;

/**
 * The implicit–explicit Runge–Kutta method of FSNN eq. (3.20)–(3.22) for any {@link ImexTableau}:
 * T(x) y is treated implicitly, f and g explicitly. Stage i is
 *
 * <pre>
 *   X^i = x + εΔt Σ_{j&lt;i} Ã_ij g(X^j, Y^j, ε)
 *   Y^i = (I − Δt A_ii T(X^i))⁻¹ (y + Δt Σ_{j&lt;i} (A_ij T(X^j) Y^j + Ã_ij f(X^j, Y^j, ε)))
 * </pre>
 *
 * and the step ends with x' = x + εΔt Σ b̃_i g(X^i, Y^i, ε), y' = y + Δt Σ (b_i T(X^i) Y^i +
 * b̃_i f(X^i, Y^i, ε)). The implicit stage is a batched block back-substitution
 * ({@link ImplicitStage}); products T Y are batched matrix–vector products. Because x is advanced
 * explicitly, T(X^i) is known before Y^i is solved for: no nonlinear iteration is ever needed.
 *
 * <p>Each data interval is split into {@code substeps} equal steps. Every operation runs on the
 * tape, so the step is differentiable with respect to the states, ε, Δt and the field's parameters.
 *
 * @param tableau the scheme
 * @param substeps equal steps per data interval, at least 1
 */
public record ImexRungeKutta(ImexTableau tableau, int substeps) implements FastSlowIntegrator {

    /** Validates the sub-step count. */
    public ImexRungeKutta {
        if (substeps <= 0) {
            throw new IllegalArgumentException(tableau.name() + ": substeps must be a positive integer, got " + substeps);
        }
    }

    @Override
    public FastSlowState step(FastSlowField field, FastSlowState state, Var eps, Var dt) {
        checkArguments(tableau.name(), field, state, eps, dt);
        Var h = substeps == 1 ? dt : Ops.mul(dt, 1.0 / substeps);
        for (int k = 0; k < substeps; k++) {
            state = singleStep(field, state, eps, h);
        }
        return state;
    }

    /** One IMEX step of size {@code dt}, eq. (3.20)–(3.22). */
    FastSlowState singleStep(FastSlowField field, FastSlowState state, Var eps, Var dt) {
        int s = tableau.stages();
        Var epsDt = Ops.mul(eps, dt);
        Var[] slow = new Var[s];
        Var[] fast = new Var[s];
        Var[] linear = new Var[s];
        for (int i = 0; i < s; i++) {
            Var slowSum = null;
            Var fastSum = null;
            for (int j = 0; j < i; j++) {
                slowSum = StageSums.accumulate(slowSum, tableau.explicitA(i, j), slow[j]);
                fastSum = StageSums.accumulate(fastSum, tableau.a(i, j), linear[j]);
                fastSum = StageSums.accumulate(fastSum, tableau.explicitA(i, j), fast[j]);
            }
            Var x = StageSums.increment(state.x(), epsDt, slowSum);
            Var rhs = StageSums.increment(state.y(), dt, fastSum);
            Var t = needsLinear(i) ? field.linear(x, eps) : null;
            Var y = tableau.a(i, i) == 0 ? rhs : ImplicitStage.solve(t, Ops.mul(dt, tableau.a(i, i)), rhs, field.layout());
            if (tableau.explicitStageUsed(i)) {
                slow[i] = field.slow(x, y, eps);
                fast[i] = field.fastNonlinear(x, y, eps);
            }
            if (tableau.implicitStageUsed(i)) {
                linear[i] = Ops.matvec(t, y);
            }
        }
        Var slowSum = null;
        Var fastSum = null;
        for (int i = 0; i < s; i++) {
            slowSum = StageSums.accumulate(slowSum, tableau.explicitB(i), slow[i]);
            fastSum = StageSums.accumulate(fastSum, tableau.b(i), linear[i]);
            fastSum = StageSums.accumulate(fastSum, tableau.explicitB(i), fast[i]);
        }
        return new FastSlowState(StageSums.increment(state.x(), epsDt, slowSum), StageSums.increment(state.y(), dt, fastSum));
    }

    /** Whether stage i needs T(X^i): for its own solve or for a later T Y product. */
    private boolean needsLinear(int i) {
        return tableau.a(i, i) != 0 || tableau.implicitStageUsed(i);
    }

    /** Shape checks shared by the fast–slow integrators, with the integrator's name in the message. */
    static void checkArguments(String name, FastSlowField field, FastSlowState state, Var eps, Var dt) {
        if (state.x().value().rank() != 2) {
            throw new IllegalArgumentException(name + ": x must have shape [b, " + field.slowDim() + "], got "
                    + state.x().value().shape());
        }
        int batch = state.x().value().dim(0);
        StepArguments.requireState(name, "x", state.x(), batch, field.slowDim());
        StepArguments.requireState(name, "y", state.y(), batch, field.fastDim());
        StepArguments.requirePerSample(name, "eps", eps, batch);
        StepArguments.requirePerSample(name, "dt", dt, batch);
        if (field.layout().order() != field.fastDim()) {
            throw new IllegalArgumentException(name + ": the field's block layout has order " + field.layout().order()
                    + " but its fast dimension is " + field.fastDim());
        }
    }
}
