// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import java.util.List;
import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.SolverProvider;
import org.fsnn.api.system.ParameterSpec;
import org.fsnn.api.system.Params;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * {@code dop853}: the explicit Dormand–Prince 8(5,3) pair with error control and a seventh-order
 * continuous extension, as Hipparchus' {@link DormandPrince853Integrator}.
 *
 * <p>Reference: P. J. Prince and J. R. Dormand, "High order embedded Runge–Kutta formulae",
 * J. Comput. Appl. Math. 7 (1981) 67–75; E. Hairer, S. P. Nørsett and G. Wanner, Solving Ordinary
 * Differential Equations I, 2nd ed., Springer 1993, sections II.5 and II.10.
 */
public final class Dop853Provider implements SolverProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public Dop853Provider() {
    }

    @Override
    public String name() {
        return "dop853";
    }

    @Override
    public String description() {
        return "explicit Dormand-Prince 8(5,3), adaptive, for tight tolerances on non-stiff systems";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(SolverSettings.RTOL, SolverSettings.ATOL, SolverSettings.MAX_STEPS);
    }

    @Override
    public OdeSolver create(Params params) {
        return new EmbeddedRungeKuttaSolver(name(), SolverSettings.of(params, true),
                (maxStep, s, attempts) -> new DormandPrince853Integrator(0, maxStep, s.atol(), s.rtol()) {
                    @Override
                    protected double estimateError(double[][] yDotK, double[] y0, double[] y1, double h) {
                        return attempts.judge(getStepStart().getTime(), h, super.estimateError(yDotK, y0, y1, h));
                    }
                });
    }
}
