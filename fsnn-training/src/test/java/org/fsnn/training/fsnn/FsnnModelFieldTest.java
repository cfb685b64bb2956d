// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.layers.FastSlowNetwork;
import org.junit.jupiter.api.Test;

class FsnnModelFieldTest {
    private static final Backend BE = Backends.reference();

    /** A random N_x = 2, N_y = 1 network, initialized at full output scale so the field is far from linear. */
    private static FastSlowNetwork network() {
        Map<String, Object> small = Map.of("hidden", List.of(6));
        Map<String, Object> config = Map.of("slowDim", 2, "fastDim", 1,
                "flow", Map.of("depth", 2, "hidden", List.of(6)), "schur", small,
                "bilinear", Map.of("rank", 1, "hidden", List.of(6)), "linear", small, "slow", small);
        return new FsnnInit(1, 9).create(config, BE);
    }

    private static double[] states(int count) {
        SplittableRandom rng = new SplittableRandom(4);
        double[] z = new double[count * 3];
        for (int i = 0; i < z.length; i++) {
            z[i] = rng.nextDouble(-1, 1);
        }
        return z;
    }

    @Test
    void jacobianMatchesCentralDifferencesOfTheRightHandSide() {
        FastSlowNetwork net = network();
        int count = 5;
        int d = 3;
        double[] z = states(count);
        double h = 1e-4;
        for (boolean slowTime : new boolean[] {false, true}) {
            FsnnModelField field = new FsnnModelField(net, BE, slowTime);
            for (double eps : new double[] {0.02, 0.3}) {
                double[] jac = field.jacobians(z, eps, count);
                double largest = 0;
                for (int k = 0; k < d; k++) {
                    double[] plus = z.clone();
                    double[] minus = z.clone();
                    for (int s = 0; s < count; s++) {
                        plus[s * d + k] += h;
                        minus[s * d + k] -= h;
                    }
                    double[] fp = new double[count * d];
                    double[] fm = new double[count * d];
                    field.rhs(plus, eps, fp, count);
                    field.rhs(minus, eps, fm, count);
                    for (int s = 0; s < count; s++) {
                        for (int i = 0; i < d; i++) {
                            double numeric = (fp[s * d + i] - fm[s * d + i]) / (2 * h);
                            double analytic = jac[(s * d + i) * d + k];
                            largest = Math.max(largest, Math.abs(analytic));
                            assertEquals(numeric, analytic, 1e-5 * (1 + Math.abs(numeric)),
                                    "slowTime " + slowTime + ", eps " + eps + ", sample " + s + ", entry " + i + "," + k);
                        }
                    }
                }
                assertTrue(largest > 1e-2, "the Jacobian should not vanish, largest entry " + largest);
            }
        }
    }

