// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.solver;

import org.fsnn.api.system.DynamicalSystem;

/**
 * Integrates dz/dt = f(t, z) forward in time and samples the solution at requested times (dense
 * output).
 *
 * <p>A solver is an immutable value: every call keeps its working state to itself, so one
 * instance may integrate many initial states on many threads at once (see {@link
 * BatchIntegration}), provided the system's {@code rhs} and {@code jacobian} write only to the
 * caller's arrays, as {@link DynamicalSystem} requires.
 */
public interface OdeSolver {

    /** The solver's name, as its {@link SolverProvider} is known, e.g. {@code dopri5}. */
    String name();

    /**
     * Integrates from {@code (t0, z0)} to the last output time.
     *
     * @param system the right-hand side (and Jacobian, for implicit solvers)
     * @param t0 the initial time
     * @param z0 the initial state, of length {@code system.dimension()}; not modified
     * @param outputTimes finite, non-decreasing times {@code >= t0} at which to sample the
     *     solution; the last one is where integration stops
     * @param observer told of every accepted step
     * @return the states at the output times and the work done
     * @throws IllegalArgumentException for a state of the wrong length, non-finite numbers or
     *     output times that are unsorted, empty or before {@code t0}
     * @throws SolverException when the solver cannot meet its tolerance (step size underflow,
     *     too many steps, a singular iteration matrix, a non-finite right-hand side)
     */
    Solution solve(DynamicalSystem system, double t0, double[] z0, double[] outputTimes, StepObserver observer);

    /**
     * Integrates without observing steps; see {@link #solve(DynamicalSystem, double, double[],
     * double[], StepObserver)}.
     */
    default Solution solve(DynamicalSystem system, double t0, double[] z0, double[] outputTimes) {
        return solve(system, t0, z0, outputTimes, StepObserver.NONE);
    }
}
