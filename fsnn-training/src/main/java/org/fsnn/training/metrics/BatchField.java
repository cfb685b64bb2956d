// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

import org.fsnn.api.system.DynamicalSystem;

/**
 * An autonomous vector field evaluated on a batch of states at one ε: the exact system or a learned
 * right-hand side. States are row-major {@code [count, dimension]}.
 */
public interface BatchField {

    /** The state dimension. */
    int dimension();

    /** Writes f(z_i) for the {@code count} states in {@code z} into {@code dzdt}. */
    void rhs(double[] z, double[] dzdt, int count);

    /** The exact right-hand side of an autonomous system (evaluated at t = 0). */
    static BatchField of(DynamicalSystem system) {
        return new BatchField() {
            @Override
            public int dimension() {
                return system.dimension();
            }

            @Override
            public void rhs(double[] z, double[] dzdt, int count) {
                system.rhsBatch(0, z, dzdt, count);
            }
        };
    }
}
