// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.autodiff.Tape;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.integrate.FastSlowState;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.layers.FastSlowNetwork;
import org.fsnn.layers.Rollout;
import org.fsnn.training.experiment.ExperimentJson;
import org.fsnn.training.plot.Charts;
import org.fsnn.training.plot.Series;
import org.knowm.xchart.XYChart;

/**
 * {@code fsnn-random-init}, Fig. 4 of the FSNN paper: untrained FSNNs (N_x = N_y = 1) from
 * several random initializations ({@link FsnnInit}) attract standard-normal initial states to
 * their slow manifold y = 0. Each network integrates the states to t = 4 with the full IMEX scheme
 * at ε = 0.01 (the paper does not give ε); reported are the final distances |y(4)| to y = 0 and
 * ‖z(4) − h⁻¹(x(4), 0)‖ to the manifold in the original coordinates, and a plot of the states and
 * the manifold curve h⁻¹(x, 0) per network.
 */
public final class RandomInitReproduction implements FsnnReproduction {
    /** The end time of Fig. 4. */
    public static final double T_END = 4;
    /** The ε of the rollouts. */
    public static final double EPS = 0.01;

    /** For {@link FsnnReproductions#ALL}. */
    public RandomInitReproduction() {}

    @Override
    public String name() {
        return "fsnn-random-init";
    }

    @Override
    public String description() {
        return "FSNN Fig. 4: random initializations attract standard-normal states to their slow manifold y = 0";
    }

    /** The network of one panel: the simple-manifold architecture. */
    static FastSlowNetwork network(long seed, Backend backend) {
        Map<String, Object> small = Map.of("hidden", List.of(10));
        return FsnnInit.defaults(seed).create(Map.of("slowDim", 1, "fastDim", 1,
                "flow", Map.of("depth", 1, "hidden", List.of(10)), "schur", small,
                "bilinear", Map.of("rank", 2, "hidden", List.of(10)), "linear", small, "slow", small), backend);
    }

    /**
     * The result of one network.
     *
     * @param seed its seed
     * @param initialY mean |y(0)|
     * @param finalY mean |y(T)|
     * @param maxFinalY max |y(T)|
     * @param maxManifoldDistance max ‖z(T) − h⁻¹(x(T), 0)‖
     * @param z0 the initial states {@code [i][2]}
     * @param zT the final states
     * @param curve points of h⁻¹(x, 0) over the range of x(T)
     */
    public record Panel(long seed, double initialY, double finalY, double maxFinalY, double maxManifoldDistance,
            double[][] z0, double[][] zT, double[][] curve) {}

    /** Integrates {@code count} standard-normal states with the network of {@code seed}. */
    public static Panel panel(long seed, int count, Backend backend) {
        FastSlowNetwork net = network(seed, backend);
        SplittableRandom rng = new SplittableRandom(1000 + seed);
        double[] z = new double[2 * count];
        for (int i = 0; i < z.length; i++) {
            z[i] = rng.nextGaussian();
        }
        int steps = 40;
        double[] eps = new double[count];
        Arrays.fill(eps, EPS);
        double[] dt = new double[count];
        Arrays.fill(dt, T_END / steps);
        try (Tape.NoGrad _ = Tape.noGrad()) {
            Var epsVar = Var.constant(backend.fromArray(eps, count, 1));
            Rollout r = net.rollout(Var.constant(backend.fromArray(z, count, 2)), epsVar,
                    Var.constant(backend.fromArray(dt, count, 1)), steps,
                    FastSlowNetwork.integrator(FastSlowNetwork.FULL_INTEGRATOR, ConfigNode.of(Map.of("substeps", 4))));
            double[] y0 = r.latent().getFirst().y().value().toArray();
            FastSlowState last = r.latent().getLast();
            double[] yT = last.y().value().toArray();
            double[] xT = last.x().value().toArray();
            double[] zT = r.states().getLast().value().toArray();
            Var onManifold = net.decode(new FastSlowState(last.x(),
                    Var.constant(backend.fromArray(new double[count], count, 1))), epsVar);
            double[] proj = onManifold.value().toArray();
            double dist = 0;
            for (int i = 0; i < count; i++) {
                dist = Math.max(dist, Math.hypot(zT[2 * i] - proj[2 * i], zT[2 * i + 1] - proj[2 * i + 1]));
            }
            double lo = Arrays.stream(xT).min().orElseThrow();
            double hi = Arrays.stream(xT).max().orElseThrow();
            int m = 200;
            double[] xs = new double[m];
            double[] eps2 = new double[m];
            Arrays.fill(eps2, EPS);
            for (int k = 0; k < m; k++) {
                xs[k] = lo - 0.1 * (hi - lo) + 1.2 * (hi - lo) * k / (m - 1);
            }
            double[] curve = net.decode(new FastSlowState(Var.constant(backend.fromArray(xs, m, 1)),
                    Var.constant(backend.fromArray(new double[m], m, 1))),
                    Var.constant(backend.fromArray(eps2, m, 1))).value().toArray();
            return new Panel(seed, meanAbs(y0), meanAbs(yT), Arrays.stream(yT).map(Math::abs).max().orElseThrow(),
                    dist, pairs(z), pairs(zT), pairs(curve));
        }
    }

