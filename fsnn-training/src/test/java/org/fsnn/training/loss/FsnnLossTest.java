// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.integrate.FastSlowIntegrator;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.api.loss.Loss;
import org.fsnn.api.loss.LossProvider;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.layers.FastSlowNetwork;
import org.junit.jupiter.api.Test;

class FsnnLossTest {
    private static final Backend BE = Backends.reference();

    /** Two fast trajectories (uneven times, different ε), one slow one, two manifold points. */
    static FsnnBatch batch() {
        TrajectoryBatch fast = new TrajectoryBatch(
                BE.fromArray(new double[] {0.5, 0.9, 0.45, 0.6, 0.4, 0.5, /**/ -0.2, 0.3, -0.19, 0.1, -0.18, 0.0}, 2, 3, 2),
                BE.fromArray(new double[] {0, 0.1, 0.3, 0, 0.2, 0.25}, 2, 3),
                BE.fromArray(new double[] {0.1, 0.02}, 2, 1));
        TrajectoryBatch slow = new TrajectoryBatch(
                BE.fromArray(new double[] {0.8, 0.44, 0.6, 0.37, 0.45, 0.31}, 1, 3, 2),
                BE.fromArray(new double[] {0, 1, 2.5}, 1, 3),
                BE.fromArray(new double[] {0.05}, 1, 1));
        return new FsnnBatch(fast, slow, BE.fromArray(new double[] {0.3, 0.23, 0.7, 0.41}, 2, 2),
                BE.fromArray(new double[] {0.05, 0.1}, 2, 1));
    }

    private static double[] encodeOne(FastSlowNetwork net, double z0, double z1, double eps, boolean y) {
        FastSlowState s = net.encode(Var.constant(BE.fromArray(new double[] {z0, z1}, 1, 2)),
                Var.constant(BE.fromArray(new double[] {eps}, 1, 1)));
        return (y ? s.y() : s.x()).value().toArray();
    }

    /**
     * Eq. (4.2) summed literally, one trajectory at a time: ½((e_{n+1}) + e_n)(t_{n+1} − t_n) for
     * the system, fast and slow errors; returns {L_sys, L_fast, L_slow}.
     */
    private static double[] integrals(FastSlowNetwork net, TrajectoryBatch data, int k, boolean closure) {
        FastSlowIntegrator integrator = FastSlowNetwork.integrator(closure ? "slow-manifold" : "imex-ssp2", ConfigNode.empty());
        int p = data.points();
        double[] z = data.states().toArray();
        double[] t = data.times().toArray();
        double eps = data.eps().toArray()[k];
        Var e = Var.constant(BE.fromArray(new double[] {eps}, 1, 1));
        double[][] err = new double[p][3];
        FastSlowState model = null;
        for (int n = 0; n < p; n++) {
            double za = z[(k * p + n) * 2];
            double zb = z[(k * p + n) * 2 + 1];
            double x = encodeOne(net, za, zb, eps, false)[0];
            double y = encodeOne(net, za, zb, eps, true)[0];
            if (n == 0) {
                model = new FastSlowState(Var.constant(BE.fromArray(new double[] {x}, 1, 1)),
                        Var.constant(BE.fromArray(new double[] {closure ? 0 : y}, 1, 1)));
            } else {
                double dt = t[k * p + n] - t[k * p + n - 1];
                model = integrator.step(net, model, e, Var.constant(BE.fromArray(new double[] {dt}, 1, 1)));
            }
            double[] zm = net.decode(model, e).value().toArray();
            err[n][0] = Math.pow(zm[0] - za, 2) + Math.pow(zm[1] - zb, 2);
            err[n][1] = Math.pow(model.y().value().item() - y, 2);
            err[n][2] = Math.pow(model.x().value().item() - x, 2);
        }
        double[] l = new double[3];
        for (int n = 0; n < p - 1; n++) {
            double dt = t[k * p + n + 1] - t[k * p + n];
            for (int c = 0; c < 3; c++) {
                l[c] += 0.5 * (err[n + 1][c] + err[n][c]) * dt;
            }
        }
        return l;
    }

    @Test
    void termsMatchTheFormulasSummedOneTrajectoryAtATime() {
        FastSlowNetwork net = TinyFsnn.network(11);
        FsnnBatch b = batch();
        Map<String, Double> got = new FsnnLossProvider().create(ConfigNode.empty()).terms(net, b).values();

        double[] sys = new double[3];
        double slowOverEps = 0;
        double[] epsFast = b.fast().eps().toArray();
        for (int k = 0; k < 2; k++) {
            double[] l = integrals(net, b.fast(), k, false);
            sys[0] += l[0];
            sys[1] += l[1];
            slowOverEps += l[2] / epsFast[k];
        }
        double[] l = integrals(net, b.slow(), 0, true);
        sys[0] += l[0];
        sys[1] += l[1];
        slowOverEps += l[2] / 0.05;
        double manifold = 0;
        double[] m = b.manifold().toArray();
        double[] me = b.manifoldEps().toArray();
        for (int k = 0; k < 2; k++) {
            manifold += Math.pow(encodeOne(net, m[2 * k], m[2 * k + 1], me[k], true)[0], 2) / 2;
        }
        assertEquals(List.of("system", "fast", "slow", "manifold"), List.copyOf(got.keySet()));
        assertEquals(sys[0] / 3, got.get("system"), 1e-14);
        assertEquals(sys[1] / 3, got.get("fast"), 1e-14);
        assertEquals(slowOverEps / 3, got.get("slow"), 1e-13);
        assertEquals(manifold, got.get("manifold"), 1e-15);
        assertTrue(got.get("slow") > 0 && got.get("system") > 0, got.toString());
    }

