// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.augment;

import java.util.List;

/**
 * Labelled right-hand-side samples (state, ε) ↦ label ≈ f(state; ε), row-major: {@code states} and
 * {@code labels} are {@code [count, dimension]}, {@code epsilon} is {@code [count]}.
 *
 * <p>The arrays are shared with the caller, not copied; treat them as read-only.
 *
 * @param dimension the state dimension d
 * @param states the states, {@code count × d}
 * @param epsilon each sample's ε
 * @param labels the right-hand-side labels, {@code count × d}
 */
public record RhsSamples(int dimension, double[] states, double[] epsilon, double[] labels) {

    /** Validates the shapes. */
    public RhsSamples {
        if (dimension < 1) {
            throw new IllegalArgumentException("rhs samples: dimension must be at least 1, got " + dimension);
        }
        long expected = (long) epsilon.length * dimension;
        if (states.length != expected || labels.length != expected) {
            throw new IllegalArgumentException("rhs samples: " + epsilon.length + " samples of dimension " + dimension
                    + " need " + expected + " state and label values, got " + states.length + " and " + labels.length);
        }
    }

    /** The number of samples. */
    public int count() {
        return epsilon.length;
    }

    /** The samples of several sets, one after another; all must share one dimension. */
    public static RhsSamples concat(List<RhsSamples> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("rhs samples: nothing to concatenate");
        }
        int d = parts.getFirst().dimension();
        int n = 0;
        for (RhsSamples p : parts) {
            if (p.dimension() != d) {
                throw new IllegalArgumentException("rhs samples: cannot concatenate dimensions " + d + " and "
                        + p.dimension());
            }
            n += p.count();
        }
        double[] states = new double[n * d];
        double[] labels = new double[n * d];
        double[] epsilon = new double[n];
        int at = 0;
        for (RhsSamples p : parts) {
            System.arraycopy(p.states(), 0, states, at * d, p.count() * d);
            System.arraycopy(p.labels(), 0, labels, at * d, p.count() * d);
            System.arraycopy(p.epsilon(), 0, epsilon, at, p.count());
            at += p.count();
        }
        return new RhsSamples(d, states, epsilon, labels);
    }
}
