// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolved parameter values: every declared parameter, given or defaulted, each checked against
 * its {@link ParameterSpec}. Immutable.
 */
public final class Params {
    private final Map<String, Double> values;

    private Params(Map<String, Double> values) {
        this.values = values;
    }

    /**
     * Resolves given values against the declared specs.
     *
     * @param owner the plugin's name, for error messages
     * @param specs the declared parameters
     * @param given values by name; absent ones take their default
     * @throws IllegalArgumentException for an unknown name (listing the known ones) or a value that
     *     is not finite or out of range (giving the range)
     */
    public static Params resolve(String owner, List<ParameterSpec> specs, Map<String, Double> given) {
        Map<String, ParameterSpec> byName = new LinkedHashMap<>();
        specs.forEach(s -> byName.put(s.name(), s));
        for (String name : given.keySet()) {
            if (!byName.containsKey(name)) {
                throw new IllegalArgumentException(owner + ": unknown parameter '" + name + "'; known: " + byName.keySet());
            }
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParameterSpec s : specs) {
            double v = given.getOrDefault(s.name(), s.defaultValue());
            if (!s.accepts(v)) {
                throw new IllegalArgumentException(owner + ": parameter '" + s.name() + "' = " + v + " must be finite and in "
                        + s.range());
            }
            values.put(s.name(), v);
        }
        return new Params(values);
    }

    /**
     * The value of a parameter.
     *
     * @throws IllegalArgumentException if it was not declared
     */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'; known: " + values.keySet());
        }
        return v;
    }

    /** Every value, in declaration order. */
    public Map<String, Double> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
