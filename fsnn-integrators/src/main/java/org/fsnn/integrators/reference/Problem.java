// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import org.fsnn.api.system.DynamicalSystem;

/** Checks the arguments of {@link org.fsnn.api.solver.OdeSolver#solve} the same way for every solver. */
final class Problem {

    private Problem() {
    }

    /**
     * @throws IllegalArgumentException naming the solver, what was wrong and what is valid
     */
    static void check(String solver, DynamicalSystem system, double t0, double[] z0, double[] outputTimes) {
        if (z0.length != system.dimension()) {
            throw new IllegalArgumentException(solver + ": initial state has " + z0.length
                    + " components; the system has dimension " + system.dimension());
        }
        if (!Double.isFinite(t0)) {
            throw new IllegalArgumentException(solver + ": initial time must be finite, got " + t0);
        }
        for (int i = 0; i < z0.length; i++) {
            if (!Double.isFinite(z0[i])) {
                throw new IllegalArgumentException(solver + ": initial state component " + i + " must be finite, got "
                        + z0[i]);
            }
        }
        if (outputTimes.length == 0) {
            throw new IllegalArgumentException(solver + ": at least one output time is needed");
        }
        double previous = t0;
        for (int k = 0; k < outputTimes.length; k++) {
            double t = outputTimes[k];
            if (!Double.isFinite(t) || t < previous) {
                throw new IllegalArgumentException(solver + ": output time " + k + " = " + t
                        + " must be finite, >= t0 = " + t0 + " and >= the one before it");
            }
            previous = t;
        }
    }
}
