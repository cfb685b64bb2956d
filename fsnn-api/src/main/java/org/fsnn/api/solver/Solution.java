// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.solver;

/**
 * The solution of one initial-value problem sampled at the requested times.
 *
 * <p>The arrays belong to the caller once returned; the solver keeps no reference to them.
 *
 * @param times the output times, as requested
 * @param states {@code states[k]} is the state at {@code times[k]}
 * @param stats the work the integration took
 */
public record Solution(double[] times, double[][] states, SolverStats stats) {

    /** Validates that there is one state per time. */
    public Solution {
        if (times.length != states.length) {
            throw new IllegalArgumentException("a solution needs one state per output time, got " + states.length
                    + " states for " + times.length + " times");
        }
    }

    /** The state at the last output time. */
    public double[] finalState() {
        return states[states.length - 1];
    }
}
