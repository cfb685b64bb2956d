// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fsnn.api.spi.ConfigNode;

/** How each trajectory's ε is chosen: from a list, or log-uniformly in a range. */
public sealed interface EpsilonSampler {

    /**
     * One ε per trajectory.
     *
     * @param rng the source of random draws (a list uses none)
     * @param count how many trajectories
     */
    double[] draw(SplittableRandom rng, int count);

    /** The settings as a JSON-ready map, for dataset headers. */
    Map<String, Object> toMap();

    /**
     * The values of a list in turn: trajectory i gets {@code values[i mod size]}, so every value has
     * the same share (Alg. 2 of the stiff operator-learning paper loops over its ε grid, eq. 30).
     *
     * @param values the ε values, each positive or zero
     */
    record Grid(List<Double> values) implements EpsilonSampler {

        /** Validates the values. */
        public Grid {
            values = List.copyOf(values);
            if (values.isEmpty() || values.stream().anyMatch(v -> !(v >= 0) || Double.isInfinite(v))) {
                throw new IllegalArgumentException("epsilon grid: need at least one finite value >= 0, got " + values);
            }
        }

        @Override
        public double[] draw(SplittableRandom rng, int count) {
            double[] out = new double[count];
            for (int i = 0; i < count; i++) {
                out[i] = values.get(i % values.size());
            }
            return out;
        }

        @Override
        public Map<String, Object> toMap() {
            return Map.of("grid", values);
        }
    }

    /**
     * ε = exp(U(ln min, ln max)) per trajectory, as the FSNN paper draws ε in [1e-5, 1e-2].
     *
     * @param min the smallest ε, positive
     * @param max the largest ε, at least {@code min}
     */
    record LogUniform(double min, double max) implements EpsilonSampler {

        /** Validates the range. */
        public LogUniform {
            if (!(min > 0 && max >= min && Double.isFinite(max))) {
                throw new IllegalArgumentException("epsilon log-uniform range: need 0 < min <= max, got [" + min + ", "
                        + max + "]");
            }
        }

        @Override
        public double[] draw(SplittableRandom rng, int count) {
            double lo = Math.log(min);
            double hi = Math.log(max);
            double[] out = new double[count];
            for (int i = 0; i < count; i++) {
                out[i] = Math.min(max, Math.max(min, Math.exp(lo + (hi - lo) * rng.nextDouble())));
            }
            return out;
        }

        @Override
        public Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("log-uniform", List.of(min, max));
            return map;
        }
    }

    /** The ε grid of the stiff operator-learning paper (eq. 30). */
    public static Grid paperGrid() {
        return new Grid(List.of(0.01, 0.02, 0.03, 0.04, 0.05, 0.075, 0.1, 0.2, 0.3));
    }

    /**
     * Reads {@code {"grid": [..]}} or {@code {"log-uniform": [min, max]}}.
     *
     * @throws IllegalArgumentException naming the JSON path when neither or both are given
     */
    public static EpsilonSampler fromConfig(ConfigNode node) {
        node.requireOnly("grid", "log-uniform");
        if (node.has("grid") == node.has("log-uniform")) {
            throw new IllegalArgumentException(node.path() + ": give exactly one of 'grid' or 'log-uniform'");
        }
        if (node.has("grid")) {
            return new Grid(node.getDoubleList("grid", List.of()));
        }
        List<Double> range = node.getDoubleList("log-uniform", List.of());
        if (range.size() != 2) {
            throw new IllegalArgumentException(node.path() + ".log-uniform: expected [min, max], got " + range);
        }
        return new LogUniform(range.get(0), range.get(1));
    }
}
