// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators;

import org.fsnn.api.autodiff.Var;
import org.fsnn.api.spi.ConfigNode;

/** Checks shared by the differentiable integrators: per-sample ε and Δt, and sub-step counts. */
public final class StepArguments {
    private StepArguments() {}

    /**
     * Fails unless {@code v} is a per-sample scalar, {@code [b, 1]}, or one scalar shared by the
     * batch, {@code [1, 1]}.
     *
     * @param integrator the integrator's name, for the message
     * @param what the argument's name, e.g. {@code dt}
     * @param batch the batch size b of the states
     */
    public static void requirePerSample(String integrator, String what, Var v, int batch) {
        var shape = v.value().shape();
        if (shape.rank() != 2 || shape.dim(1) != 1 || (shape.dim(0) != batch && shape.dim(0) != 1)) {
            throw new IllegalArgumentException(integrator + ": " + what + " must have shape [" + batch
                    + ", 1] (or [1, 1]), got " + shape);
        }
    }

    /**
     * Fails unless {@code state} is {@code [b, width]} for the batch size {@code batch}.
     *
     * @param integrator the integrator's name, for the message
     * @param what the state's name, e.g. {@code x}
     */
    public static void requireState(String integrator, String what, Var state, int batch, int width) {
        var shape = state.value().shape();
        if (shape.rank() != 2 || shape.dim(0) != batch || shape.dim(1) != width) {
            throw new IllegalArgumentException(integrator + ": " + what + " must have shape [" + batch + ", "
                    + width + "], got " + shape);
        }
    }

    /**
     * A positive number of equal sub-steps per data interval, {@code fallback} when absent.
     *
     * @throws IllegalArgumentException naming the JSON path when the value is not a positive integer
     */
    public static int substeps(ConfigNode config, String key, int fallback) {
        int n = config.getInt(key, fallback);
        if (n <= 0) {
            throw new IllegalArgumentException(config.path() + "." + key + ": must be a positive integer, got " + n);
        }
        return n;
    }
}
