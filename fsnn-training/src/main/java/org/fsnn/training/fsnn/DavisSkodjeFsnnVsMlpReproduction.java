// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.augment.SystemFamily;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.SlowManifold;
import org.fsnn.api.system.SystemProvider;
import org.fsnn.training.data.EpsilonSampler;
import org.fsnn.training.data.FastSlowDataset;
import org.fsnn.training.data.SlowStart;
import org.fsnn.training.data.SolverSpec;
import org.fsnn.training.data.StepScale;
import org.fsnn.training.data.SubsetSpec;
import org.fsnn.training.data.TrajectoryData;
import org.fsnn.training.data.TrajectoryRecipe;
import org.fsnn.training.data.TrajectorySimulator;
import org.fsnn.training.experiment.CloudSpec;
import org.fsnn.training.experiment.EvaluationSpec;
import org.fsnn.training.experiment.Experiment;
import org.fsnn.training.experiment.ExperimentRunner;
import org.fsnn.training.experiment.Presets;
import org.fsnn.training.experiment.RunOutcome;
import org.fsnn.training.metrics.EpsMetrics;
import org.fsnn.training.metrics.Evaluator;
import org.fsnn.training.plot.Charts;
import org.fsnn.training.plot.Series;
import org.knowm.xchart.XYChart;

/**
 * {@code davis-skodje-fsnn-vs-mlp}, beyond both papers: the FSNN and the stiff operator recipe's
 * right-hand-side MLP (Table 1 of the stiff operator-learning paper, identity targets) trained on
 * Davis–Skodje over the same ε grid (eq. 30), each with and without fuzzy-cloud data, and scored by
 * one {@link Evaluator} (rollout L2, E_λ,fast, E_λ,slow of eqs. 17–18): the MLP inside its
 * {@link ExperimentRunner}, the FSNN through {@link FsnnModelField} with the same evaluation
 * settings, initial states and RK4 rollouts.
 *
 * <p>Time: Davis–Skodje is written in slow time t (ε divides the fast equation), the FSNN normal
 * form (FSNN eq. 2.6) in fast time τ = t/ε (ε multiplies the slow equation). The FSNN therefore
 * learns {@code davis-skodje-fast-time} (dy/dτ = −ε y, dz/dτ = −(z − h(y)); T = −1, slow
 * eigenvalue −ε); its data are fast-scale sequences of Δτ = ¼ (Δt = ε/4) from the system's
 * initial-state sampler, slow-scale sequences of Δτ = 0.3/ε (Δt = 0.3) from the first-order slow
 * manifold and critical-manifold points, ε per sequence cycling through the grid. The adapter maps
 * back with d/dt = (1/ε) d/dτ.
 *
 * <p>Fuzzy cloud: the MLP adds labelled points around its trajectories (its {@code fuzzy-cloud}
 * augmentation). Labels without trajectories do not fit the FSNN's losses, so its cloud is as many
 * extra fast-scale sequences as it has, started from cloud points: manifold points at the
 * sequence's ε moved by N(0, σ_t) along y and N(0, σ_n) along z (σ of the MLP's cloud), simulated by
 * the same reference solver.
 */
public final class DavisSkodjeFsnnVsMlpReproduction implements FsnnReproduction {
    /** The four runs, in table order. */
    public static final List<String> RUNS = List.of("fsnn", "fsnn-cloud", "mlp", "mlp-cloud");
    /** The fast-scale data interval Δτ of the FSNN's sequences. */
    static final double FAST_DT = 0.25;
    /** IMEX sub-steps per fast-scale interval in training. */
    static final int SUBSTEPS = 4;

    @Override
    public String name() {
        return "davis-skodje-fsnn-vs-mlp";
    }

    @Override
    public String description() {
        return "beyond the papers: FSNN vs the stiff-operator RHS MLP on Davis-Skodje, same data and eps grid,"
                + " with and without fuzzy cloud, scored by the same rollout and eigenvalue metrics";
    }

