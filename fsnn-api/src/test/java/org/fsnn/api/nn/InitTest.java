// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.tensor.Shape;
import org.junit.jupiter.api.Test;

class InitTest {
    private static final Backend BACKEND = Backends.reference();

    @Test
    void heNormalHasVarianceTwoOverFanIn() {
        double[] w = Init.heNormal(BACKEND, Shape.of(200, 100), 100, Init.generator(3)).toArray();
        double sum = 0;
        double squares = 0;
        for (double v : w) {
            sum += v;
            squares += v * v;
        }
        double mean = sum / w.length;
        double variance = squares / w.length - mean * mean;
        // 20000 draws: the sample variance is within 3% of 0.02 with overwhelming probability
        assertEquals(0.02, variance, 0.02 * 0.03);
        assertEquals(0, mean, 0.005);
    }

    @Test
    void aSplitGeneratorIsReproducibleFromTheSeed() {
        var a = Init.generator(5);
        var b = Init.generator(5);
        a.split();
        b.split();
        assertArrayEquals(Init.normal(BACKEND, Shape.of(4), 1, a.split()).toArray(),
                Init.normal(BACKEND, Shape.of(4), 1, b.split()).toArray());
    }

    @Test
    void constantsAndZerosFillTheShape() {
        assertArrayEquals(new double[] {2.5, 2.5, 2.5}, Init.constant(BACKEND, Shape.of(3), 2.5).toArray());
        assertArrayEquals(new double[4], Init.zeros(BACKEND, Shape.of(2, 2)).toArray());
    }

    @Test
    void rejectsInvalidArguments() {
        assertThrows(IllegalArgumentException.class, () -> Init.uniform(BACKEND, Shape.of(2), 1, 1, Init.generator(1)));
        assertThrows(IllegalArgumentException.class, () -> Init.normal(BACKEND, Shape.of(2), -1, Init.generator(1)));
        assertThrows(IllegalArgumentException.class, () -> Init.glorotUniform(BACKEND, Shape.of(2), 0, 2, Init.generator(1)));
    }
}
