// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import static org.fsnn.testkit.GradientCheck.BACKEND;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.integrate.FastSlowIntegrator;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.api.nn.Init;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.tensor.Shape;
import org.junit.jupiter.api.Test;

/**
 * The attracting slow manifold of FSNN section 5.1 (Fig. 4): random networks with N_x = N_y = 1,
 * standard-normal initial states, ε = 10⁻³, evolved to t = 4.
 *
 * <p>With N_y = 1 the fast equation is dy/dt = (T(x) + b(x, y) y + ε c(x, y)) y, so
 * |y(t)| = |y(0)| exp(∫ T + b y + ε c). T(x) is the single eigenvalue and is at most λ, the
 * largest value it takes along the trajectory (negative by construction); the bilinear and
 * ε terms are small corrections near y = 0. Hence |y(t)| ≤ |y(0)| e^{λt} up to a factor close to
 * one; the test allows 1.5. The bound also says the manifold attracts: λ ≤ −γ &lt; 0.
 */
class SlowManifoldAttractionTest {
    private static final double T_END = 4;
    private static final int STEPS = 80;

    @Test
    void trajectoriesOfRandomNetworksEndCloseToTheSlowManifold() {
        FastSlowIntegrator imex = FastSlowNetwork.integrator("imex-ssp2", ConfigNode.empty());
        for (long seed = 1; seed <= 5; seed++) {
            FastSlowNetwork net = Networks.build(1, 1, 10, seed);
            int b = 100;
            Var z0 = Var.constant(Init.normal(BACKEND, Shape.of(b, 2), 1, Init.generator(seed + 1000)));
            Var eps = Var.constant(BACKEND.fill(Shape.of(b, 1), 1e-3));
            Var dt = Var.constant(BACKEND.fill(Shape.of(b, 1), T_END / STEPS));
            Rollout r = net.rollout(z0, eps, dt, STEPS, imex);
            double[] largest = new double[b];
            Arrays.fill(largest, Double.NEGATIVE_INFINITY);
            for (FastSlowState s : r.latent()) {
                double[] t = net.schur().eigenvalues(s.x(), eps).real().toArray();
                for (int i = 0; i < b; i++) {
                    largest[i] = Math.max(largest[i], t[i]);
                }
            }
            double[] y0 = r.latent().getFirst().y().value().toArray();
            double[] yEnd = r.latent().getLast().y().value().toArray();
            for (int i = 0; i < b; i++) {
                assertTrue(largest[i] <= -net.schur().spectralBound(), "T = " + largest[i]);
                double bound = 1.5 * Math.abs(y0[i]) * Math.exp(largest[i] * T_END);
                assertTrue(Math.abs(yEnd[i]) <= bound, "seed " + seed + ", sample " + i + ": |y(4)| = "
                        + Math.abs(yEnd[i]) + " exceeds " + bound + " (|y(0)| = " + Math.abs(y0[i]) + ", T ≤ " + largest[i] + ")");
                assertTrue(Math.abs(yEnd[i]) <= 0.2 * Math.abs(y0[i]), "seed " + seed + ", sample " + i
                        + ": the fast coordinate shrank only from " + y0[i] + " to " + yEnd[i]);
            }
        }
    }
}