    /** The shared evaluation: the default budget's, or the paper's (RK4 Δt = 0.01 to T = 6, 8 states). */
    static EvaluationSpec evaluation(boolean quick) {
        return quick ? new EvaluationSpec(List.of(), 0.05, 4, 0.01, 3.0, 1234) : EvaluationSpec.PAPER;
    }

    /** The MLP run: Table 1's {@code baseline} or {@code cloud}, shrunk by {@link Presets#quick} for the default budget. */
    static Experiment mlp(boolean quick, boolean cloud, long seed) {
        Experiment paper = Presets.valorani(cloud ? "cloud" : "baseline");
        Experiment e = quick ? Presets.quick(paper) : paper;
        return e.toBuilder().name(cloud ? "mlp-cloud" : "mlp").evaluation(evaluation(quick))
                .training(e.training().withSeed(seed)).build();
    }

    /** The FSNN run on the same ε grid; {@code perEps} sequences of each kind per ε. */
    static FsnnExperiment fsnn(boolean quick, boolean cloud, long seed, int perEps, int epochs) {
        List<Double> grid = Experiment.PAPER_EPS_GRID;
        int n = perEps * grid.size();
        TrajectoryRecipe data = new TrajectoryRecipe("davis-skodje-fast-time", Map.of(), new EpsilonSampler.Grid(grid),
                SolverSpec.TRAJECTORIES, new SubsetSpec(n, 10, FAST_DT, StepScale.FIXED),
                new SubsetSpec(n, 10, 0.3, StepScale.OVER_EPSILON), new SlowStart.FromManifold(0), n, seed);
        int hidden = quick ? 16 : 32;
        Map<String, Object> net = Map.of("hidden", List.of(hidden));
        Map<String, Object> network = Map.of("slowDim", 1, "fastDim", 1,
                "flow", Map.of("depth", 2, "hidden", List.of(hidden)), "schur", net,
                "bilinear", Map.of("rank", 1, "hidden", List.of(hidden)), "linear", net, "slow", net);
        int samples = 3 * n + (cloud ? n : 0);
        int batch = quick ? 32 : 64;
        int steps = epochs * (int) Math.ceil(0.9 * samples / batch);
        return new FsnnExperiment(cloud ? "fsnn-cloud" : "fsnn", data, network, FsnnInit.defaults(seed),
                Map.of("substeps", SUBSTEPS, "slowSubsteps", 2, "timeAverage", true, "slowOverEpsilon", false),
                SimpleManifoldReproduction.training(epochs, batch, seed, 5e-3, steps),
                new FsnnEvaluationSpec(List.of(0.05), 2, 10, 0.25, 10, 0.3, 0, 8, 7));
    }

    /** The slow-time Davis–Skodje systems the metrics compare with. */
    static SystemFamily physical() {
        return SystemFamily.of(Registry.load(SystemProvider.class).get("davis-skodje"), Map.of());
    }

    /**
     * {@code data} with {@code data.fast().count()} more fast-scale sequences, started from cloud points
     * around the slow manifold (see the class comment).
     */
    static FastSlowDataset withCloud(FastSlowDataset data, TrajectoryRecipe recipe, CloudSpec cloud, int threads) {
        TrajectoryData fast = data.fast();
        int n = fast.count();
        SystemFamily family = recipe.family();
        SplittableRandom rng = new SplittableRandom(recipe.seed() ^ 0x5eedc10dL);
        double[] eps = recipe.epsilon().draw(rng, n);
        double[][] starts = new double[n][];
        for (int i = 0; i < n; i++) {
            DynamicalSystem s = family.at(eps[i]);
            SlowManifold m = s.slowManifold().orElseThrow();
            double[] x = new double[1];
            m.sampleSlow(rng, 1, x);
            double[] z = new double[2];
            m.lift(x, z);
            z[0] = Math.max(z[0] + cloud.sigmaT() * rng.nextGaussian(), -0.5);
            z[1] += cloud.sigmaN() * rng.nextGaussian();
            starts[i] = z;
        }
        TrajectoryData extra = TrajectorySimulator.simulate(recipe.solver(), family, starts, eps, recipe.fast(), 0,
                threads, (a, b) -> { });
        return new FastSlowDataset(concat(fast, extra), data.slow(), data.manifold());
    }

