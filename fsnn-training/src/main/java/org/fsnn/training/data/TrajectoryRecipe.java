// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.augment.SystemFamily;
import org.fsnn.api.solver.ProgressListener;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.FastSlowSplit;
import org.fsnn.api.system.SlowManifold;
import org.fsnn.api.system.SystemProvider;

/**
 * How to make a {@link FastSlowDataset} from a system plugin: everything that determines the data,
 * so that the same recipe gives the same data, bit for bit, on any number of threads.
 *
 * <p>Each sequence draws its own ε from {@code epsilon}; the system is re-created at that ε through
 * its provider. Fast-scale sequences start from the system's initial-state sampler at t = 0.
 * Slow-scale sequences start near the slow manifold as {@code slowStart} says. Manifold points are
 * drawn by the manifold's own sampler on the system at ε = 0, where every asymptotic manifold is
 * the critical manifold; a system that does not accept ε = 0 (Davis–Skodje, where ε divides the
 * fast equation) fails with its valid range unless {@code manifoldCount} is 0.
 *
 * @param system the {@link SystemProvider} name, e.g. {@code davis-skodje}
 * @param params the system's other parameters (an {@code eps} here is overridden per sequence)
 * @param epsilon how each sequence's ε is drawn
 * @param solver the reference solver
 * @param fast the fast-scale subset
 * @param slow the slow-scale subset
 * @param slowStart where slow-scale sequences start
 * @param manifoldCount the number of manifold points, at least 0
 * @param seed the seed of every random draw
 */
