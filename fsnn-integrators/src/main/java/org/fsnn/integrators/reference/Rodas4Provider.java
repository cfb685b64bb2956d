// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import java.util.List;
import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.SolverProvider;
import org.fsnn.api.system.ParameterSpec;
import org.fsnn.api.system.Params;

/**
 * {@code rodas4}: the L-stable Rosenbrock method RODAS4 of Hairer and Wanner for stiff systems,
 * adaptive by default; see {@link Rodas4Solver}.
 */
public final class Rodas4Provider implements SolverProvider {
    /** A fixed step size; 0 selects adaptive steps with error control. */
    static final ParameterSpec STEP = new ParameterSpec("step", 0, 0, 1e6,
            "fixed step size; 0 selects adaptive steps with error control");

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public Rodas4Provider() {
    }

    @Override
    public String name() {
        return "rodas4";
    }

    @Override
    public String description() {
        return "L-stable Rosenbrock 4(3) with analytic Jacobian, adaptive, for stiff systems";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(SolverSettings.RTOL, SolverSettings.ATOL, SolverSettings.MAX_STEPS, STEP);
    }

    @Override
    public OdeSolver create(Params params) {
        return new Rodas4Solver(SolverSettings.of(params, true), params.get(STEP.name()));
    }
}
