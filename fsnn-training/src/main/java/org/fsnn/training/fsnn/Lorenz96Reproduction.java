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
import org.fsnn.api.backend.Backend;
import org.fsnn.api.integrate.FastSlowIntegrator;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.Eigenvalues;
import org.fsnn.layers.FastEigenvalues;
import org.fsnn.layers.FastSlowNetwork;
import org.fsnn.training.data.EpsilonSampler;
import org.fsnn.training.data.SlowStart;
import org.fsnn.training.data.SolverSpec;
import org.fsnn.training.data.StepScale;
import org.fsnn.training.data.SubsetSpec;
import org.fsnn.training.data.TrajectoryRecipe;
import org.fsnn.training.plot.Charts;
import org.fsnn.training.plot.Series;
import org.knowm.xchart.XYChart;

/**
 * {@code fsnn-lorenz96}, section 5.4 of the FSNN paper: the two-scale Lorenz96 system in fast time
 * (eq. 5.8, F = 0, h = 1) with K = 4 slow and J = 4 fast variables per slow one (N_x = 4,
 * N_y = 16; the paper states neither K nor J, J = 4 is its worked example of the stable range).
 * Data as in the paper: fast-scale trajectories of 10 steps (Δt = 0.2 here, the paper only says the
 * data span much less than t = 3) from x_k uniform in [−½, 1], y standard normal, ε log-uniform in
 * [1e-5, 1e-2]; manifold points y_{j,k} = x_k; no slow-scale data. Reports Fig. 7, one trajectory at
 * ε = 1.1e-3 predicted to T = 3000 by the full IMEX rollout with its error over time on the slow and
 * the fast scale, and Fig. 8, the learned eigenvalues of T(x) on the manifold x_k = y_{j,k} = χ
 * against eq. 5.12 over χ ∈ [−½, 1], beside the discretization floor.
 */
public final class Lorenz96Reproduction implements FsnnReproduction {
    /** Slow variables. */
    public static final int K = 4;
    /** Fast variables per slow variable. */
    public static final int J = 4;
    /** The ε of Fig. 7. */
    public static final double FIG7_EPS = 1.1e-3;
    /** The end time of Fig. 7 at the paper's size. */
    public static final double T_FULL = 3000;
    /** The end time of Fig. 7 at the default budget. */
    public static final double T_QUICK = 1000;
    /** The data interval of the training trajectories. */
    public static final double DT = 0.2;
    /** The end of the fast-scale window of Fig. 7 (right column). */
    public static final double T_FAST = 3;

    @Override
    public String name() {
        return "fsnn-lorenz96";
    }

    @Override
    public String description() {
        return "FSNN sec. 5.4 (Figs. 7, 8): two-scale Lorenz96, short training trajectories predicted to T = 3000,"
                + " eigenvalues against eq. 5.12";
    }

    /** The system's parameters. */
    static Map<String, Double> params() {
        return Map.of("K", (double) K, "J", (double) J);
    }

    /** The experiment: the paper's size, or the budget of minutes. */
    public static FsnnExperiment experiment(boolean quick, long seed) {
        int fast = quick ? 2048 : 10000;
        int manifold = quick ? 1024 : 10000;
        int epochs = quick ? 12 : 300;
        int batch = quick ? 32 : 128;
        int steps = epochs * (int) Math.ceil(0.9 * (fast + manifold) / batch);
        TrajectoryRecipe data = new TrajectoryRecipe("lorenz96-two-scale", params(),
                new EpsilonSampler.LogUniform(1e-5, 1e-2), SolverSpec.TRAJECTORIES,
                new SubsetSpec(fast, 10, DT, StepScale.FIXED), new SubsetSpec(0, 1, 1, StepScale.FIXED),
                new SlowStart.FromManifold(0), manifold, seed);
        int hidden = quick ? 24 : 40;
        Map<String, Object> net = Map.of("hidden", List.of(hidden));
        Map<String, Object> network = Map.of("slowDim", K, "fastDim", K * J,
                "flow", Map.of("depth", 1, "hidden", List.of(hidden)), "schur", net,
                "bilinear", Map.of("rank", quick ? 2 : 4, "hidden", List.of(hidden)), "linear", net, "slow", net);
        return new FsnnExperiment("fsnn-lorenz96-s" + seed, data, network, FsnnInit.defaults(seed),
                Map.of("substeps", 2, "slowSubsteps", 1, "timeAverage", true, "slowOverEpsilon", false),
                SimpleManifoldReproduction.training(epochs, batch, seed, quick ? 5e-3 : 3e-3, steps),
                new FsnnEvaluationSpec(List.of(FIG7_EPS, 1e-2), 8, 10, DT, 10, 0.3, 1, 16, 7));
    }

