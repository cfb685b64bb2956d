// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.loss.LossProvider;
import org.fsnn.api.nn.Init;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.training.model.RhsModel;
import org.junit.jupiter.api.Test;

class RhsMseTest {
    private static final Backend BE = Backends.reference();

    /** A model whose output is the constant a = (0.5, −1): every weight 0, output bias set. */
    private static RhsModel constantModel(String transform, RhsBatch data) {
        RhsModel m = RhsModel.fit(ConfigNode.of(Map.of("network", Map.of("hidden", List.of(3)),
                "transform", Map.of("name", transform))), data.states(), data.eps(), data.targets(), BE, Init.generator(2));
        m.parameters().forEach((name, p) -> p.set(BE.fill(p.shape(), 0)));
        m.parameters().get("net.dense1.bias").set(BE.fromArray(new double[] {0.5, -1}, 2));
        return m;
    }

    private static RhsBatch batch() {
        Tensor z = BE.fromArray(new double[] {0.1, 0.2, 0.3, 0.4}, 2, 2);
        Tensor e = BE.fromArray(new double[] {0.1, 0.1}, 2, 1);
        Tensor f = BE.fromArray(new double[] {1, 2, 0, -1}, 2, 2);
        return new RhsBatch(z, e, f);
    }

    /** asinh by its definition, ln(x + √(x² + 1)). */
    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    @Test
    void identityTargetsGiveTheMeanSquaredNorm() {
        RhsBatch b = batch();
        RhsModel m = constantModel("identity", b);
        var loss = Registry.load(LossProvider.class).get("rhs-mse").create(ConfigNode.empty()).as(RhsModel.class, RhsBatch.class);
        // ((0.5 − 1)² + (−1 − 2)² + 0.5² + (−1 + 1)²) / 2
        assertEquals(4.75, loss.terms(m, b).total().value().item(), 1e-15);
    }

    @Test
    void asinhTargetsAreComparedInTransformedSpace() {
        RhsBatch b = batch();
        RhsModel m = constantModel("asinh-mad", b);
        // Two samples per column: median = mean, MAD = half the spread; s = MAD / Φ⁻¹(3/4).
        double s0 = 0.5 / 0.6744897501960817;
        double s1 = 1.5 / 0.6744897501960817;
        double want = (Math.pow(0.5 - asinh(1 / s0), 2) + Math.pow(-1 - asinh(2 / s1), 2)
                + Math.pow(0.5 - asinh(0 / s0), 2) + Math.pow(-1 - asinh(-1 / s1), 2)) / 2;
        assertEquals(want, new RhsMse().terms(m, b).terms().get(RhsMse.TERM).value().item(), 1e-14);
    }
}