    /**
     * At ε = 0 every point of the learned slow manifold is an equilibrium of the learned field, and
     * its Jacobian there is similar (through Dh) to diag(0, T(x)): so the eigenvalues read from the
     * Schur blocks must be the nonzero eigenvalues of the field's Jacobian in the original
     * coordinates, computed here independently (autodiff Jacobian, Hipparchus eigen-decomposition).
     */
    @Test
    void schurEigenvaluesAreTheEigenvaluesOfTheFieldsJacobianOnTheManifold() {
        Map<String, Object> small = Map.of("hidden", List.of(6));
        Map<String, Object> config = Map.of("slowDim", 1, "fastDim", 3,
                "flow", Map.of("depth", 2, "hidden", List.of(6)), "schur", small,
                "bilinear", Map.of("rank", 1, "hidden", List.of(6)), "linear", small, "slow", small);
        int d = 4;
        boolean sawComplex = false;
        for (long seed = 1; seed <= 16; seed++) {
            FastSlowNetwork net = new FsnnInit(1, seed).create(config, BE);
            FsnnModelField field = new FsnnModelField(net, BE, false);
            double x0 = new SplittableRandom(seed).nextDouble(-1, 1);
            Tensor eps = BE.fromArray(new double[] {0}, 1, 1);
            double[] z;
            try (Tape.NoGrad _ = Tape.noGrad()) {
                Var zero = Var.constant(BE.fromArray(new double[3], 1, 3));
                z = net.decode(new FastSlowState(Var.constant(BE.fromArray(new double[] {x0}, 1, 1)), zero),
                        Var.constant(eps)).value().toArray();
            }
            double[] f = new double[d];
            field.rhs(z, 0, f, 1);
            for (double v : f) {
                assertEquals(0, v, 1e-12, "a point of the manifold is an equilibrium at ε = 0");
            }
            double[] jac = field.jacobians(z, 0, 1);
            double[][] rows = new double[d][d];
            for (int i = 0; i < d; i++) {
                System.arraycopy(jac, i * d, rows[i], 0, d);
            }
            var eig = new org.hipparchus.linear.EigenDecompositionNonSymmetric(
                    org.hipparchus.linear.MatrixUtils.createRealMatrix(rows));
            List<org.hipparchus.complex.Complex> fromJacobian = new java.util.ArrayList<>(List.of(eig.getEigenvalues()));
            // the slow direction's eigenvalue is 0
            fromJacobian.sort(java.util.Comparator.comparingDouble(org.hipparchus.complex.Complex::norm));
            assertEquals(0, fromJacobian.getFirst().norm(), 1e-9, "seed " + seed + ": " + fromJacobian);
            var schur = net.fastEigenvalues(BE.fromArray(z, 1, d), eps);
            double[] re = schur.real().toArray();
            double[] im = schur.imag().toArray();
            for (int k = 0; k < 3; k++) {
                final int kk = k;
                double nearest = fromJacobian.subList(1, d).stream()
                        .mapToDouble(c -> Math.hypot(c.getReal() - re[kk], c.getImaginary() - im[kk])).min().orElseThrow();
                assertEquals(0, nearest, 1e-8 * (1 + Math.hypot(re[k], im[k])),
                        "seed " + seed + ": Schur eigenvalue " + re[k] + " + " + im[k] + "i, Jacobian's " + fromJacobian);
                sawComplex |= Math.abs(im[k]) > 1e-3;
            }
        }
        assertTrue(sawComplex, "some draw should have a complex pair");
    }

    @Test
    void slowTimeIsFastTimeOverEpsilon() {
        FastSlowNetwork net = network();
        int count = 4;
        double[] z = states(count);
        double eps = 0.05;
        double[] fast = new double[count * 3];
        double[] slow = new double[count * 3];
        new FsnnModelField(net, BE, false).rhs(z, eps, fast, count);
        new FsnnModelField(net, BE, true).rhs(z, eps, slow, count);
        for (int i = 0; i < fast.length; i++) {
            assertEquals(fast[i] / eps, slow[i], 1e-12 * (1 + Math.abs(slow[i])));
        }
    }

    @Test
    void theFieldIsTheDerivativeOfTheNetworksOwnShortRollout() {
        // one IMEX step of h moves z by h·F + O(h²)
        FastSlowNetwork net = network();
        int count = 3;
        double[] z = states(count);
        double eps = 0.1;
        double[] f = new double[count * 3];
        new FsnnModelField(net, BE, false).rhs(z, eps, f, count);
        for (double h : new double[] {1e-3}) {
            double[] end;
            try (Tape.NoGrad _ = Tape.noGrad()) {
                double[] e = new double[count];
                double[] dt = new double[count];
                java.util.Arrays.fill(e, eps);
                java.util.Arrays.fill(dt, h);
                end = net.fullRollout(Var.constant(BE.fromArray(z, count, 3)), Var.constant(BE.fromArray(e, count, 1)),
                        Var.constant(BE.fromArray(dt, count, 1)), 1).states().get(1).value().toArray();
            }
            for (int i = 0; i < f.length; i++) {
                assertEquals(f[i], (end[i] - z[i]) / h, 1e-2 * (1 + Math.abs(f[i])), "entry " + i);
            }
        }
    }

    @Test
    void slowTimeRejectsEpsilonZero() {
        FsnnModelField field = new FsnnModelField(network(), BE, true);
        assertThrows(IllegalArgumentException.class, () -> field.rhs(new double[3], 0, new double[3], 1));
    }
}
