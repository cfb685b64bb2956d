// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;

class ClipByGlobalNormTest {
    private static final Backend BE = Backends.reference();

    private static Map<String, Tensor> grads() {
        Map<String, Tensor> g = new LinkedHashMap<>();
        g.put("a", BE.fromArray(new double[] {3}, 1));
        g.put("b", BE.fromArray(new double[] {0, 4}, 2));
        return g;
    }

    @Test
    void scalesEveryTensorByTheSameFactorToTheBound() {
        ClipByGlobalNorm clip = Optim.clipByGlobalNorm(1);
        Map<String, Tensor> g = grads();
        assertEquals(5, ClipByGlobalNorm.globalNorm(g), 0);
        Map<String, Tensor> u = clip.update(g, clip.init(g), g).updates();
        assertArrayEquals(new double[] {0.6}, u.get("a").toArray(), 1e-15);
        assertArrayEquals(new double[] {0, 0.8}, u.get("b").toArray(), 1e-15);
        assertEquals(1, ClipByGlobalNorm.globalNorm(u), 1e-15);
    }

    @Test
    void leavesGradientsWithinTheBoundUnchanged() {
        ClipByGlobalNorm clip = Optim.clipByGlobalNorm(5);
        Map<String, Tensor> g = grads();
        assertSame(g, clip.update(g, clip.init(g), g).updates());
    }

    @Test
    void rejectsANonPositiveBound() {
        assertThrows(IllegalArgumentException.class, () -> Optim.clipByGlobalNorm(0));
    }
}
