// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.solver;

import java.util.Locale;

/**
 * A solver could not meet its tolerance: its step size underflowed, it took more steps than
 * allowed, its iteration matrix stayed singular, or the right-hand side stopped being finite. The
 * message names the solver, the time reached, the step size and the tolerance.
 */
public final class SolverException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String solver;
    private final double time;
    private final double stepSize;

    /**
     * @param solver the solver's name
     * @param time the time the integration reached
     * @param stepSize the step size it was trying
     * @param tolerance the tolerance it was asked to meet, in words, e.g. {@code rtol=1e-6, atol=1e-9}
     * @param reason what went wrong, e.g. {@code step size underflow}
     */
    public SolverException(String solver, double time, double stepSize, String tolerance, String reason) {
        super(String.format(Locale.ROOT, "%s failed at t=%.10g with step size %.3g: %s; cannot meet %s", solver,
                time, stepSize, reason, tolerance));
        this.solver = solver;
        this.time = time;
        this.stepSize = stepSize;
    }

    /** The solver's name. */
    public String solver() {
        return solver;
    }

    /** The time the integration reached. */
    public double time() {
        return time;
    }

    /** The step size the solver was trying when it gave up. */
    public double stepSize() {
        return stepSize;
    }
}
