// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import org.fsnn.api.solver.SolverException;

/**
 * Counts one integration's step attempts, decides whether each error estimate rejects its step,
 * and stops the integration with a {@link SolverException} when it cannot go on.
 */
final class StepAttempts {
    /** The error given to a step whose estimate is not finite, so that it is rejected and shrunk. */
    private static final double NON_FINITE_ERROR = 1e10;

    private final String solver;
    private final SolverSettings settings;
    private final double tEnd;
    private long attempts;
    private long rejected;

    StepAttempts(String solver, SolverSettings settings, double tEnd) {
        this.solver = solver;
        this.settings = settings;
        this.tEnd = tEnd;
    }

    /**
     * Counts an attempted step of an adaptive solver and returns the scaled error to act on: the
     * estimate itself, or a large value when it is not finite. A step is rejected when the
     * returned error is at least 1.
     *
     * @throws SolverException after too many attempts, when a rejected step is already too small
     *     to shrink, or when a step no longer moves t
     */
    double judge(double t, double h, double error) {
        count(t, h);
        double judged = Double.isFinite(error) ? error : NON_FINITE_ERROR;
        if (judged >= 1) {
            rejected++;
        }
        if (t + h == t || judged >= 1 && SolverSettings.underflows(t, h, tEnd)) {
            throw failure(t, h, "step size underflow");
        }
        return judged;
    }

    /**
     * Counts an attempted step.
     *
     * @throws SolverException after too many attempts
     */
    void count(double t, double h) {
        if (++attempts > settings.maxSteps()) {
            throw failure(t, h, "more than " + settings.maxSteps() + " step attempts (max-steps)");
        }
    }

    /** A failure at time {@code t} with step {@code h}. */
    SolverException failure(double t, double h, String reason) {
        return new SolverException(solver, t, h, settings.tolerance(), reason);
    }

    /** Steps attempted and not rejected. */
    long accepted() {
        return attempts - rejected;
    }

    /** Steps rejected. */
    long rejected() {
        return rejected;
    }
}
