// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import java.util.List;
import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.SolverProvider;
import org.fsnn.api.system.ParameterSpec;
import org.fsnn.api.system.Params;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;

/**
 * {@code dopri5}: the explicit Dormand–Prince 5(4) pair with error control and a fourth-order
 * continuous extension, as Hipparchus' {@link DormandPrince54Integrator}.
 *
 * <p>Reference: J. R. Dormand and P. J. Prince, "A family of embedded Runge–Kutta formulae",
 * J. Comput. Appl. Math. 6 (1980) 19–26; E. Hairer, S. P. Nørsett and G. Wanner, Solving Ordinary
 * Differential Equations I, 2nd ed., Springer 1993, section II.5.
 */
public final class Dopri5Provider implements SolverProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public Dopri5Provider() {
    }

    @Override
    public String name() {
        return "dopri5";
    }

    @Override
    public String description() {
        return "explicit Dormand-Prince 5(4), adaptive, for non-stiff systems";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(SolverSettings.RTOL, SolverSettings.ATOL, SolverSettings.MAX_STEPS);
    }

    @Override
    public OdeSolver create(Params params) {
        return new EmbeddedRungeKuttaSolver(name(), SolverSettings.of(params, true),
                (maxStep, s, attempts) -> new DormandPrince54Integrator(0, maxStep, s.atol(), s.rtol()) {
                    @Override
                    protected double estimateError(double[][] yDotK, double[] y0, double[] y1, double h) {
                        return attempts.judge(getStepStart().getTime(), h, super.estimateError(yDotK, y0, y1, h));
                    }
                });
    }
}
