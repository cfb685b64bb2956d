// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import java.util.List;
import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.SolverProvider;
import org.fsnn.api.system.ParameterSpec;
import org.fsnn.api.system.Params;

/** {@code rk4}: the classical fourth-order Runge–Kutta method with a fixed step size, no error control. */
public final class Rk4SolverProvider implements SolverProvider {
    /** The fixed step size. */
    static final ParameterSpec STEP = new ParameterSpec("step", 1e-2, 1e-12, 1e6, "fixed step size");

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public Rk4SolverProvider() {
    }

    @Override
    public String name() {
        return "rk4";
    }

    @Override
    public String description() {
        return "classical Runge-Kutta 4, fixed step, no error control";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(STEP, SolverSettings.MAX_STEPS);
    }

    @Override
    public OdeSolver create(Params params) {
        return new Rk4Solver(params.get(STEP.name()), SolverSettings.of(params, false));
    }
}
