// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.fsnn.api.backend.Backends;
import org.fsnn.training.data.EpsilonSampler;
import org.fsnn.training.data.SlowStart;
import org.fsnn.training.data.SolverSpec;
import org.fsnn.training.data.StepScale;
import org.fsnn.training.data.SubsetSpec;
import org.fsnn.training.data.TrajectoryRecipe;

/** Small FSNN experiments that train in seconds on the reference backend. */
final class TestExperiments {
    private TestExperiments() {}

    /** Simple manifold (5.1): fast-scale trajectories and manifold points, N_x = N_y = 1. */
    static FsnnExperiment simpleManifold(int trajectories, int epochs) {
        TrajectoryRecipe data = new TrajectoryRecipe("simple-manifold", Map.of(), new EpsilonSampler.LogUniform(1e-5, 1e-2),
                SolverSpec.TRAJECTORIES, new SubsetSpec(trajectories, 5, 0.5, StepScale.FIXED),
                new SubsetSpec(0, 1, 1, StepScale.FIXED), new SlowStart.FromManifold(0), trajectories, 3);
        Map<String, Object> small = Map.of("hidden", List.of(8));
        Map<String, Object> network = Map.of("slowDim", 1, "fastDim", 1,
                "flow", Map.of("depth", 1, "hidden", List.of(8)), "schur", small,
                "bilinear", Map.of("rank", 1, "hidden", List.of(8)), "linear", small, "slow", small);
        return new FsnnExperiment("sm-test", data, network, FsnnInit.defaults(5),
                Map.of("substeps", 2, "timeAverage", true, "slowOverEpsilon", false),
                SimpleManifoldReproduction.training(epochs, 20, 1, 1e-2, epochs * trajectories / 10),
                new FsnnEvaluationSpec(List.of(1e-3), 3, 4, 0.5, 3, 0.25, 1, 9, 7));
    }

    /**
     * Grad moments with the mode k = 0 only (N = 10, N_x = 6, N_y = 4; fast eigenvalues −1, −1,
     * −⅔, −⅔ at every ε), fast- and slow-scale trajectories and manifold points.
     */
    static FsnnExperiment smallGrad(int trajectories, int epochs) {
        TrajectoryRecipe data = new TrajectoryRecipe("grad-moments", Map.of("kmax", 0.0),
                new EpsilonSampler.LogUniform(1e-4, 1e-2), SolverSpec.TRAJECTORIES,
                new SubsetSpec(trajectories, 5, 0.25, StepScale.FIXED),
                new SubsetSpec(trajectories / 2, 3, 0.25, StepScale.OVER_EPSILON), new SlowStart.AfterTransient(1),
                trajectories / 2, 4);
        Map<String, Object> small = Map.of("hidden", List.of(8));
        Map<String, Object> network = Map.of("slowDim", 6, "fastDim", 4,
                "flow", Map.of("depth", 1, "hidden", List.of(8)), "schur", small,
                "bilinear", Map.of("rank", 1, "hidden", List.of(8)), "linear", small, "slow", small);
        return new FsnnExperiment("grad-test", data, network, FsnnInit.defaults(2),
                Map.of("substeps", 2, "timeAverage", true, "slowOverEpsilon", false),
                SimpleManifoldReproduction.training(epochs, 16, 1, 1e-2, epochs * 2 * trajectories / 16),
                new FsnnEvaluationSpec(List.of(1e-3), 2, 4, 0.25, 3, 0.25, 1, 4, 7));
    }

    /** A runner on the reference backend, one solver thread, its log discarded. */
    static FsnnRunner runner() {
        return new FsnnRunner(new PrintWriter(new StringWriter()), false, Backends.reference(), 1);
    }
}