    private static TrajectoryData concat(TrajectoryData a, TrajectoryData b) {
        return new TrajectoryData(a.count() + b.count(), a.steps(), a.dimension(), join(a.states(), b.states()),
                join(a.times(), b.times()), join(a.epsilon(), b.epsilon()));
    }

    private static double[] join(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** One run's scores at every evaluated ε, and its training time. */
    public record Scored(String run, List<EpsMetrics> perEps, double trainSeconds) {}

    @Override
    public Path run(boolean quick, Path out, FsnnRunner runner, PrintWriter log) {
        return run(quick, quick ? 24 : 64, quick ? 100 : 300, out, runner, log);
    }

    /**
     * Trains the four runs and writes the comparison.
     *
     * @param perEps FSNN sequences of each kind per ε
     * @param fsnnEpochs FSNN training epochs
     */
    Path run(boolean quick, int perEps, int fsnnEpochs, Path out, FsnnRunner runner, PrintWriter log) {
        return run(quick, List.of(fsnn(quick, false, 1, perEps, fsnnEpochs), fsnn(quick, true, 1, perEps, fsnnEpochs)),
                List.of(mlp(quick, false, 1), mlp(quick, true, 1)), out, runner, log);
    }

    /** Trains the given FSNN (without, with cloud) and MLP (without, with cloud) runs and writes the comparison. */
    Path run(boolean quick, List<FsnnExperiment> fsnns, List<Experiment> mlps, Path out, FsnnRunner runner,
            PrintWriter log) {
        long t0 = System.nanoTime();
        EvaluationSpec spec = mlps.getFirst().evaluation();
        CloudSpec cloud = mlps.get(1).data().cloud();
        List<Scored> scored = new ArrayList<>();
        Evaluator evaluator = new Evaluator(spec.trajectories(), spec.dt(), spec.tEnd(), spec.seed());
        SystemFamily physical = physical();
        for (FsnnExperiment e : fsnns) {
            log.println("== " + e.name());
            boolean withCloud = e.name().endsWith("cloud");
            FsnnOutcome o = runner.train(e, out.resolve(e.name()),
                    d -> withCloud ? withCloud(d, e.data(), cloud, runner.threads()) : d);
            FsnnModelField field = new FsnnModelField(runner.network(o.runDir()), runner.backend(), true);
            List<EpsMetrics> rows = new ArrayList<>();
            for (double eps : mlps.getFirst().evaluationEps()) {
                EpsMetrics m = evaluator.evaluate(physical.at(eps), eps, field).metrics();
                log.printf(Locale.ROOT, "eval ε = %-6s rollout L2 %.3e  E_fast %.3e  E_slow %.3e%n", eps, m.rolloutL2(),
                        m.eigFastMae(), m.eigSlowMae());
                rows.add(m);
            }
            scored.add(new Scored(e.name(), rows, o.trainSeconds()));
        }
        ExperimentRunner mlpRunner = new ExperimentRunner(log, false, runner.backend());
        for (Experiment e : mlps) {
            log.println("== " + e.name());
            RunOutcome o = mlpRunner.train(e, out.resolve(e.name()));
            scored.add(new Scored(e.name(), o.metrics().perEps(), o.metrics().trainSeconds()));
        }
        double wall = (System.nanoTime() - t0) / 1e9;

        FsnnPlots.save(out.resolve("plots").resolve("fsnn-vs-mlp.png"), charts(scored), 3);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("name", name());
        metrics.put("quick", quick);
        metrics.put("wallSeconds", wall);
        metrics.put("evaluation", Map.of("trajectories", spec.trajectories(), "dt", spec.dt(), "tEnd", spec.tEnd(),
                "seed", spec.seed()));
        List<Map<String, Object>> runs = new ArrayList<>();
        for (Scored s : scored) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("run", s.run());
            r.put("trainSeconds", s.trainSeconds());
            r.put("perEps", s.perEps().stream().map(m -> Map.of("eps", m.eps(), "rolloutL2", m.rolloutL2(),
                    "eigFastMae", m.eigFastMae(), "eigSlowMae", m.eigSlowMae())).toList());
            runs.add(r);
        }
        metrics.put("runs", runs);
        FsnnReproductions.write(out.resolve(FsnnRunner.METRICS), FsnnReproductions.json(metrics));
        Path summary = out.resolve("reproduce.md");
        FsnnReproductions.write(summary, markdown(quick, scored, spec, wall));
        return summary;
    }

