// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import static org.fsnn.testkit.GradientCheck.BACKEND;
import static org.fsnn.testkit.GradientCheck.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.BlockLayout;
import org.fsnn.api.nn.Init;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.tensor.Tensor;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class NegativeSchurTest {
    /** Raw values where eq. (3.14) as printed degenerates or saturates. */
    private static final double[] EXTREMES = {0, 0, 50, -50, 1e-9, -1e-9, 20, -20};

    private static NegativeSchur schur(int fastDim, long seed) {
        return new NegativeSchur(BACKEND, 2, 1, fastDim, 0.1, 0.1, MlpSpec.tanh(5), Init.generator(seed));
    }

    /** Raw outputs: each entry extreme with probability 0.3, otherwise uniform in [−4, 4]. */
    private static Tensor rawDraws(NegativeSchur t, int count, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] raw = new double[count * t.rawSize()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = rng.nextDouble() < 0.3 ? EXTREMES[rng.nextInt(EXTREMES.length)] : rng.nextDouble(-4, 4);
        }
        return BACKEND.fromArray(raw, count, t.rawSize());
    }

    @Test
    void everyEigenvalueHasRealPartBelowTheSpectralBoundOnHundredsOfDraws() {
        int real = 0;
        int complex = 0;
        for (int n = 1; n <= 6; n++) {
            NegativeSchur t = schur(n, n);
            double gamma = t.spectralBound();
            assertTrue(gamma > 0);
            int draws = 200;
            FastEigenvalues ev = t.eigenvalues(Var.constant(rawDraws(t, draws, 31L * n)));
            double[] re = ev.real().toArray();
            double[] im = ev.imag().toArray();
            for (int i = 0; i < re.length; i++) {
                assertTrue(re[i] < 0 && re[i] <= -gamma * (1 - 1e-12),
                        "eigenvalue " + re[i] + " + " + im[i] + "i is not below -" + gamma + " (N_y = " + n + ")");
            }
            for (int s = 0; s < draws; s++) {
                for (int k = 0; k < n / 2; k++) {
                    if (im[s * n + 2 * k] == 0) {
                        real++;
                    } else {
                        complex++;
                    }
                }
            }
        }
        assertTrue(real > 50 && complex > 50, "both kinds of pairs should occur: " + real + " real, " + complex + " complex");
    }

    @Test
    void blockEigenvaluesEqualThoseOfADenseEigenSolver() {
        int compared = 0;
        for (int n = 1; n <= 6; n++) {
            NegativeSchur t = schur(n, 100 + n);
            Tensor raw = rawDraws(t, 150, 7L * n);
            double[] m = t.matrix(Var.constant(raw)).value().toArray();
            FastEigenvalues ev = t.eigenvalues(Var.constant(raw));
            double[] re = ev.real().toArray();
            double[] im = ev.imag().toArray();
            for (int s = 0; s < 150; s++) {
                RealMatrix dense = Dense.matrix(m, s, n, n);
                double norm = dense.getNorm1();
                if (norm > 1e6) {
                    continue; // e^{50}-sized blocks: a dense solver's absolute error exceeds the small eigenvalue
                }
                List<Complex> remaining = new ArrayList<>(List.of(new EigenDecompositionNonSymmetric(dense).getEigenvalues()));
                for (int i = 0; i < n; i++) {
                    Complex want = new Complex(re[s * n + i], im[s * n + i]);
                    Complex nearest = remaining.stream().min((a, b) -> Double.compare(a.subtract(want).norm(),
                            b.subtract(want).norm())).orElseThrow();
                    // near a double root a dense solver is only accurate to about √(round-off) · ‖T‖
                    assertTrue(nearest.subtract(want).norm() <= 1e-7 * Math.max(1, norm),
                            "closed form " + want + " vs dense " + nearest + " for N_y = " + n);
                    remaining.remove(nearest);
                }
                compared++;
            }
        }
        assertTrue(compared > 500, "too few draws compared: " + compared);
    }

    @Test
    void entriesBelowTheDiagonalBlocksAreZeroAndTheRestIsFree() {
        NegativeSchur t = schur(5, 3);
        Tensor raw = uniform(4, -2, 2, 3, t.rawSize());
        double[] m = t.matrix(Var.constant(raw)).value().toArray();
        BlockLayout layout = BlockLayout.pairsThenScalar(5);
        double[] r = raw.toArray();
        int offDiagonal = t.rawSize() - 4 * 2 - 1;
        for (int s = 0; s < 3; s++) {
            int k = 0;
            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < 5; j++) {
                    double v = m[(s * 5 + i) * 5 + j];
                    if (layout.blockOf(j) < layout.blockOf(i)) {
                        assertEquals(0, v, 0, "entry (" + i + ", " + j + ")");
                    } else if (layout.blockOf(j) > layout.blockOf(i)) {
                        assertEquals(r[s * t.rawSize() + 9 + k++], v, 0, "free entry (" + i + ", " + j + ")");
                    }
                }
            }
            assertEquals(offDiagonal, k);
        }
    }

    @Test
    void aBlockMatchesTheParameterizationOfEquation310() {
        // R̄ = 0.3, r̄ = −0.7, θ̄ = 0.4, φ̄ = 1.1
        NegativeSchur t = schur(2, 5);
        double[] m = t.matrix(Var.constant(BACKEND.fromArray(new double[] {0.3, -0.7, 0.4, 1.1}, 1, 4))).value().toArray();
        double s = Math.sqrt(0.7 * 0.7 + NegativeSchur.SMOOTHING * NegativeSchur.SMOOTHING);
        double bigR = -(0.1 + s * Math.exp(Math.sqrt(0.09 + NegativeSchur.SMOOTHING * NegativeSchur.SMOOTHING)));
        double r = -0.7;
        double theta = 0.9 * Math.PI / 2 * Math.tanh(0.4);
        double phi = 1.1;
        double[] want = {
            bigR * Math.cos(theta) + r * Math.cos(phi), bigR * Math.sin(theta) + r * Math.sin(phi),
            -bigR * Math.sin(theta) + r * Math.sin(phi), bigR * Math.cos(theta) - r * Math.cos(phi)};
        for (int i = 0; i < 4; i++) {
            assertEquals(want[i], m[i], 1e-14);
        }
    }

    @Test
    void networkEigenvaluesAreNegativeForRandomParametersAndStates() {
        for (long seed = 1; seed <= 20; seed++) {
            NegativeSchur t = schur((int) (seed % 5) + 1, seed);
            for (Parameter p : t.parameters().values()) {
                p.set(uniform(seed * 31 + p.shape().size(), -3, 3, p.shape().dims()));
            }
            Var x = Var.constant(uniform(seed, -5, 5, 20, 2));
            Var eps = Var.constant(uniform(seed + 1, 0, 0.1, 20, 1));
            for (double re : t.eigenvalues(x, eps).real().toArray()) {
                assertTrue(re <= -t.spectralBound() * (1 - 1e-12), "eigenvalue real part " + re);
            }
        }
    }

    @Test
    void initialEigenvaluesAreOfOrderMinusOne() {
        NegativeSchur t = schur(4, 9);
        Var x = Var.constant(uniform(1, -1, 1, 50, 2));
        Var eps = Var.constant(uniform(2, 0, 0.01, 50, 1));
        for (double re : t.eigenvalues(x, eps).real().toArray()) {
            assertTrue(re < -0.05 && re > -20, "initial eigenvalue real part " + re);
        }
    }

    @Test
    void badSettingsAreRejectedWithTheirNames() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new NegativeSchur(BACKEND, 1, 0, 2, 0, 0.1, MlpSpec.tanh(), Init.generator(1)));
        assertTrue(e.getMessage().contains("margin"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new NegativeSchur(BACKEND, 1, 0, 2, 0.1, 1, MlpSpec.tanh(), Init.generator(1)));
        assertTrue(e.getMessage().contains("angleMargin"), e.getMessage());
        NegativeSchur t = schur(3, 1);
        e = assertThrows(IllegalArgumentException.class, () -> t.matrix(Var.constant(uniform(1, 0, 1, 2, 3))));
        assertTrue(e.getMessage().contains("raw outputs"), e.getMessage());
    }
}
