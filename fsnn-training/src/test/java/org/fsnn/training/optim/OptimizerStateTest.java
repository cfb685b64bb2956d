// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;

class OptimizerStateTest {
    private static final Backend BE = Backends.reference();

    private static Map<String, Tensor> tree(double a, double b) {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("layer.weight", BE.fromArray(new double[] {a, b}, 1, 2));
        m.put("layer.bias", BE.fromArray(new double[] {b}, 1));
        return m;
    }

    @Test
    void savedStateContinuesExactlyLikeTheLiveOne() {
        Chain opt = OptimizerSpec.parse(org.fsnn.api.spi.ConfigNode.of(Map.of("clipNorm", 10,
                "learningRate", Map.of("type", "exponential", "initial", 0.1, "rate", 0.5, "transitionSteps", 3)))).build();
        Map<String, Tensor> p = tree(1, 2);
        Chain.State s = opt.init(p);
        s = opt.update(tree(0.3, -0.7), s, p).state();
        s = opt.update(tree(-0.1, 0.2), s, p).state();

        Map<String, Tensor> saved = opt.saveState(s);
        assertTrue(saved.containsKey("1/mu/layer.weight") && saved.containsKey("2/count"), saved.keySet().toString());
        Chain.State restored = opt.loadState(saved, p);

        Update<Chain.State> live = opt.update(tree(0.05, 0.4), s, p);
        Update<Chain.State> again = opt.update(tree(0.05, 0.4), restored, p);
        for (String k : live.updates().keySet()) {
            assertArrayEquals(live.updates().get(k).toArray(), again.updates().get(k).toArray(), 0);
        }
        assertEquals(3, ((ScaleByLearningRate.State) again.state().states().get(2)).count());
    }

    @Test
    void loadingNamesAMissingEntry() {
        Chain opt = Optim.adam(0.1);
        Map<String, Tensor> p = tree(1, 2);
        Map<String, Tensor> saved = new LinkedHashMap<>(opt.saveState(opt.init(p)));
        saved.remove("0/nu/layer.bias");
        var e = assertThrows(IllegalArgumentException.class, () -> opt.loadState(saved, p));
        assertTrue(e.getMessage().contains("nu/layer.bias"), e.getMessage());
    }
}
