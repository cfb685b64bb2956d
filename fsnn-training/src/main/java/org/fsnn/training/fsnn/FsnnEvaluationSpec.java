// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fsnn.api.spi.ConfigNode;

/**
 * What {@link FsnnEvaluation} measures after training: at each ε, {@code trajectories} test
 * trajectories from the system's initial-state sampler, {@code fastSteps} steps of
 * {@code fastDt} (full and hybrid rollouts), and, for ε &gt; 0, {@code slowSteps} steps of
 * {@code slowDt}/ε starting {@code slowDelay} such steps after t = 0 (closure rollouts on the
 * learned slow manifold); and the learned fast eigenvalues at {@code eigenStates} states on the
 * system's slow manifold against the exact ones.
 *
 * @param eps the ε values, each ≥ 0
 * @param trajectories test trajectories per ε, at least 1
 * @param fastSteps fast-scale steps, at least 1
 * @param fastDt the fast-scale step
 * @param slowSteps slow-scale steps, at least 1
 * @param slowDt the slow-scale step times ε
 * @param slowDelay slow-scale steps skipped before the first recorded state
 * @param eigenStates manifold states for the eigenvalue comparison, at least 1
 * @param seed the seed of the test states
 */
public record FsnnEvaluationSpec(List<Double> eps, int trajectories, int fastSteps, double fastDt, int slowSteps,
        double slowDt, double slowDelay, int eigenStates, long seed) {

    /** Validates and copies. */
    public FsnnEvaluationSpec {
        eps = List.copyOf(eps);
        if (eps.isEmpty() || eps.stream().anyMatch(e -> !(e >= 0) || e.isInfinite())) {
            throw new IllegalArgumentException("fsnn evaluation: eps must be a non-empty list of finite values >= 0, got "
                    + eps);
        }
        if (trajectories < 1 || fastSteps < 1 || slowSteps < 1 || eigenStates < 1) {
            throw new IllegalArgumentException("fsnn evaluation: trajectories, fastSteps, slowSteps and eigenStates"
                    + " must be >= 1");
        }
        if (!(fastDt > 0) || !(slowDt > 0) || !(slowDelay >= 0)) {
            throw new IllegalArgumentException("fsnn evaluation: fastDt and slowDt must be > 0 and slowDelay >= 0");
        }
    }

    /** The JSON-ready form. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("eps", eps);
        map.put("trajectories", trajectories);
        map.put("fastSteps", fastSteps);
        map.put("fastDt", fastDt);
        map.put("slowSteps", slowSteps);
        map.put("slowDt", slowDt);
        map.put("slowDelay", slowDelay);
        map.put("eigenStates", eigenStates);
        map.put("seed", seed);
        return map;
    }

    /** Reads the keys of {@link #toMap}; all but {@code eps} have defaults. */
    public static FsnnEvaluationSpec fromConfig(ConfigNode node) {
        node.requireOnly("eps", "trajectories", "fastSteps", "fastDt", "slowSteps", "slowDt", "slowDelay",
                "eigenStates", "seed");
        return new FsnnEvaluationSpec(node.getDoubleList("eps", List.of()), node.getInt("trajectories", 8),
                node.getInt("fastSteps", 10), node.getDouble("fastDt", 0.25), node.getInt("slowSteps", 10),
                node.getDouble("slowDt", 0.25), node.getDouble("slowDelay", 1), node.getInt("eigenStates", 32),
                (long) node.getDouble("seed", 1));
    }
}