public record TrajectoryRecipe(String system, Map<String, Double> params, EpsilonSampler epsilon, SolverSpec solver,
        SubsetSpec fast, SubsetSpec slow, SlowStart slowStart, int manifoldCount, long seed) {

    /** Validates and copies. */
    public TrajectoryRecipe {
        params = Map.copyOf(params);
        if (system == null || epsilon == null || solver == null || fast == null || slow == null || slowStart == null) {
            throw new IllegalArgumentException("trajectory recipe: system, epsilon, solver, fast, slow and slowStart"
                    + " are required");
        }
        if (manifoldCount < 0) {
            throw new IllegalArgumentException("trajectory recipe: manifoldCount must be >= 0, got " + manifoldCount);
        }
    }

    /**
     * Reads a recipe:
     *
     * <pre>
     *   {"system": "davis-skodje", "params": {..}, "epsilon": {"grid": [..]} | {"log-uniform": [min, max]},
     *    "solver": {"name", "rtol", "atol"}, "fast": {subset}, "slow": {subset},
     *    "slow-start": {"from-manifold": offset} | {"after-transient": steps}, "manifold-count": n, "seed": s}
     * </pre>
     *
     * <p>{@code params}, {@code solver} (RK45 at 1e-8), {@code slow} (none), {@code slow-start}
     * (on the manifold), {@code manifold-count} (0) and {@code seed} (0) may be left out.
     *
     * @throws IllegalArgumentException naming the JSON path of a missing or bad entry
     */
    public static TrajectoryRecipe fromConfig(ConfigNode node) {
        node.requireOnly("system", "params", "epsilon", "solver", "fast", "slow", "slow-start", "manifold-count",
                "seed");
        Map<String, Double> params = new LinkedHashMap<>();
        ConfigNode given = node.child("params");
        for (String key : given.keys()) {
            params.put(key, given.getDouble(key));
        }
        if (!node.has("epsilon")) {
            throw new IllegalArgumentException(node.path() + ".epsilon: missing required field");
        }
        if (!node.has("fast")) {
            throw new IllegalArgumentException(node.path() + ".fast: missing required field");
        }
        SubsetSpec slow = node.has("slow") ? SubsetSpec.fromConfig(node.child("slow"))
                : new SubsetSpec(0, 1, 1, StepScale.FIXED);
        SlowStart start = node.has("slow-start") ? SlowStart.fromConfig(node.child("slow-start"))
                : new SlowStart.FromManifold(0);
        int manifold = node.getInt("manifold-count", 0);
        if (manifold < 0) {
            throw new IllegalArgumentException(node.path() + ".manifold-count: must be >= 0, got " + manifold);
        }
        double seed = node.getDouble("seed", 0);
        if (seed != Math.rint(seed) || Math.abs(seed) > 1L << 53) {
            throw new IllegalArgumentException(node.path() + ".seed: expected an integer, got " + seed);
        }
        return new TrajectoryRecipe(node.getString("system"), params, EpsilonSampler.fromConfig(node.child("epsilon")),
                SolverSpec.fromConfig(node.child("solver"), SolverSpec.TRAJECTORIES),
                SubsetSpec.fromConfig(node.child("fast")), slow, start, manifold, (long) seed);
    }

    /** The systems of this recipe at each ε. */
    public SystemFamily family() {
        return SystemFamily.of(Registry.load(SystemProvider.class).get(system), params);
    }

    /** Simulates the dataset with a progress bar on stderr when it is a terminal. */
    public FastSlowDataset generate(int threads) {
        return generate(threads, org.fsnn.training.io.ProgressBar.onStderr("simulate " + system, false));
    }

    /**
     * Simulates the dataset.
     *
     * @param threads the threads to integrate on, at least 1
     * @param progress told after each sequence, fast ones first, over the total of both subsets
     */
    public FastSlowDataset generate(int threads, ProgressListener progress) {
        SystemFamily family = family();
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom fastRng = root.split();
        SplittableRandom slowRng = root.split();
        SplittableRandom manifoldRng = root.split();
        int total = fast.count() + slow.count();
        Map<Double, DynamicalSystem> cache = new java.util.HashMap<>();

        double[] fastEps = epsilon.draw(fastRng, fast.count());
        double[][] fastStarts = new double[fast.count()][];
        for (int i = 0; i < fastStarts.length; i++) {
            fastStarts[i] = sampleInitial(TrajectorySimulator.at(family, cache, fastEps[i]), fastRng);
        }
        TrajectoryData fastData = subset(family, fastStarts, fastEps, fast, 0, threads,
                (done, all) -> progress.progress(done, total));

        double[] slowEps = epsilon.draw(slowRng, slow.count());
        double[][] slowStarts = new double[slow.count()][];
        double delay = 0;
        for (int i = 0; i < slowStarts.length; i++) {
            DynamicalSystem at = TrajectorySimulator.at(family, cache, slowEps[i]);
            switch (slowStart) {
                case SlowStart.FromManifold m -> slowStarts[i] = nearManifold(at, m.offset(), slowRng);
                case SlowStart.AfterTransient t -> {
                    slowStarts[i] = sampleInitial(at, slowRng);
                    delay = t.delaySteps();
                }
            }
        }
        TrajectoryData slowData = subset(family, slowStarts, slowEps, slow, delay, threads,
                (done, all) -> progress.progress(fast.count() + done, total));

        return new FastSlowDataset(fastData, slowData, manifold(family, manifoldRng));
    }

    private ManifoldData manifold(SystemFamily family, SplittableRandom rng) {
        if (manifoldCount == 0) {
            return new ManifoldData(family.at(epsilon.draw(new SplittableRandom(seed), 1)[0]).dimension(),
                    new double[0], new double[0]);
        }
        DynamicalSystem critical;
        try {
            critical = family.at(0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("manifold data is drawn at eps = 0, which " + system
                    + " does not accept: " + e.getMessage(), e);
        }
        int d = critical.dimension();
        double[] states = new double[manifoldCount * d];
        manifoldOf(critical).sampleManifold(rng, manifoldCount, states);
        return new ManifoldData(d, states, new double[manifoldCount]);
    }

    private TrajectoryData subset(SystemFamily family, double[][] starts, double[] eps, SubsetSpec spec,
            double delay, int threads, ProgressListener progress) {
        if (starts.length == 0) {
            int d = family.at(epsilon.draw(new SplittableRandom(seed), 1)[0]).dimension();
            return new TrajectoryData(0, spec.steps(), d, new double[0], new double[0], new double[0]);
        }
        return TrajectorySimulator.simulate(solver, family, starts, eps, spec, delay, threads, progress);
    }

    private static double[] sampleInitial(DynamicalSystem system, SplittableRandom rng) {
        double[] z = new double[system.dimension()];
        system.sampleInitialStates(rng, 1, z);
        return z;
    }

    /** A lifted manifold point moved by {@code offset} along a random unit direction of the fast components. */
    static double[] nearManifold(DynamicalSystem system, double offset, SplittableRandom rng) {
        SlowManifold manifold = manifoldOf(system);
        FastSlowSplit split = system.split().orElseThrow(() -> new IllegalArgumentException("system " + system
                .getClass().getSimpleName() + " declares no fast-slow split; slow sequences cannot start near its"
                + " manifold; use after-transient"));
        double[] x = new double[manifold.slowDimension()];
        manifold.sampleSlow(rng, 1, x);
        double[] z = new double[system.dimension()];
        manifold.lift(x, z);
        double[] direction = new double[split.fast()];
        double norm = 0;
        while (norm == 0) {
            norm = 0;
            for (int j = 0; j < direction.length; j++) {
                direction[j] = rng.nextGaussian();
                norm += direction[j] * direction[j];
            }
            norm = Math.sqrt(norm);
        }
        for (int j = 0; j < direction.length; j++) {
            z[split.slow() + j] += offset * direction[j] / norm;
        }
        return z;
    }

    private static SlowManifold manifoldOf(DynamicalSystem system) {
        return system.slowManifold().orElseThrow(() -> new IllegalArgumentException("system "
                + system.getClass().getSimpleName() + " has no known slow manifold"));
    }

    /** Everything that determines the data, as a JSON-ready map for dataset headers and cache keys. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("system", system);
        map.put("params", new java.util.TreeMap<>(params));
        map.put("epsilon", epsilon.toMap());
        map.put("solver", solver.toMap());
        map.put("fast", fast.toMap());
        map.put("slow", slow.toMap());
        map.put("slowStart", slowStart.toMap());
        map.put("manifoldCount", manifoldCount);
        map.put("seed", seed);
        return map;
    }
}
