// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fsnn.training.data.EpsilonSampler;
import org.fsnn.training.data.SlowStart;
import org.fsnn.training.data.SolverSpec;
import org.fsnn.training.data.StepScale;
import org.fsnn.training.data.SubsetSpec;
import org.fsnn.training.data.TrajectoryRecipe;

/**
 * {@code fsnn-simple-manifold}, section 5.2 of the FSNN paper: 10³ fast-scale trajectories of
 * eq. (5.1) from [−1, 1]², ε log-uniform in [1e-5, 1e-2], 5 steps (Δt = 0.5 here; the paper does
 * not state it), and 10³ points of the critical manifold z₂ = 2 tanh z₁. The network: one coupling
 * layer with hidden width 10, every other network hidden width 10, bilinear rank 2. Reports the
 * phase portraits at ε = 0, 1e-3, 1e-2 (Fig. 5) and the learned eigenvalue against
 * λ(z₁) = −1 − cos(2z₁)/10 along the manifold with its maximum error, for seeds 1, 2, 3.
 */
public final class SimpleManifoldReproduction implements FsnnReproduction {
    /** The seeds of the full run. */
    public static final List<Long> SEEDS = List.of(1L, 2L, 3L);

    /** For {@link FsnnReproductions#ALL}. */
    public SimpleManifoldReproduction() {}

    @Override
    public String name() {
        return "fsnn-simple-manifold";
    }

    @Override
    public String description() {
        return "FSNN sec. 5.2 (Fig. 5): phase portraits at eps = 0, 1e-3, 1e-2 and the learned eigenvalue along the manifold";
    }

    /**
     * The experiment of one seed: the paper's data either way (with 200 + 200 samples and 500 epochs
     * the eigenvalue error stayed near 0.07–0.09; with the paper's 10³ + 10³ and 300 epochs it fell
     * to 0.02), 300 epochs for the quick budget, 2000 for the full one.
     */
    public static FsnnExperiment experiment(boolean quick, long seed) {
        int trajectories = 1000;
        int manifold = 1000;
        int epochs = quick ? 300 : 2000;
        int batch = 50;
        int steps = epochs * (int) Math.ceil(0.9 * (trajectories + manifold) / batch);
        TrajectoryRecipe data = new TrajectoryRecipe("simple-manifold", Map.of(), new EpsilonSampler.LogUniform(1e-5, 1e-2),
                SolverSpec.TRAJECTORIES, new SubsetSpec(trajectories, 5, 0.5, StepScale.FIXED),
                new SubsetSpec(0, 1, 1, StepScale.FIXED), new SlowStart.FromManifold(0), manifold, seed);
        Map<String, Object> small = Map.of("hidden", List.of(10));
        Map<String, Object> network = Map.of("slowDim", 1, "fastDim", 1,
                "flow", Map.of("depth", 1, "hidden", List.of(10)), "schur", small,
                "bilinear", Map.of("rank", 2, "hidden", List.of(10)), "linear", small, "slow", small);
        return new FsnnExperiment("fsnn-simple-manifold-s" + seed, data, network, FsnnInit.defaults(seed),
                Map.of("substeps", 4, "slowSubsteps", 1, "timeAverage", true, "slowOverEpsilon", false),
                training(epochs, batch, seed, 1e-2, steps),
                new FsnnEvaluationSpec(List.of(0.0, 1e-3, 1e-2), 8, 10, 0.5, 10, 0.25, 1, 41, 7));
    }

    /**
     * Adam with a cosine-decayed learning rate and gradients clipped to norm 1, 10% held out, the
     * best parameters kept. One shard: on batches of 32 to 64 trajectories each kernel is too small
     * for two threads to pay (two shards made a simple-manifold epoch 1.4 times slower).
     */
    static Map<String, Object> training(int epochs, int batch, long seed, double lr, int steps) {
        return Map.of("epochs", epochs, "batchSize", batch, "validationFraction", 0.1, "seed", seed,
                "checkpointEvery", 10, "restoreBest", true,
                "optimizer", Map.of("clipNorm", 1.0, "learningRate", Map.of("type", "cosine", "initial", lr,
                        "decaySteps", steps, "alpha", 0.02)));
    }

    @Override
    public Path run(boolean quick, Path out, FsnnRunner runner, PrintWriter log) {
        List<Long> seeds = quick ? List.of(1L, 2L) : SEEDS;
        List<FsnnOutcome> outcomes = new ArrayList<>();
        for (long seed : seeds) {
            FsnnExperiment e = experiment(quick, seed);
            log.println("== " + e.name());
            outcomes.add(runner.train(e, out.resolve(e.name())));
        }
        StringBuilder md = new StringBuilder("# FSNN simple attracting manifold (sec. 5.2, Fig. 5)"
                + (quick ? ", quick budget" : ", paper size") + "\n\n");
        md.append("Learned fast eigenvalue against λ(z₁) = −1 − cos(2z₁)/10 at 41 points of the slow manifold,"
                + " z₁ ∈ [−1, 1]; rollouts against the reference (relative L2). The floor is the eigenvalue error"
                + " a perfect fit reaches with the training rollout (IMEX-SSP2, Δt = 0.5, 4 sub-steps).\n\n"
                + "| seed | ε | max \\|λ̂ − λ\\| | mean \\|λ̂ − λ\\| | floor \\|λ̂ − λ\\| at λ = −1 | full L2 | hybrid L2 | closure L2 | train s |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        double floor = Math.abs(DiscretizationFloor.ssp2(-1, 0.5, 4) + 1);
        for (int i = 0; i < outcomes.size(); i++) {
            FsnnOutcome o = outcomes.get(i);
            for (FsnnEvaluation.EpsResult r : o.results()) {
                md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %s | %.0f |%n", seeds.get(i),
                        r.eps(), FsnnEvaluation.sci(r.eigMaxError()), FsnnEvaluation.sci(r.eigMeanError()),
                        FsnnEvaluation.sci(floor), FsnnEvaluation.sci(r.fullL2()), FsnnEvaluation.sci(r.hybridL2()),
                        FsnnEvaluation.sci(r.closureL2()), o.trainSeconds()));
            }
        }
        md.append("\nThe paper shows Fig. 5 without numbers. Figures of each run: `<run>/plots/fast-rollouts.png`"
                + " (phase portraits, reference lines and model dots), `<run>/plots/eigenvalues.png`.\n\n");
        for (FsnnOutcome o : outcomes) {
            String run = out.toAbsolutePath().relativize(o.runDir().toAbsolutePath()).toString();
            md.append("![").append(run).append(" phase portraits](").append(run).append("/plots/fast-rollouts.png)\n");
            md.append("![").append(run).append(" eigenvalues](").append(run).append("/plots/eigenvalues.png)\n");
        }
        Path summary = out.resolve("reproduce.md");
        FsnnReproductions.write(summary, md.toString());
        return summary;
    }
}
