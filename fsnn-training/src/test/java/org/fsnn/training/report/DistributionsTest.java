// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DistributionsTest {

    @Test
    void skewnessByHand() {
        // Mean 1, deviations (-1, -1, 2): m2 = 2, m3 = 2, skewness 2 / 2^1.5.
        assertEquals(2 / Math.pow(2, 1.5), Distributions.skewness(new double[] {0, 0, 3}), 1e-15);
    }

    @Test
    void normalSampleHasQqCorrelationNearOne() {
        SplittableRandom rng = new SplittableRandom(1);
        double[] x = new double[20000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 3 + 2 * rng.nextGaussian();
        }
        double[][] qq = Distributions.qq(x);
        assertEquals(1, Distributions.correlation(qq[0], qq[1]), 1e-3);
        assertEquals(0, qq[0][x.length / 2], 1e-3, "the middle theoretical quantile is the median 0");
    }

    @Test
    void histogramDensityIntegratesToOne() {
        double[][] h = Distributions.histogram(new double[] {0, 1, 1, 2, 4}, 4);
        assertArrayEquals(new double[] {0.5, 1.5, 2.5, 3.5}, h[0], 1e-15);
        double integral = 0;
        for (double d : h[1]) {
            integral += d * 1.0;
        }
        assertEquals(1, integral, 1e-15);
        assertArrayEquals(new double[] {0.2, 0.4, 0.2, 0.2}, h[1], 1e-15);
    }
}