    /**
     * Learned against exact eigenvalues on the manifold x_k = y_{j,k} = χ at ε = 0.
     *
     * @param chi the χ values
     * @param exact the exact eigenvalues at each χ (eq. 5.12, each K times), sorted
     * @param learned the learned eigenvalues matched to them one to one (nearest first)
     * @param maxError the largest |λ̂ − λ|
     * @param meanError the mean |λ̂ − λ|
     * @param branches λ_j of eq. 5.12 for j = 0..J−1 at each χ, in that order (the curves of Fig. 8)
     */
    public record Sweep(double[] chi, Eigenvalues[] exact, Eigenvalues[] learned, double maxError, double meanError,
            Eigenvalues[] branches) {}

    /** The state x_k = y_{j,k} = χ. */
    static double[] manifoldState(double chi) {
        double[] z = new double[K * (1 + J)];
        java.util.Arrays.fill(z, chi);
        return z;
    }

    /** The eigenvalue sweep of Fig. 8 at {@code points} χ evenly spaced in [−½, 1]. */
    public static Sweep sweep(FastSlowNetwork net, DynamicalSystem system, int points, Backend backend) {
        int d = system.dimension();
        double[] chi = new double[points];
        double[] z = new double[points * d];
        for (int i = 0; i < points; i++) {
            chi[i] = -0.5 + 1.5 * i / (points - 1);
            System.arraycopy(manifoldState(chi[i]), 0, z, i * d, d);
        }
        FastEigenvalues fe;
        try (var _ = org.fsnn.api.autodiff.Tape.noGrad()) {
            fe = net.fastEigenvalues(backend.fromArray(z, points, d), backend.fromArray(new double[points], points, 1));
        }
        double[] re = fe.real().toArray();
        double[] im = fe.imag().toArray();
        int ny = net.fastDim();
        Eigenvalues[] exact = new Eigenvalues[points];
        Eigenvalues[] learned = new Eigenvalues[points];
        Eigenvalues[] branches = new Eigenvalues[points];
        double max = 0;
        double sum = 0;
        for (int i = 0; i < points; i++) {
            Eigenvalues all = system.fastEigenvalues(manifoldState(chi[i])).orElseThrow();
            branches[i] = new Eigenvalues(java.util.Arrays.copyOf(all.re(), J), java.util.Arrays.copyOf(all.im(), J));
            exact[i] = all.sorted();
            learned[i] = match(exact[i], new Eigenvalues(java.util.Arrays.copyOfRange(re, i * ny, (i + 1) * ny),
                    java.util.Arrays.copyOfRange(im, i * ny, (i + 1) * ny)));
            for (int k = 0; k < ny; k++) {
                double err = Math.hypot(learned[i].re()[k] - exact[i].re()[k], learned[i].im()[k] - exact[i].im()[k]);
                max = Math.max(max, err);
                sum += err;
            }
        }
        return new Sweep(chi, exact, learned, max, sum / (points * ny), branches);
    }

