// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.junit.jupiter.api.Test;

class TrapezoidTest {
    private static final Backend BE = Backends.reference();

    @Test
    void weightsAreHalfTheNeighbouringIntervalsOnUnevenGrids() {
        double[] w = Trapezoid.weights(BE.fromArray(new double[] {0, 1, 3, 3.5, 2, 2.5, 4, 4.25}, 2, 4)).toArray();
        assertArrayEquals(new double[] {0.5, 1.5, 1.25, 0.25, 0.25, 1.0, 0.875, 0.125}, w, 1e-15);
    }
}