    private String markdown(boolean quick, List<Scored> scored, EvaluationSpec spec, double wall) {
        StringBuilder md = new StringBuilder("# Davis–Skodje: FSNN vs RHS MLP" + (quick ? ", default budget" : ", full")
                + "\n\n");
        md.append(String.format(Locale.ROOT, "Both models scored by the same Evaluator: %d initial states per ε (seed"
                + " %d), RK4 at Δt = %s to T = %s on the slow-time system, eigenvalues of the learned Jacobian along"
                + " the reference trajectories (eqs. 17–18). Wall time %.0f s.%n%n", spec.trajectories(), spec.seed(),
                spec.dt(), spec.tEnd(), wall));
        double floor = Math.abs(DiscretizationFloor.ssp2(-1, FAST_DT, SUBSTEPS) + 1);
        md.append(String.format(Locale.ROOT, "FSNN discretization floor (IMEX-SSP2, Δτ = %s in %d sub-steps): a perfect"
                + " fit of the training rollouts learns T with |λ̂ − (−1)| = %s in fast time, i.e. E_λ,fast = %s/ε in"
                + " slow time (%s at ε = 0.01).%n%n", FAST_DT, SUBSTEPS, FsnnEvaluation.sci(floor),
                FsnnEvaluation.sci(floor), FsnnEvaluation.sci(floor / 0.01)));
        md.append("| ε | run | rollout L2 | E_λ,fast | E_λ,slow |\n| --- | --- | --- | --- | --- |\n");
        int rows = scored.getFirst().perEps().size();
        for (int i = 0; i < rows; i++) {
            for (Scored s : scored) {
                EpsMetrics m = s.perEps().get(i);
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", m.eps(), s.run(),
                        FsnnEvaluation.sci(m.rolloutL2()), FsnnEvaluation.sci(m.eigFastMae()),
                        FsnnEvaluation.sci(m.eigSlowMae())));
            }
        }
        md.append("\n| run | training s |\n| --- | --- |\n");
        for (Scored s : scored) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f |%n", s.run(), s.trainSeconds()));
        }
        md.append("\n![FSNN vs MLP](plots/fsnn-vs-mlp.png)\n");
        return md.toString();
    }

    private static List<XYChart> charts(List<Scored> scored) {
        List<XYChart> charts = new ArrayList<>();
        String[] titles = {"rollout L2", "E_lambda,fast", "E_lambda,slow"};
        for (int k = 0; k < 3; k++) {
            List<Series> lines = new ArrayList<>();
            for (Scored s : scored) {
                double[] x = new double[s.perEps().size()];
                double[] y = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    EpsMetrics m = s.perEps().get(i);
                    x[i] = m.eps();
                    double v = k == 0 ? m.rolloutL2() : k == 1 ? m.eigFastMae() : m.eigSlowMae();
                    y[i] = v > 0 && Double.isFinite(v) ? v : Double.NaN;
                }
                lines.add(new Series(s.run(), x, y));
            }
            XYChart c = Charts.lines(titles[k], "eps", titles[k], lines);
            c.getStyler().setYAxisLogarithmic(true);
            c.getStyler().setXAxisLogarithmic(true);
            charts.add(c);
        }
        return charts;
    }
}
