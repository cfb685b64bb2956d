// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import static org.fsnn.testkit.GradientCheck.BACKEND;
import static org.fsnn.testkit.GradientCheck.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.layer.InvertibleLayer;
import org.fsnn.api.nn.Init;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;

class CouplingFlowTest {
    private static final MlpSpec NETWORK = new MlpSpec(List.of(6, 6), Activation.SILU, Activation.IDENTITY, 0);

    /** Adds U(−½, ½) noise to every parameter (zero biases included), so no map is near the identity. */
    private static void randomize(InvertibleLayer layer, long seed) {
        long s = seed;
        for (Parameter p : layer.parameters().values()) {
            p.set(BACKEND.zip(BinaryOp.ADD, p.value(), uniform(s++, -0.5, 0.5, p.shape().dims())));
        }
    }

    private static void assertRoundTrip(InvertibleLayer layer, int dim, long seed) {
        Tensor z = uniform(seed, -3, 3, 8, dim);
        Var eps = Var.constant(uniform(seed + 1, 1e-5, 1e-2, 8, 1));
        Var forward = layer.forward(Var.constant(z), eps);
        assertClose(z, layer.inverse(forward, eps).value(), "h⁻¹(h(z)) for dim " + dim + ", seed " + seed);
        Var backward = layer.inverse(Var.constant(z), eps);
        assertClose(z, layer.forward(backward, eps).value(), "h(h⁻¹(w)) for dim " + dim + ", seed " + seed);
        double moved = 0;
        double[] a = z.toArray();
        double[] b = forward.value().toArray();
        for (int i = 0; i < a.length; i++) {
            moved = Math.max(moved, Math.abs(a[i] - b[i]));
        }
        assertTrue(moved > 0.1, "the map should not be close to the identity, moved " + moved);
    }

    private static void assertClose(Tensor want, Tensor got, String what) {
        double[] w = want.toArray();
        double[] g = got.toArray();
        for (int i = 0; i < w.length; i++) {
            assertEquals(w[i], g[i], 1e-12, what + " at " + i);
        }
    }

    @Test
    void flowInverseRecoversTheInputToRoundOff() {
        for (int dim : new int[] {2, 3, 5}) {
            for (long seed = 1; seed <= 3; seed++) {
                CouplingFlow h = new CouplingFlow(BACKEND, dim, 1, 3, 2, AffineCoupling.defaultSplit(dim), NETWORK,
                        Init.generator(seed));
                randomize(h, seed * 100);
                assertRoundTrip(h, dim, seed);
            }
        }
    }

    @Test
    void theFlowDependsOnEpsilon() {
        CouplingFlow h = new CouplingFlow(BACKEND, 3, 1, 1, 2, 1, NETWORK, Init.generator(4));
        Var z = Var.constant(uniform(5, -1, 1, 1, 3));
        double[] small = h.forward(z, Var.constant(BACKEND.fromArray(new double[] {1e-5}, 1, 1))).value().toArray();
        double[] large = h.forward(z, Var.constant(BACKEND.fromArray(new double[] {0.5}, 1, 1))).value().toArray();
        double change = 0;
        for (int i = 0; i < 3; i++) {
            change = Math.max(change, Math.abs(small[i] - large[i]));
        }
        assertTrue(change > 1e-3, "h(z; ε) should change with ε, changed " + change);
    }

    @Test
    void couplingInverseRecoversTheInputToRoundOffForEverySplit() {
        for (int split = 1; split < 4; split++) {
            AffineCoupling g = new AffineCoupling(BACKEND, 4, split, 1, 3, NETWORK, Init.generator(split));
            randomize(g, split * 10L);
            assertRoundTrip(g, 4, split);
        }
    }

    @Test
    void couplingScalesStayWithinTheBounds() {
        // with B = C = 0 the coupling is y = diag(θ_L(F(x₂))) x₁, …, so |y₁ / x₁| ∈ [1/L, L]
        double l = 1.5;
        AffineCoupling g = new AffineCoupling(BACKEND, 2, 1, 0, l, NETWORK, Init.generator(3));
        for (var e : g.parameters().entrySet()) {
            Parameter p = e.getValue();
            boolean shift = e.getKey().startsWith("shift");
            p.set(shift ? BACKEND.fill(p.shape(), 0) : uniform(e.getKey().hashCode(), -20, 20, p.shape().dims()));
        }
        Tensor x = uniform(5, 0.5, 2, 50, 2);
        double[] in = x.toArray();
        double[] out = g.forward(Var.constant(x), null).value().toArray();
        for (int i = 0; i < in.length; i++) {
            double ratio = out[i] / in[i];
            assertTrue(ratio >= 1 / l - 1e-12 && ratio <= l + 1e-12, "scale " + ratio + " outside [1/L, L]");
        }
    }
}
