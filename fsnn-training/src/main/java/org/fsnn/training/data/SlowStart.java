// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fsnn.api.spi.ConfigNode;

/**
 * Where slow-scale sequences start, so that they begin near the slow manifold and record the slow
 * drift rather than the fast transient.
 */
public sealed interface SlowStart {

    /** The settings as a JSON-ready map, for dataset headers. */
    Map<String, Object> toMap();

    /**
     * Reads {@code {"from-manifold": offset}} or {@code {"after-transient": delaySteps}}.
     *
     * @throws IllegalArgumentException naming the JSON path when neither, both or a bad value is given
     */
    static SlowStart fromConfig(ConfigNode node) {
        node.requireOnly("from-manifold", "after-transient");
        if (node.has("from-manifold") == node.has("after-transient")) {
            throw new IllegalArgumentException(node.path() + ": give exactly one of 'from-manifold' or 'after-transient'");
        }
        String key = node.has("from-manifold") ? "from-manifold" : "after-transient";
        double value = node.getDouble(key);
        if (!(value >= 0)) {
            throw new IllegalArgumentException(node.path() + "." + key + ": must be >= 0, got " + value);
        }
        return key.equals("from-manifold") ? new FromManifold(value) : new AfterTransient(value);
    }

    /**
     * Start at a point lifted from the system's slow manifold, z = lift(x) for x from the manifold's
     * own sampler, then moved by {@code offset} in the fast components along a random unit direction:
     * the start lies at Euclidean distance exactly {@code offset} from the manifold's graph point
     * (to round-off). Needs a system with {@code slowManifold()} and {@code split()}.
     *
     * @param offset the distance from the manifold, at least 0
     */
    record FromManifold(double offset) implements SlowStart {

        /** Validates the offset. */
        public FromManifold {
            if (!(offset >= 0) || Double.isInfinite(offset)) {
                throw new IllegalArgumentException("slow start: offset must be finite and >= 0, got " + offset);
            }
        }

        @Override
        public Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("from-manifold", offset);
            return map;
        }
    }

    /**
     * Start from an initial state of the system's sampler and skip the fast transient: record from
     * t = {@code delaySteps}·Δt on, as the FSNN paper offsets its slow-scale trajectories by Δt_slow
     * (section 5.3). How close that is to the manifold depends on the contraction e^{λ t}; the
     * generator does not check it.
     *
     * @param delaySteps the skipped time in units of the subset's step, at least 0
     */
    record AfterTransient(double delaySteps) implements SlowStart {

        /** Validates the delay. */
        public AfterTransient {
            if (!(delaySteps >= 0) || Double.isInfinite(delaySteps)) {
                throw new IllegalArgumentException("slow start: delay must be finite and >= 0 steps, got " + delaySteps);
            }
        }

        @Override
        public Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("after-transient", delaySteps);
            return map;
        }
    }
}
