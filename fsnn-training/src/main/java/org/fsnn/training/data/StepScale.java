// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

/**
 * How a trajectory's output step depends on its ε. Where ε divides the fast equations
 * (Davis–Skodje) the fast time scale is ε and fast-scale steps go {@link #TIMES_EPSILON}; where ε
 * multiplies the slow ones (the FSNN paper's systems) the slow time scale is 1/ε and slow-scale steps
 * go {@link #OVER_EPSILON}, as the paper's Δt_slow = 1/(4ε).
 */
public enum StepScale {
    /** Δt as given. */
    FIXED,
    /** Δt·ε. */
    TIMES_EPSILON,
    /** Δt/ε. */
    OVER_EPSILON;

    /** The step for a trajectory at this ε. */
    public double step(double dt, double epsilon) {
        return switch (this) {
            case FIXED -> dt;
            case TIMES_EPSILON -> dt * epsilon;
            case OVER_EPSILON -> dt / epsilon;
        };
    }

    /** The config spelling: {@code fixed}, {@code times-eps}, {@code over-eps}. */
    public String label() {
        return switch (this) {
            case FIXED -> "fixed";
            case TIMES_EPSILON -> "times-eps";
            case OVER_EPSILON -> "over-eps";
        };
    }

    /** The scale spelled {@code label}; fails naming the valid spellings. */
    public static StepScale of(String path, String label) {
        for (StepScale s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException(path + ": unknown step scale '" + label
                + "'; expected one of [fixed, times-eps, over-eps]");
    }
}
