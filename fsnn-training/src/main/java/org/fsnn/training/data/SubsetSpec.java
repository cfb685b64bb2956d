// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fsnn.api.spi.ConfigNode;

/**
 * The shape of one trajectory subset: how many sequences, how many steps each, and the step.
 *
 * @param count the number of sequences, at least 0
 * @param steps the steps per sequence, at least 1 (each sequence holds steps + 1 states)
 * @param dt the output step before {@code scale} is applied, positive
 * @param scale how the step depends on each sequence's ε
 */
public record SubsetSpec(int count, int steps, double dt, StepScale scale) {

    /** Validates the sizes. */
    public SubsetSpec {
        if (count < 0 || steps < 1 || !(dt > 0) || Double.isInfinite(dt) || scale == null) {
            throw new IllegalArgumentException("trajectory subset: need count >= 0, steps >= 1, a finite dt > 0 and a"
                    + " step scale; got count=" + count + ", steps=" + steps + ", dt=" + dt + ", scale=" + scale);
        }
    }

    /**
     * Reads {@code {"count", "steps", "dt", "scale": "fixed" | "times-eps" | "over-eps"}}; the scale
     * defaults to {@code fixed}.
     *
     * @throws IllegalArgumentException naming the JSON path of a missing or bad entry
     */
    public static SubsetSpec fromConfig(ConfigNode node) {
        node.requireOnly("count", "steps", "dt", "scale");
        int count = node.getInt("count");
        int steps = node.getInt("steps");
        double dt = node.getDouble("dt");
        if (count < 0) {
            throw new IllegalArgumentException(node.path() + ".count: must be >= 0, got " + count);
        }
        if (steps < 1) {
            throw new IllegalArgumentException(node.path() + ".steps: must be >= 1, got " + steps);
        }
        if (!(dt > 0)) {
            throw new IllegalArgumentException(node.path() + ".dt: must be > 0, got " + dt);
        }
        return new SubsetSpec(count, steps, dt, StepScale.of(node.path() + ".scale", node.getString("scale", "fixed")));
    }

    /** The step of a sequence at this ε. */
    public double step(double epsilon) {
        return scale.step(dt, epsilon);
    }

    /** The settings as a JSON-ready map, for dataset headers. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", count);
        map.put("steps", steps);
        map.put("dt", dt);
        map.put("scale", scale.label());
        return map;
    }
}
