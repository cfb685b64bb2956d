// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import java.util.Map;
import org.fsnn.api.solver.OdeSolver;
import org.fsnn.api.solver.SolverProvider;
import org.fsnn.api.system.Params;

/** Builds solvers the way the command line does: provider plus named settings. */
final class Solvers {

    private Solvers() {
    }

    static OdeSolver create(SolverProvider provider, Map<String, Double> settings) {
        return provider.create(Params.resolve(provider.name(), provider.parameters(), settings));
    }

    static OdeSolver adaptive(String name, double rtol, double atol) {
        return create(provider(name), Map.of("rtol", rtol, "atol", atol));
    }

    static SolverProvider provider(String name) {
        return switch (name) {
            case "dopri5" -> new Dopri5Provider();
            case "dop853" -> new Dop853Provider();
            case "rk4" -> new Rk4SolverProvider();
            case "rodas4" -> new Rodas4Provider();
            default -> throw new IllegalArgumentException("no solver " + name);
        };
    }
}
