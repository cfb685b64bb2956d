// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.solver;

/**
 * Told of each step a solver accepts, in order (Hipparchus' step handler, reduced to what the
 * reference solvers share).
 */
@FunctionalInterface
public interface StepObserver {

    /** An observer that ignores every step. */
    StepObserver NONE = (t, z, h) -> { };

    /**
     * Called after a step is accepted.
     *
     * @param t the time at the end of the step
     * @param z the state at {@code t}; owned by the solver and valid only during the call, so copy
     *     it to keep it
     * @param h the size of the step just taken
     */
    void stepAccepted(double t, double[] z, double h);
}