    private static double meanAbs(double[] v) {
        return Arrays.stream(v).map(Math::abs).average().orElseThrow();
    }

    private static double[][] pairs(double[] v) {
        double[][] out = new double[v.length / 2][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[] {v[2 * i], v[2 * i + 1]};
        }
        return out;
    }

    @Override
    public Path run(boolean quick, Path out, FsnnRunner runner, PrintWriter log) {
        Backend backend = Backends.reference();
        int count = quick ? 200 : 1000;
        List<Panel> panels = new ArrayList<>();
        List<XYChart> charts = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        StringBuilder md = new StringBuilder("# FSNN random initializations (Fig. 4)\n\n" + count
                + " standard-normal initial states integrated to t = 4 (40 steps of 0.1, 4 IMEX-SSP2 sub-steps each,"
                + " ε = 0.01) by untrained networks N_x = N_y = 1 of three seeds, initialized as `FsnnInit`"
                + " describes.\n\n| seed | mean \\|y(0)\\| | mean \\|y(4)\\| | max \\|y(4)\\| | max ‖z(4) − h⁻¹(x(4), 0)‖ |\n"
                + "| --- | --- | --- | --- | --- |\n");
        for (long seed : List.of(1L, 2L, 3L)) {
            Panel p = panel(seed, count, backend);
            panels.add(p);
            log.printf(Locale.ROOT, "seed %d: mean |y| %.3e -> %.3e, max distance to the manifold %.3e%n", seed,
                    p.initialY(), p.finalY(), p.maxManifoldDistance());
            md.append(String.format(Locale.ROOT, "| %d | %.3e | %.3e | %.3e | %.3e |%n", seed, p.initialY(), p.finalY(),
                    p.maxFinalY(), p.maxManifoldDistance()));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("seed", seed);
            row.put("meanInitialY", p.initialY());
            row.put("meanFinalY", p.finalY());
            row.put("maxFinalY", p.maxFinalY());
            row.put("maxManifoldDistance", p.maxManifoldDistance());
            rows.add(row);
            XYChart c = Charts.lines("seed " + seed + ": states at t = 4 and the slow manifold", "z1", "z2",
                    List.of(series("slow manifold h⁻¹(x, 0)", p.curve())));
            charts.add(FsnnPlots.withDots(c, List.of(series("t = 0", p.z0()), series("t = 4", p.zT()))));
        }
        md.append("\n![states and slow manifolds](random-init.png)\n");
        FsnnPlots.save(out.resolve("random-init.png"), charts, 3);
        try {
            FsnnReproductions.write(out.resolve("metrics.json"),
                    ExperimentJson.mapper().writeValueAsString(Map.of("panels", rows)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path summary = out.resolve("reproduce.md");
        FsnnReproductions.write(summary, md.toString());
        return summary;
    }

    private static Series series(String name, double[][] points) {
        double[] x = new double[points.length];
        double[] y = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            x[i] = points[i][0];
            y[i] = points[i][1];
        }
        return new Series(name, x, y);
    }
}
