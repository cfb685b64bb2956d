// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatrixExponentialTest {
    private static final Backend BACKEND = Backends.reference();

    private static double[] expm(double[] a, int n) {
        return BACKEND.expm(BACKEND.fromArray(a, n, n)).toArray();
    }

    private static double[] multiply(double[] a, double[] b, int n) {
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    c[i * n + j] += a[i * n + k] * b[k * n + j];
                }
            }
        }
        return c;
    }

    private static double[] random(long seed, int n, double scale) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = scale * rng.nextDouble(-1, 1);
        }
        return a;
    }

    private static void assertIdentity(double[] m, int n, double tolerance, String what) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(i == j ? 1 : 0, m[i * n + j], tolerance, what + " entry (" + i + ", " + j + ")");
            }
        }
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 3, 5, 8})
    void theExponentialOfASkewSymmetricMatrixIsOrthogonal(int n) {
        double[] p = random(n, n, 3);
        double[] skew = new double[n * n];
        double[] qt = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                skew[i * n + j] = p[i * n + j] - p[j * n + i];
            }
        }
        double[] q = expm(skew, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                qt[i * n + j] = q[j * n + i];
            }
        }
        assertIdentity(multiply(qt, q, n), n, 1e-13, "QᵀQ");
    }

    @Test
    void aRotationGeneratorGivesTheRotationThroughThatAngle() {
        double theta = 10.3;
        double[] r = expm(new double[] {0, -theta, theta, 0}, 2);
        double[] expected = {Math.cos(theta), -Math.sin(theta), Math.sin(theta), Math.cos(theta)};
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], r[i], 1e-13);
        }
    }

    @Test
    void theExponentialOfADiagonalMatrixIsTheDiagonalOfExponentials() {
        double[] d = {-3, 0.5, 2, -0.01};
        double[] a = new double[16];
        for (int i = 0; i < 4; i++) {
            a[i * 4 + i] = d[i];
        }
        double[] e = expm(a, 4);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double expected = i == j ? Math.exp(d[i]) : 0;
                // a few ulps: the squaring phase repeats the rounding of the scaled exponential
                assertEquals(expected, e[i * 4 + j], 1e-14 * Math.max(1, expected), "(" + i + ", " + j + ")");
            }
        }
    }

    @Test
    void theExponentialOfANilpotentMatrixIsItsFiniteSeries() {
        int n = 4;
        double[] strictlyUpper = random(7, n, 2);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                strictlyUpper[i * n + j] = 0;
            }
        }
        // I + N + N²/2 + N³/6, since N⁴ = 0
        double[] series = new double[n * n];
        double[] power = new double[n * n];
        for (int i = 0; i < n; i++) {
            power[i * n + i] = 1;
        }
        double factorial = 1;
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n * n; i++) {
                series[i] += power[i] / factorial;
            }
            power = multiply(power, strictlyUpper, n);
            factorial *= k + 1;
        }
        double[] e = expm(strictlyUpper, n);
        for (int i = 0; i < n * n; i++) {
            assertEquals(series[i], e[i], 1e-13 * Math.max(1, Math.abs(series[i])), "entry " + i);
        }
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(doubles = {0.1, 1, 4})
    void theExponentialOfMinusAIsTheInverse(double scale) {
        int n = 5;
        double[] a = random(11, n, scale);
        double[] minus = new double[n * n];
        for (int i = 0; i < n * n; i++) {
            minus[i] = -a[i];
        }
        double[] e = expm(a, n);
        double[] inverse = expm(minus, n);
        // the product cancels to I, so its round-off scales with ‖exp(A)‖·‖exp(−A)‖
        double tolerance = 1e-14 * maxRowSum(e, n) * maxRowSum(inverse, n);
        assertIdentity(multiply(e, inverse, n), n, tolerance, "exp(A)exp(−A)");
    }

    private static double maxRowSum(double[] m, int n) {
        double max = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += Math.abs(m[i * n + j]);
            }
            max = Math.max(max, s);
        }
        return max;
    }

    @Test
    void aBatchIsExponentiatedMatrixByMatrix() {
        double[] a = random(3, 3, 1);
        double[] b = random(4, 3, 1);
        double[] both = new double[18];
        System.arraycopy(a, 0, both, 0, 9);
        System.arraycopy(b, 0, both, 9, 9);
        double[] e = BACKEND.expm(BACKEND.fromArray(both, 2, 3, 3)).toArray();
        double[] ea = expm(a, 3);
        double[] eb = expm(b, 3);
        for (int i = 0; i < 9; i++) {
            assertEquals(ea[i], e[i]);
            assertEquals(eb[i], e[9 + i]);
        }
    }
}
