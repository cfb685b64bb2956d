// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;

class AdamTest {
    private static final Backend BE = Backends.reference();

    private static Map<String, Tensor> tree(double... v) {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("w", BE.fromArray(v.clone(), v.length));
        return m;
    }

    @Test
    void twoStepsMatchTheHandComputedUpdate() {
        double lr = 0.1;
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = 1e-8;
        Chain adam = Optim.adam(Schedule.constant(lr), b1, b2, eps);
        Map<String, Parameter> params = new LinkedHashMap<>();
        params.put("w", new Parameter("w", BE.fromArray(new double[] {1.0, -2.0}, 2)));
        double[][] grads = {{0.5, -4.0}, {0.25, 1.0}};

        Chain.State state = adam.init(tree(1.0, -2.0));
        double[] w = {1.0, -2.0};
        double[] m = new double[2];
        double[] v = new double[2];
        for (int t = 1; t <= 2; t++) {
            double[] g = grads[t - 1];
            Update<Chain.State> u = adam.update(tree(g), state, tree(w));
            Optim.applyUpdates(params, u.updates());
            state = u.state();
            for (int i = 0; i < 2; i++) {
                m[i] = b1 * m[i] + (1 - b1) * g[i];
                v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
                double mHat = m[i] / (1 - Math.pow(b1, t));
                double vHat = v[i] / (1 - Math.pow(b2, t));
                w[i] -= lr * mHat / (Math.sqrt(vHat) + eps);
            }
        }
        // By hand: step 1 moves each weight by -lr·sign(g); step 2 by lr·m̂/√v̂ with the bias corrections.
        assertEquals(1.0 - 0.1 - 0.1 * (0.9 * 0.05 + 0.025) / 0.19 / Math.sqrt((0.999 * 0.00025 + 0.001 * 0.0625) / (1 - 0.999 * 0.999)),
                w[0], 1e-7);
        double[] got = params.get("w").value().toArray();
        assertEquals(w[0], got[0], 1e-15);
        assertEquals(w[1], got[1], 1e-15);
        assertEquals(2, ((ScaleByAdam.State) state.states().get(0)).count());
    }

    @Test
    void firstStepMovesEveryWeightByTheLearningRate() {
        Chain adam = Optim.adam(0.01);
        Map<String, Tensor> p = tree(3, 3, 3);
        Update<Chain.State> u = adam.update(tree(1e-3, -5, 200), adam.init(p), p);
        double[] d = u.updates().get("w").toArray();
        assertEquals(-0.01, d[0], 1e-7);
        assertEquals(0.01, d[1], 1e-10);
        assertEquals(-0.01, d[2], 1e-10);
    }

    @Test
    void sgdStepsAgainstTheGradient() {
        Chain sgd = Optim.sgd(0.5);
        Map<String, Tensor> p = tree(1, 2);
        Update<Chain.State> u = sgd.update(tree(2, -4), sgd.init(p), p);
        assertEquals(-1, u.updates().get("w").toArray()[0], 0);
        assertEquals(2, u.updates().get("w").toArray()[1], 0);
    }
}
