// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Simulated trajectories of one system, all sampled at the same times. The arrays are shared with
 * the caller, not copied.
 *
 * @param system the system's name
 * @param params the system's resolved parameters, in declaration order
 * @param solver the solver's name
 * @param t the output times
 * @param z {@code z[i][k]} is the state of trajectory {@code i} at {@code t[k]}
 */
public record Trajectories(String system, Map<String, Double> params, String solver, double[] t, double[][][] z) {

    /** Validates that every trajectory has one state per time, all of one dimension. */
    public Trajectories {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        if (z.length == 0) {
            throw new IllegalArgumentException("trajectories: need at least one trajectory");
        }
        int dimension = z[0].length == 0 ? 0 : z[0][0].length;
        for (int i = 0; i < z.length; i++) {
            if (z[i].length != t.length) {
                throw new IllegalArgumentException("trajectories: trajectory " + i + " has " + z[i].length
                        + " states for " + t.length + " times");
            }
            for (double[] state : z[i]) {
                if (state.length != dimension) {
                    throw new IllegalArgumentException("trajectories: trajectory " + i + " has a state of dimension "
                            + state.length + ", expected " + dimension);
                }
            }
        }
    }

    /** The state dimension. */
    public int dimension() {
        return z[0][0].length;
    }
}
