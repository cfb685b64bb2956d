// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.api.transform.TargetTransform;
import org.fsnn.api.transform.TargetTransformProvider;
import org.junit.jupiter.api.Test;

class AsinhMadTest {
    private static final Backend BE = Backends.reference();

    /** Column 0: 1, 2, 3, 4, 100 (median 3, deviations 2, 1, 0, 1, 97 → MAD 1); column 1: −10 … −50. */
    private static Tensor targets() {
        return BE.fromArray(new double[] {1, -10, 2, -20, 3, -30, 4, -40, 100, -50}, 5, 2);
    }

    @Test
    void scaleIsTheMadAboutTheMedianOverPhiInverseOfThreeQuarters() {
        TargetTransformProvider p = Registry.load(TargetTransformProvider.class).get("asinh-mad");
        AsinhMadTransform t = (AsinhMadTransform) p.fit(ConfigNode.empty(), targets());
        // Column 1 has median −30 ≠ 0: MAD about the median is 10, while median |Z| would be 30.
        assertArrayEquals(new double[] {1 / 0.6744897501960817, 10 / 0.6744897501960817}, t.scales().toArray(), 1e-15);
        AsinhMadTransform raw = (AsinhMadTransform) p.fit(ConfigNode.of(Map.of("normalConsistent", false)), targets());
        assertArrayEquals(new double[] {1, 10}, raw.scales().toArray(), 0);
    }

    @Test
    void madOfALargeNormalSampleEstimatesSigma() {
        var rng = new java.util.SplittableRandom(3);
        double[] z = new double[20001];
        for (int i = 0; i < z.length; i++) {
            z[i] = 5 + 2 * rng.nextGaussian();
        }
        assertEquals(2, RobustScale.sigma(z), 0.05);
    }

    @Test
    void inverseUndoesForwardAndItsDerivativeMatchesDifferences() {
        TargetTransform t = new AsinhMadProvider().fit(ConfigNode.empty(), targets());
        Tensor f = BE.fromArray(new double[] {-1e4, 3e-3, 0.5, 7e5}, 2, 2);
        Tensor a = t.forward(Var.constant(f)).value();
        assertArrayEquals(f.toArray(), t.inverse(Var.constant(a)).value().toArray(), 1e-9 * 7e5);
        double[] av = a.toArray();
        double[] d = t.inverseDerivative(Var.constant(a)).value().toArray();
        for (int i = 0; i < av.length; i++) {
            double h = 1e-6;
            double[] up = av.clone();
            double[] dn = av.clone();
            up[i] += h;
            dn[i] -= h;
            double fd = (t.inverse(Var.constant(BE.fromArray(up, 2, 2))).value().toArray()[i]
                    - t.inverse(Var.constant(BE.fromArray(dn, 2, 2))).value().toArray()[i]) / (2 * h);
            assertEquals(fd, d[i], 1e-6 * Math.abs(fd));
        }
    }

    @Test
    void restoresFromItsSavedScales() {
        TargetTransform t = new AsinhMadProvider().fit(ConfigNode.empty(), targets());
        TargetTransform back = new AsinhMadProvider().restore(ConfigNode.empty(), t.state());
        Tensor f = BE.fromArray(new double[] {2, -3}, 1, 2);
        assertArrayEquals(t.forward(Var.constant(f)).value().toArray(), back.forward(Var.constant(f)).value().toArray(), 0);
        var e = assertThrows(IllegalArgumentException.class, () -> new AsinhMadProvider().restore(ConfigNode.empty(), Map.of()));
        assertTrue(e.getMessage().contains("scales"), e.getMessage());
    }

    @Test
    void constantComponentGetsUnitScaleAndIdentityIsIdentity() {
        Tensor c = BE.fromArray(new double[] {4, 1, 4, 2, 4, 3}, 3, 2);
        assertArrayEquals(new double[] {1, 1 / 0.6744897501960817},
                ((AsinhMadTransform) new AsinhMadProvider().fit(ConfigNode.empty(), c)).scales().toArray(), 1e-15);
        TargetTransform id = Registry.load(TargetTransformProvider.class).get("identity").fit(ConfigNode.empty(), c);
        assertArrayEquals(c.toArray(), id.inverse(id.forward(Var.constant(c))).value().toArray(), 0);
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1}, id.inverseDerivative(Var.constant(c)).value().toArray(), 0);
    }
}