    @Test
    void slowTermWeighsEachTrajectoryByItsOwnEpsilon() {
        FastSlowNetwork net = TinyFsnn.network(4);
        FsnnBatch b = batch();
        FsnnLoss slow = new FsnnLossProvider.SlowTerm().create(ConfigNode.of(Map.of("weight", 2)));
        double both = slow.terms(net, new FsnnBatch(b.fast(), null, null, null)).values().get("slow");
        double l0 = integrals(net, b.fast(), 0, false)[2];
        double l1 = integrals(net, b.fast(), 1, false)[2];
        assertEquals(2 * (l0 / 0.1 + l1 / 0.02) / 2, both, 1e-13);
        assertTrue(Math.abs(both - 2 * (l0 + l1) / 2 / 0.1) > 1e-6 * both, "one ε outside the sum would give another value");
    }

    @Test
    void compositeOfTheSingleTermPluginsEqualsTheJointLoss() {
        FastSlowNetwork net = TinyFsnn.network(5);
        FsnnBatch b = batch();
        Map<String, Double> joint = new FsnnLossProvider().create(ConfigNode.of(Map.of("slow", 0.5))).terms(net, b).values();
        CompositeLoss<FastSlowNetwork, FsnnBatch> sum = CompositeLoss.parse(ConfigNode.of(Map.of("terms", List.of(
                Map.of("loss", "fsnn-system"), Map.of("loss", "fsnn-fast"), Map.of("loss", "fsnn-slow", "weight", 0.5),
                Map.of("loss", "fsnn-manifold")))), FastSlowNetwork.class, FsnnBatch.class);
        Map<String, Double> parts = sum.terms(net, b).values();
        assertEquals(joint.keySet(), parts.keySet());
        joint.forEach((k, v) -> assertEquals(v, parts.get(k), 1e-15 * (1 + v), k));
        assertTrue(Registry.load(LossProvider.class).names().containsAll(
                List.of("rhs-mse", "fsnn", "fsnn-system", "fsnn-fast", "fsnn-slow", "fsnn-manifold")));
    }

    @Test
    void gradientsMatchCentralDifferences() {
        FastSlowNetwork net = TinyFsnn.network(8);
        FsnnBatch b = batch();
        Loss<FastSlowNetwork, FsnnBatch> loss = new FsnnLossProvider().create(ConfigNode.empty());
        net.zeroGrad();
        try (Tape tape = Tape.open()) {
            tape.backward(loss.terms(net, b).total());
        }
        int checked = 0;
        for (var e : net.parameters().entrySet()) {
            if (!(e.getKey().endsWith("dense0.weight") || e.getKey().endsWith("dense1.bias"))) {
                continue;
            }
            Parameter p = e.getValue();
            double[] v = p.value().toArray();
            double[] g = p.grad().toArray();
            for (int i = 0; i < v.length; i += 3) {
                double h = 1e-6;
                double[] up = v.clone();
                double[] dn = v.clone();
                up[i] += h;
                dn[i] -= h;
                p.set(BE.fromArray(up, p.shape().dims()));
                double fu = loss.terms(net, b).total().value().item();
                p.set(BE.fromArray(dn, p.shape().dims()));
                double fd = loss.terms(net, b).total().value().item();
                p.set(BE.fromArray(v, p.shape().dims()));
                double want = (fu - fd) / (2 * h);
                assertEquals(want, g[i], 1e-6 * (1 + Math.abs(want)), e.getKey() + "[" + i + "]");
                checked++;
            }
        }
        assertTrue(checked > 10, "checked " + checked);
    }

    @Test
    void normalizationDividesByDurationAndDropsTheEpsilon() {
        FastSlowNetwork net = TinyFsnn.network(6);
        FsnnBatch full = batch();
        TrajectoryBatch f = full.fast();
        TrajectoryBatch one = new TrajectoryBatch(BE.fromArray(java.util.Arrays.copyOf(f.states().toArray(), 6), 1, 3, 2),
                BE.fromArray(new double[] {0, 0.1, 0.3}, 1, 3), BE.fromArray(new double[] {0.1}, 1, 1));
        FsnnBatch b = new FsnnBatch(one, null, null, null);
        var paper = new FsnnLossProvider().create(ConfigNode.empty()).terms(net, b).values();
        var averaged = new FsnnLossProvider().create(ConfigNode.of(Map.of("timeAverage", true,
                "slowOverEpsilon", false))).terms(net, b).values();
        assertEquals(paper.get("system") / 0.3, averaged.get("system"), 1e-14);
        assertEquals(paper.get("fast") / 0.3, averaged.get("fast"), 1e-14);
        assertEquals(paper.get("slow") * 0.1 / 0.3, averaged.get("slow"), 1e-14);
        assertTrue(paper.get("slow") > 0);
    }

    @Test
    void substepsReachTheIntegrators() {
        FastSlowNetwork net = TinyFsnn.network(7);
        FsnnBatch b = batch();
        var two = new FsnnLossProvider().create(ConfigNode.of(Map.of("substeps", 2, "slowSubsteps", 3)))
                .terms(net, b).values();
        var direct = new FsnnLoss(FsnnLoss.Weights.all(),
                new org.fsnn.integrators.imex.ImexRungeKutta(org.fsnn.integrators.imex.ImexTableau.SSP2_222, 2),
                new org.fsnn.integrators.imex.SlowManifold(org.fsnn.integrators.imex.ImexTableau.SSP2_222, 3))
                .terms(net, b).values();
        var one = new FsnnLossProvider().create(ConfigNode.empty()).terms(net, b).values();
        assertEquals(direct, two);
        assertTrue(Math.abs(one.get("system") - two.get("system")) > 1e-12, one + " vs " + two);
    }
}
