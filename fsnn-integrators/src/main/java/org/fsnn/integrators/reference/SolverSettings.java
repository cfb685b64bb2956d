// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

import java.util.Locale;
import org.fsnn.api.system.ParameterSpec;
import org.fsnn.api.system.Params;

/**
 * The settings the reference solvers share, as parameter specs, and the tolerance one solver
 * resolved them to.
 *
 * @param rtol the relative tolerance
 * @param atol the absolute tolerance
 * @param maxSteps the most step attempts (accepted and rejected) one integration may take
 */
record SolverSettings(double rtol, double atol, long maxSteps) {

    /** The relative tolerance of adaptive solvers. */
    static final ParameterSpec RTOL = new ParameterSpec("rtol", 1e-6, 1e-14, 1, "relative tolerance");
    /** The absolute tolerance of adaptive solvers. */
    static final ParameterSpec ATOL = new ParameterSpec("atol", 1e-9, 1e-300, 1e6, "absolute tolerance");
    /** The step attempts one integration may take. */
    static final ParameterSpec MAX_STEPS = new ParameterSpec("max-steps", 1e6, 1, 1e12,
            "most step attempts (accepted and rejected) per trajectory");

    /** Reads the shared settings; a solver without tolerances reads none. */
    static SolverSettings of(Params params, boolean adaptive) {
        return new SolverSettings(adaptive ? params.get(RTOL.name()) : 0, adaptive ? params.get(ATOL.name()) : 0,
                (long) params.get(MAX_STEPS.name()));
    }

    /** The tolerance in words, for failure messages. */
    String tolerance() {
        return String.format(Locale.ROOT, "rtol=%.3g, atol=%.3g", rtol, atol);
    }

    /** The error weight of a component: {@code atol + rtol * max(|a|, |b|)}. */
    double weight(double a, double b) {
        return atol + rtol * Math.max(Math.abs(a), Math.abs(b));
    }

    /**
     * Whether a step of size {@code h} at {@code t} is too small to change t in double precision,
     * given that the integration runs to {@code tEnd}.
     */
    static boolean underflows(double t, double h, double tEnd) {
        return Math.abs(h) <= 16 * Math.ulp(Math.max(Math.abs(t), Math.abs(tEnd)));
    }
}
