// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NormalBasisTest {

    @Test
    void tangentAndNormalsAreOrthonormalInEveryDimension() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int d = 2; d <= 30; d += 7) {
            for (int trial = 0; trial < 20; trial++) {
                double[] t = new double[d];
                double norm = 0;
                for (int c = 0; c < d; c++) {
                    // include nearly axis-aligned tangents, where a naive reflection cancels
                    t[c] = trial % 5 == 0 && c > 0 ? 1e-9 * rng.nextGaussian() : rng.nextGaussian();
                    norm += t[c] * t[c];
                }
                for (int c = 0; c < d; c++) {
                    t[c] /= Math.sqrt(norm);
                }
                double[] n = new double[(d - 1) * d];
                NormalBasis.complement(t, n);
                double[][] basis = new double[d][];
                basis[0] = t;
                for (int r = 1; r < d; r++) {
                    basis[r] = java.util.Arrays.copyOfRange(n, (r - 1) * d, r * d);
                }
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        double dot = 0;
                        for (int c = 0; c < d; c++) {
                            dot += basis[a][c] * basis[b][c];
                        }
                        assertEquals(a == b ? 1 : 0, dot, 1e-14, "d=" + d + " rows " + a + "," + b);
                    }
                }
            }
        }
    }

    @Test
    void inTwoDimensionsTheNormalIsTheRotatedTangent() {
        double[] t = {0.6, 0.8};
        double[] n = new double[2];
        NormalBasis.complement(t, n);
        double sign = Math.signum(n[1]);
        assertEquals(-0.8 * sign, n[0], 1e-15); // n = ±(−t2, t1)
        assertEquals(0.6 * sign, n[1], 1e-15);
        assertEquals(1, Math.abs(sign));
    }
}