    /**
     * {@code candidates} reordered so that entry k is matched to {@code targets} entry k: the
     * closest pair over all unmatched ones is fixed first.
     */
    static Eigenvalues match(Eigenvalues targets, Eigenvalues candidates) {
        int n = targets.size();
        double[] re = new double[n];
        double[] im = new double[n];
        boolean[] usedT = new boolean[n];
        boolean[] usedC = new boolean[n];
        for (int round = 0; round < n; round++) {
            int bt = -1;
            int bc = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if (usedT[a] || usedC[b]) {
                        continue;
                    }
                    double dist = Math.hypot(targets.re()[a] - candidates.re()[b], targets.im()[a] - candidates.im()[b]);
                    // a NaN distance (a diverged model) still takes a pair, last
                    if (bt < 0 || dist < best) {
                        best = Double.isNaN(dist) ? Double.POSITIVE_INFINITY : dist;
                        bt = a;
                        bc = b;
                    }
                }
            }
            usedT[bt] = true;
            usedC[bc] = true;
            re[bt] = candidates.re()[bc];
            im[bt] = candidates.im()[bc];
        }
        return new Eigenvalues(re, im);
    }

    @Override
    public Path run(boolean quick, Path out, FsnnRunner runner, PrintWriter log) {
        return run(experiment(quick, 1), quick, quick ? T_QUICK : T_FULL, out, runner, log);
    }

    /**
     * Trains {@code e} and writes the report, Fig. 7 predicting to {@code end}.
     *
     * @param quick whether {@code e} is the default budget (said in the report)
     */
    Path run(FsnnExperiment e, boolean quick, double end, Path out, FsnnRunner runner, PrintWriter log) {
        if (!(end > T_FAST)) {
            throw new IllegalArgumentException("fsnn-lorenz96: the end time must exceed " + T_FAST + ", got " + end);
        }
        log.println("== " + e.name());
        FsnnOutcome o = runner.train(e, out.resolve(e.name()));
        Backend backend = runner.backend();
        FastSlowNetwork net = runner.network(o.runDir());
        DynamicalSystem system0 = e.data().family().at(0);

        long t0 = System.nanoTime();
        Sweep sweep = sweep(net, system0, 31, backend);
        double[] z0 = new double[K * (1 + J)];
        system0.sampleInitialStates(new SplittableRandom(11), 1, z0);
        int slowSteps = 300;
        double slowDt = end / slowSteps;
        int fastSteps = (int) Math.round(T_FAST / 0.05);
        FastSlowIntegrator fine = FastSlowNetwork.integrator(FastSlowNetwork.FULL_INTEGRATOR,
                ConfigNode.of(Map.of("substeps", e.substeps())));
        // the long steps keep the IMEX sub-step no longer than the training one
        int longSub = e.substeps() * (int) Math.ceil(slowDt / DT);
        FastSlowIntegrator coarse = FastSlowNetwork.integrator(FastSlowNetwork.FULL_INTEGRATOR,
                ConfigNode.of(Map.of("substeps", longSub)));
        FsnnTrace slow = new FsnnTrace(FsnnTrace.times(slowSteps, slowDt),
                FsnnTrace.reference(e.data().solver(), e.data().family(), z0, FIG7_EPS, slowSteps, slowDt,
                        runner.threads()),
                FsnnTrace.model(net, backend, z0, FIG7_EPS, slowSteps, slowDt, coarse, false));
        FsnnTrace fast = new FsnnTrace(FsnnTrace.times(fastSteps, 0.05),
                FsnnTrace.reference(e.data().solver(), e.data().family(), z0, FIG7_EPS, fastSteps, 0.05,
                        runner.threads()),
                FsnnTrace.model(net, backend, z0, FIG7_EPS, fastSteps, 0.05, fine, false));
        double probeSeconds = (System.nanoTime() - t0) / 1e9;
        int d = z0.length;
        double[] slowErrX = slow.error(0, K);
        double[] slowErrY = slow.error(K, d);
        double[] fastErrX = fast.error(0, K);
        double[] fastErrY = fast.error(K, d);

        Path plots = o.runDir().resolve("plots");
        FsnnPlots.save(plots.resolve("fig7-lorenz96.png"), fig7(slow, fast, end), 2);
        FsnnPlots.save(plots.resolve("fig8-eigenvalues.png"), fig8(sweep), 2);

        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("name", name());
        metrics.put("quick", quick);
        metrics.put("trainSeconds", o.trainSeconds());
        metrics.put("probeSeconds", probeSeconds);
        Map<String, Object> fig7 = new LinkedHashMap<>();
        fig7.put("eps", FIG7_EPS);
        fig7.put("end", end);
        fig7.put("slowStepDt", slowDt);
        fig7.put("longSubsteps", longSub);
        fig7.put("relativeL2X", slow.relativeL2(0, K));
        fig7.put("relativeL2Y", slow.relativeL2(K, d));
        fig7.put("maxErrorX", FsnnTrace.max(slowErrX));
        fig7.put("maxErrorY", FsnnTrace.max(slowErrY));
        fig7.put("finalErrorX", slowErrX[slowSteps]);
        fig7.put("fastWindowMaxErrorX", FsnnTrace.max(fastErrX));
        fig7.put("fastWindowMaxErrorY", FsnnTrace.max(fastErrY));
        metrics.put("fig7", fig7);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < sweep.chi().length; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("chi", sweep.chi()[i]);
            row.put("state", manifoldState(sweep.chi()[i]));
            row.put("exactRe", sweep.exact()[i].re());
            row.put("exactIm", sweep.exact()[i].im());
            row.put("learnedRe", sweep.learned()[i].re());
            row.put("learnedIm", sweep.learned()[i].im());
            rows.add(row);
        }
        metrics.put("fig8", Map.of("maxError", sweep.maxError(), "meanError", sweep.meanError(), "points", rows,
                "floorAtMinusOne", DiscretizationFloor.ssp2(-1, DT, e.substeps()),
                "floorAtMinusThree", DiscretizationFloor.ssp2(-3, DT, e.substeps())));
        FsnnReproductions.write(out.resolve(FsnnRunner.METRICS), FsnnReproductions.json(metrics));

        StringBuilder md = new StringBuilder("# FSNN two-scale Lorenz96 (sec. 5.4, Figs. 7, 8)"
                + (quick ? ", default budget" : ", paper size") + "\n\n");
        md.append(String.format(Locale.ROOT, "K = %d, J = %d (N_x = %d, N_y = %d); %d fast-scale trajectories of 10"
                + " steps of Δt = %.1f (t ≤ %.0f) and %d manifold points; training %.0f s.%n%n", K, J, K, K * J,
                e.data().fast().count(), DT, 10 * DT, e.data().manifoldCount(), o.trainSeconds()));
        md.append(String.format(Locale.ROOT, "## Fig. 7: prediction to T = %.0f at ε = %s%n%n", end, FIG7_EPS));
        if (end < T_FULL) {
            md.append(String.format(Locale.ROOT, "This budget predicts to T = %.0f; `--full` to T = %.0f as the"
                    + " paper.%n%n", end, T_FULL));
        }
        md.append(String.format(Locale.ROOT, "Full IMEX rollout of the model from one initial state (x uniform in"
                + " [−½, 1], y standard normal) against RK45 (rtol 1e-8): %d steps of %.2f (%d IMEX sub-steps each)"
                + " on the slow scale, %d steps of 0.05 on the fast scale t ∈ [0, %.0f].%n%n", slowSteps, slowDt,
                longSub, fastSteps, T_FAST));
        md.append("| window | relative L2 of x | relative L2 of y | max ‖x − x̂‖ | max ‖y − ŷ‖ | ‖x − x̂‖ at T |\n"
                + "| --- | --- | --- | --- | --- | --- |\n");
        md.append(String.format(Locale.ROOT, "| t ∈ [0, %.0f] | %s | %s | %s | %s | %s |%n", end,
                FsnnEvaluation.sci(slow.relativeL2(0, K)), FsnnEvaluation.sci(slow.relativeL2(K, d)),
                FsnnEvaluation.sci(FsnnTrace.max(slowErrX)), FsnnEvaluation.sci(FsnnTrace.max(slowErrY)),
                FsnnEvaluation.sci(slowErrX[slowSteps])));
        md.append(String.format(Locale.ROOT, "| t ∈ [0, %.0f] | %s | %s | %s | %s | %s |%n%n", T_FAST,
                FsnnEvaluation.sci(fast.relativeL2(0, K)), FsnnEvaluation.sci(fast.relativeL2(K, d)),
                FsnnEvaluation.sci(FsnnTrace.max(fastErrX)), FsnnEvaluation.sci(FsnnTrace.max(fastErrY)),
                FsnnEvaluation.sci(fastErrX[fastSteps])));
        md.append("The paper shows Fig. 7 without numbers (\"excellent accuracy\" to T = 3000).\n\n");
        md.append(String.format(Locale.ROOT, "## Fig. 8: learned eigenvalues against eq. 5.12%n%nOn x_k = y_{j,k} = χ,"
                + " ε = 0, %d values of χ in [−½, 1]; each exact eigenvalue appears K = %d times and is matched to the"
                + " nearest learned one. Max |λ̂ − λ| = %s, mean %s. Discretization floor of the training rollout"
                + " (IMEX-SSP2, h = %.2f): |λ̂ − λ| = %s at λ = −1, %s at λ = −3.%n%n", sweep.chi().length, K,
                FsnnEvaluation.sci(sweep.maxError()), FsnnEvaluation.sci(sweep.meanError()), DT / e.substeps(),
                FsnnEvaluation.sci(Math.abs(DiscretizationFloor.ssp2(-1, DT, e.substeps()) + 1)),
                FsnnEvaluation.sci(Math.abs(DiscretizationFloor.ssp2(-3, DT, e.substeps()) + 3))));
        md.append("| χ | exact λ_j, j = 0..3 (eq. 5.12) | learned (mean over the K copies) | max \\|λ̂ − λ\\| |\n"
                + "| --- | --- | --- | --- |\n");
        for (int i = 0; i < sweep.chi().length; i += 5) {
            md.append(sweepRow(sweep, i));
        }
        md.append("\nThe paper shows Fig. 8 without numbers (\"agreement is observed\").\n\n");
        String run = out.toAbsolutePath().relativize(o.runDir().toAbsolutePath()).toString();
        md.append("![Fig. 7](").append(run).append("/plots/fig7-lorenz96.png)\n![Fig. 8](").append(run)
                .append("/plots/fig8-eigenvalues.png)\n");
        Path summary = out.resolve("reproduce.md");
        FsnnReproductions.write(summary, md.toString());
        return summary;
    }

    private static String sweepRow(Sweep s, int i) {
        Eigenvalues ex = s.exact()[i];
        Eigenvalues le = s.learned()[i];
        int n = ex.size();
        StringBuilder exact = new StringBuilder();
        StringBuilder learned = new StringBuilder();
        double max = 0;
        for (int k = 0; k < n; k++) {
            max = Math.max(max, Math.hypot(le.re()[k] - ex.re()[k], le.im()[k] - ex.im()[k]));
        }
        // sorted exact values come in runs of K equal copies
        for (int k = 0; k < n; k += K) {
            double re = 0;
            double im = 0;
            for (int c = k; c < k + K; c++) {
                re += le.re()[c] / K;
                im += le.im()[c] / K;
            }
            exact.append(k > 0 ? ", " : "").append(FsnnEvaluation.complex(ex.re()[k], ex.im()[k]));
            learned.append(k > 0 ? ", " : "").append(FsnnEvaluation.complex(re, im));
        }
        return String.format(Locale.ROOT, "| %.2f | %s | %s | %s |%n", s.chi()[i], exact, learned,
                FsnnEvaluation.sci(max));
    }

    private static List<XYChart> fig7(FsnnTrace slow, FsnnTrace fast, double end) {
        List<XYChart> charts = new ArrayList<>();
        for (FsnnTrace tr : List.of(slow, fast)) {
            String window = tr == slow ? String.format(Locale.ROOT, "t in [0, %.0f]", end) : "t in [0, 3]";
            List<Series> lines = new ArrayList<>();
            List<Series> dots = new ArrayList<>();
            for (int k = 0; k < K; k++) {
                lines.add(new Series("RK45 x" + (k + 1), tr.t(), FsnnTrace.component(tr.reference(), k)));
                dots.add(new Series("model x" + (k + 1), tr.t(), FsnnTrace.component(tr.model(), k)));
            }
            lines.add(new Series("RK45 y11", tr.t(), FsnnTrace.component(tr.reference(), K)));
            dots.add(new Series("model y11", tr.t(), FsnnTrace.component(tr.model(), K)));
            charts.add(FsnnPlots.timeAxis(FsnnPlots.withMatchedDots(Charts.lines("Lorenz96, eps = " + FIG7_EPS + ", "
                    + window, "t", "state", lines), dots), tr.t()[tr.t().length - 1]));
        }
        for (FsnnTrace tr : List.of(slow, fast)) {
            int d = tr.reference()[0].length;
            double[] ex = FsnnTrace.forLogAxis(tr.error(0, K));
            double[] ey = FsnnTrace.forLogAxis(tr.error(K, d));
            XYChart c = Charts.lines("error over time", "t", "L2 error", List.of(new Series("|x - x^|", tr.errorTimes(), ex),
                    new Series("|y - y^|", tr.errorTimes(), ey)));
            c.getStyler().setYAxisLogarithmic(true);
            charts.add(FsnnPlots.timeAxis(c, tr.t()[tr.t().length - 1]));
        }
        return charts;
    }

    private static List<XYChart> fig8(Sweep s) {
        List<XYChart> charts = new ArrayList<>();
        int ny = s.learned()[0].size();
        double[] chiAll = new double[s.chi().length * ny];
        for (int i = 0; i < chiAll.length; i++) {
            chiAll[i] = s.chi()[i / ny];
        }
        for (boolean real : new boolean[] {true, false}) {
            List<Series> lines = new ArrayList<>();
            for (int j = 0; j < J; j++) {
                lines.add(new Series("eq. 5.12, j = " + j, s.chi(), pick(s.branches(), j, real)));
            }
            double[] learned = new double[chiAll.length];
            for (int i = 0; i < learned.length; i++) {
                Eigenvalues l = s.learned()[i / ny];
                learned[i] = real ? l.re()[i % ny] : l.im()[i % ny];
            }
            String axis = real ? "Re lambda" : "Im lambda";
            charts.add(FsnnPlots.withDots(Charts.lines(axis, "chi", axis, lines),
                    List.of(new Series("learned (all " + ny + ")", chiAll, learned))));
        }
        return charts;
    }

    private static double[] pick(Eigenvalues[] e, int k, boolean real) {
        double[] v = new double[e.length];
        for (int i = 0; i < e.length; i++) {
            v[i] = real ? e[i].re()[k] : e[i].im()[k];
        }
        return v;
    }
}
