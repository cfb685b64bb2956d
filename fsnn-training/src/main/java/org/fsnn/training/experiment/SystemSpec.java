// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import java.util.Map;
import java.util.TreeMap;

/**
 * The dynamical system to learn: a {@code SystemProvider} name and its parameters other than ε
 * (ε comes from the experiment's grid).
 *
 * @param name the provider's name, e.g. {@code davis-skodje}
 * @param params parameter values by name; absent ones take the provider's defaults
 */
public record SystemSpec(String name, Map<String, Double> params) {

    /** The Davis–Skodje benchmark with default parameters. */
    public static final SystemSpec DAVIS_SKODJE = new SystemSpec("davis-skodje", Map.of());

    /** Validates and copies the parameters (sorted by name). */
    public SystemSpec {
        Checks.require(name != null && !name.isBlank(), "system.name", "must not be empty");
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }
}
