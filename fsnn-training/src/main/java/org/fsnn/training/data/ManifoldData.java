// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

/**
 * States on a slow manifold, each with its ε (0 for the critical manifold), row-major:
 * {@code states} is {@code [count, dimension]}. The FSNN paper's manifold dataset 𝓜 (section 4).
 *
 * <p>The arrays are shared with the caller, not copied; treat them as read-only.
 *
 * @param dimension the state dimension
 * @param states the states
 * @param epsilon each state's ε
 */
public record ManifoldData(int dimension, double[] states, double[] epsilon) {

    /** Validates the shapes. */
    public ManifoldData {
        if (dimension < 1 || states.length != (long) epsilon.length * dimension) {
            throw new IllegalArgumentException("manifold data: " + epsilon.length + " points of dimension " + dimension
                    + " need " + (long) epsilon.length * dimension + " values, got " + states.length);
        }
    }

    /** The number of points. */
    public int count() {
        return epsilon.length;
    }
}
