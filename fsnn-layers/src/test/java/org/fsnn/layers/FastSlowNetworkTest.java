// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import static org.fsnn.testkit.GradientCheck.BACKEND;
import static org.fsnn.testkit.GradientCheck.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.integrate.FastSlowIntegrator;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.api.nn.Init;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.testkit.GradientCheck;
import org.junit.jupiter.api.Test;

class FastSlowNetworkTest {
    private static final int B = 4;

    private static Var eps(long seed) {
        return Var.constant(uniform(seed, 0.05, 0.2, B, 1));
    }

    @Test
    void parametersAreGroupedByPart() {
        FastSlowNetwork net = Networks.build(2, 3, 4, 1);
        for (String group : List.of("flow.", "schur.", "bilinear.", "linear.", "slow.")) {
            assertTrue(net.parameters().keySet().stream().anyMatch(k -> k.startsWith(group)), "no parameters under " + group);
        }
        assertTrue(net.parameters().containsKey("flow.coupling0.scale1.dense0.weight"), net.parameters().keySet().toString());
        assertEquals(net.schur().layout(), net.layout());
    }

    @Test
    void encodeThenDecodeRecoversTheStateAndPutsYFirst() {
        FastSlowNetwork net = Networks.build(2, 3, 6, 2);
        Tensor z = uniform(3, -2, 2, B, 5);
        Var e = eps(4);
        FastSlowState s = net.encode(Var.constant(z), e);
        assertEquals(2, s.x().value().dim(1));
        assertEquals(3, s.y().value().dim(1));
        double[] w = net.flow().forward(Var.constant(z), e).value().toArray();
        double[] y = s.y().value().toArray();
        assertEquals(w[0], y[0], 0, "h(z) = [y, x]: y is the first N_y outputs");
        double[] back = net.decode(s, e).value().toArray();
        double[] want = z.toArray();
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], back[i], 1e-12);
        }
    }

    @Test
    void theSlowManifoldYEqualsZeroIsInvariant() {
        FastSlowNetwork net = Networks.build(2, 3, 6, 5);
        Var x = Var.constant(uniform(6, -2, 2, B, 2));
        Var zero = Var.constant(BACKEND.fill(Shape.of(B, 3), 0));
        for (double v : net.fastNonlinear(x, zero, eps(7)).value().toArray()) {
            assertEquals(0, v, 0);
        }
        Rollout closure = net.closureRollout(Var.constant(uniform(8, -1, 1, B, 5)), eps(9),
                Var.constant(uniform(10, 0.5, 1, B, 1)), 3);
        for (FastSlowState s : closure.latent()) {
            for (double v : s.y().value().toArray()) {
                assertEquals(0, v, 0);
            }
        }
        assertEquals(3, closure.steps());
    }

    @Test
    void hybridRolloutOnTheManifoldEqualsTheClosureRollout() {
        FastSlowNetwork net = Networks.build(1, 2, 5, 11);
        Var e = eps(12);
        Var dt = Var.constant(uniform(13, 0.1, 0.3, B, 1));
        // states on the manifold: decode (x, 0)
        FastSlowState onManifold = new FastSlowState(Var.constant(uniform(14, -1, 1, B, 1)),
                Var.constant(BACKEND.fill(Shape.of(B, 2), 0)));
        Var z0 = net.decode(onManifold, e);
        double[] closure = net.closureRollout(z0, e, dt, 4).states().getLast().value().toArray();
        double[] hybrid = net.hybridRollout(z0, e, dt, 4, ConfigNode.empty()).states().getLast().value().toArray();
        for (int i = 0; i < closure.length; i++) {
            assertEquals(closure[i], hybrid[i], 1e-12);
        }
    }

    @Test
    void fastEigenvaluesAtStatesHaveNegativeRealParts() {
        FastSlowNetwork net = Networks.build(2, 5, 6, 15);
        FastEigenvalues ev = net.fastEigenvalues(uniform(16, -3, 3, 30, 7), uniform(17, 0, 0.01, 30, 1));
        assertEquals(30, ev.real().dim(0));
        assertEquals(5, ev.real().dim(1));
        for (double re : ev.real().toArray()) {
            assertTrue(re <= -net.schur().spectralBound(), "eigenvalue real part " + re);
        }
    }

    /** Σ of all decoded states and latent states of a 5-step IMEX rollout. */
    private static Var rolloutOutput(FastSlowNetwork net, Tensor z0, Var e, Var dt, FastSlowIntegrator integrator) {
        Rollout r = net.rollout(Var.constant(z0), e, dt, 5, integrator);
        List<Var> parts = new ArrayList<>(r.states());
        for (FastSlowState s : r.latent()) {
            parts.add(s.x());
            parts.add(s.y());
        }
        return Ops.concat(parts);
    }

    @Test
    void rolloutGradientsForEveryParameterGroupMatchFiniteDifferences() {
        FastSlowNetwork net = Networks.build(1, 2, 3, 18);
        // move every parameter off its initialization so that no group is special (e.g. small B)
        long s = 100;
        for (Parameter p : net.parameters().values()) {
            p.set(BACKEND.zip(BinaryOp.ADD, p.value(), uniform(s++, -0.3, 0.3, p.shape().dims())));
        }
        FastSlowIntegrator imex = FastSlowNetwork.integrator("imex-ssp2", ConfigNode.empty());
        Tensor z0 = uniform(19, -1, 1, B, 3);
        Var e = eps(20);
        Var dt = Var.constant(uniform(21, 0.1, 0.2, B, 1));
        for (String group : List.of("flow.", "schur.", "bilinear.", "linear.", "slow.")) {
            Map<String, Parameter> params = new LinkedHashMap<>();
            net.parameters().forEach((k, p) -> {
                if (k.startsWith(group)) {
                    params.put(k, p);
                }
            });
            GradientCheck.parameters("rollout " + group, params, () -> rolloutOutput(net, z0, e, dt, imex), 3);
        }
        GradientCheck.inputs("rollout z0", in -> {
            Rollout r = net.rollout(in.get(0), in.get(1), dt, 5, imex);
            return Ops.concat(r.states());
        }, z0, e.value());
    }

    @Test
    void badConfigsAndShapesFailWithTheirPaths() {
        Map<String, Object> withTypo = new LinkedHashMap<>(Networks.config(1, 1, 3).asMap());
        withTypo.put("fastdim", 2);
        var e = assertThrows(IllegalArgumentException.class,
                () -> new FastSlowNetwork(ConfigNode.of(withTypo), BACKEND, Init.generator(1)));
        assertTrue(e.getMessage().contains("$.fastdim"), e.getMessage());
        Map<String, Object> badSchur = new LinkedHashMap<>(Networks.config(1, 1, 3).asMap());
        badSchur.put("schur", Map.of("margin", -1));
        e = assertThrows(IllegalArgumentException.class,
                () -> new FastSlowNetwork(ConfigNode.of(badSchur), BACKEND, Init.generator(1)));
        assertTrue(e.getMessage().contains("$.schur.margin"), e.getMessage());
        FastSlowNetwork net = Networks.build(1, 1, 3, 1);
        e = assertThrows(IllegalArgumentException.class, () -> net.encode(Var.constant(uniform(1, 0, 1, 2, 3)), eps(1)));
        assertTrue(e.getMessage().contains("[b, 2]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FastSlowNetwork.integrator("rk4", ConfigNode.empty()));
        assertTrue(e.getMessage().contains("rk4"), e.getMessage());
    }
}
