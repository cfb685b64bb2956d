// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.nn.Init;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;

class RhsModelTest {
    private static final Backend BE = Backends.reference();

    /** Davis–Skodje-like samples at two ε: targets spanning O(1) to O(1/ε). */
    static RhsModel fitted(String transform) {
        int n = 40;
        double[] z = new double[2 * n];
        double[] e = new double[n];
        double[] f = new double[2 * n];
        var rng = new java.util.SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            double y = 2 * rng.nextDouble();
            double w = 1.5 * rng.nextDouble() - 0.3;
            e[i] = i % 2 == 0 ? 0.05 : 0.2;
            z[2 * i] = y;
            z[2 * i + 1] = w;
            f[2 * i] = -y;
            f[2 * i + 1] = -(w - y / (1 + y)) / e[i];
        }
        ConfigNode cfg = ConfigNode.of(Map.of("network", Map.of("hidden", List.of(8, 8)),
                "transform", Map.of("name", transform)));
        return RhsModel.fit(cfg, BE.fromArray(z, n, 2), BE.fromArray(e, n, 1), BE.fromArray(f, n, 2), BE, Init.generator(9));
    }

    @Test
    void physicalJacobianEqualsFiniteDifferencesOfThePhysicalRhs() {
        RhsModel m = fitted("asinh-mad");
        // Scale the output layer up so that sinh works in its nonlinear range.
        m.parameters().forEach((name, p) -> {
            if (name.startsWith("net.dense2")) {
                p.set(BE.map(org.fsnn.api.backend.UnaryOp.AFFINE, p.value(), 6, 0.3));
            }
        });
        Tensor z = BE.fromArray(new double[] {0.3, 0.1, 1.7, 0.9, 0.8, -0.2}, 3, 2);
        Tensor eps = BE.fromArray(new double[] {0.05, 0.2, 0.1}, 3, 1);
        double[] jac = m.physicalJacobian(z, eps).toArray();
        double h = 1e-6;
        double[] zv = z.toArray();
        double largest = 0;
        for (int s = 0; s < 3; s++) {
            for (int j = 0; j < 2; j++) {
                double[] up = zv.clone();
                double[] dn = zv.clone();
                up[2 * s + j] += h;
                dn[2 * s + j] -= h;
                double[] fu = m.physicalRhs(BE.fromArray(up, 3, 2), eps).toArray();
                double[] fd = m.physicalRhs(BE.fromArray(dn, 3, 2), eps).toArray();
                for (int i = 0; i < 2; i++) {
                    double want = (fu[2 * s + i] - fd[2 * s + i]) / (2 * h);
                    largest = Math.max(largest, Math.abs(want));
                    assertEquals(want, jac[4 * s + 2 * i + j], 1e-6 * (1 + Math.abs(want)), "J[" + s + "," + i + "," + j + "]");
                }
            }
        }
        // The transform's chain rule matters: the entries are far from the network's own scale.
        assertEquals(true, largest > 10, "largest |J| = " + largest);
    }

    @Test
    void fittedStateRoundTripsIntoAnUnfittedModel() {
        RhsModel m = fitted("asinh-mad");
        RhsModel copy = RhsModel.unfitted(ConfigNode.of(Map.of("network", Map.of("hidden", List.of(8, 8)),
                "transform", Map.of("name", "asinh-mad"))), 2, BE, Init.generator(1));
        copy.load(m.state());
        copy.loadFittedState(m.fittedState());
        Tensor z = BE.fromArray(new double[] {0.3, 0.1}, 1, 2);
        Tensor eps = BE.fromArray(new double[] {0.07}, 1, 1);
        assertArrayEquals(m.physicalRhs(z, eps).toArray(), copy.physicalRhs(z, eps).toArray(), 0);
    }

    @Test
    void normalizationStandardizesColumnsAndKeepsUnitStdForAConstantOne() {
        Normalization n = Normalization.fit(BE.fromArray(new double[] {1, 5, 3, 5}, 2, 2));
        assertArrayEquals(new double[] {2, 5}, n.mean().toArray(), 0);
        assertArrayEquals(new double[] {1, 1}, n.std().toArray(), 0);
    }
}
