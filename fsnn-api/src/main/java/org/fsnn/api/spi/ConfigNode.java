// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable JSON-like configuration object handed to plugins: a map from keys to numbers,
 * strings, booleans, lists and nested objects. Jackson builds one from a JSON file; code builds
 * one with {@link #of(Map)}.
 *
 * <p>Typed getters fail with the JSON path of the offending entry and the expected type, and
 * {@link #requireOnly} rejects unknown keys, so a typo in a config file never passes silently.
 */
public final class ConfigNode {
    private final String path;
    private final Map<String, Object> values;

    private ConfigNode(String path, Map<String, Object> values) {
        this.path = path;
        this.values = values;
    }

    /** An empty object at the root. */
    public static ConfigNode empty() {
        return new ConfigNode("$", Map.of());
    }

    /**
     * An object at the root from a map whose values are {@link Number}, {@link String},
     * {@link Boolean}, {@link List} or {@link Map} (nested alike).
     */
    public static ConfigNode of(Map<String, ?> values) {
        return of("$", values);
    }

    /** An object at the given JSON path (for error messages). */
    public static ConfigNode of(String path, Map<String, ?> values) {
        return new ConfigNode(path, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /** The JSON path of this object, e.g. {@code $.model.flow}. */
    public String path() {
        return path;
    }

    /** The keys present, in order. */
    public Set<String> keys() {
        return values.keySet();
    }

    /** Whether a key is present. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The entries as a plain map (nested objects stay maps). */
    public Map<String, Object> asMap() {
        return values;
    }

    /**
     * Fails if any key is not among {@code allowed}, naming it, its path and the allowed keys.
     *
     * @return this node
     */
    public ConfigNode requireOnly(String... allowed) {
        Set<String> ok = new TreeSet<>(List.of(allowed));
        for (String k : values.keySet()) {
            if (!ok.contains(k)) {
                throw new IllegalArgumentException(path + "." + k + ": unknown field; expected one of " + ok);
            }
        }
        return this;
    }

    /** A number, or {@code fallback} when absent. */
    public double getDouble(String key, double fallback) {
        return has(key) ? number(key).doubleValue() : fallback;
    }

    /** A required number. */
    public double getDouble(String key) {
        return number(key).doubleValue();
    }

    /** An integer, or {@code fallback} when absent. */
    public int getInt(String key, int fallback) {
        return has(key) ? integer(key) : fallback;
    }

    /** A required integer. */
    public int getInt(String key) {
        return integer(key);
    }

    /** A boolean, or {@code fallback} when absent. */
    public boolean getBoolean(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        if (values.get(key) instanceof Boolean b) {
            return b;
        }
        throw typeError(key, "a boolean");
    }

    /** A string, or {@code fallback} when absent. */
    public String getString(String key, String fallback) {
        return has(key) ? getString(key) : fallback;
    }

    /** A required string. */
    public String getString(String key) {
        if (require(key) instanceof String s) {
            return s;
        }
        throw typeError(key, "a string");
    }

    /** A list of integers, or {@code fallback} when absent. */
    public List<Integer> getIntList(String key, List<Integer> fallback) {
        if (!has(key)) {
            return fallback;
        }
        List<Integer> out = new ArrayList<>();
        for (Object o : list(key)) {
            if (!(o instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
                throw typeError(key, "a list of integers");
            }
            out.add(n.intValue());
        }
        return List.copyOf(out);
    }

    /** A list of numbers, or {@code fallback} when absent. */
    public List<Double> getDoubleList(String key, List<Double> fallback) {
        if (!has(key)) {
            return fallback;
        }
        List<Double> out = new ArrayList<>();
        for (Object o : list(key)) {
            if (!(o instanceof Number n)) {
                throw typeError(key, "a list of numbers");
            }
            out.add(n.doubleValue());
        }
        return List.copyOf(out);
    }

    /** A nested object, or an empty one at that path when absent. */
    @SuppressWarnings("unchecked")
    public ConfigNode child(String key) {
        if (!has(key)) {
            return new ConfigNode(path + "." + key, Map.of());
        }
        if (values.get(key) instanceof Map<?, ?> m) {
            return of(path + "." + key, (Map<String, ?>) m);
        }
        throw typeError(key, "an object");
    }

    /** A list of nested objects, empty when absent. */
    @SuppressWarnings("unchecked")
    public List<ConfigNode> children(String key) {
        if (!has(key)) {
            return List.of();
        }
        List<ConfigNode> out = new ArrayList<>();
        List<?> items = list(key);
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException(path + "." + key + "[" + i + "]: expected an object");
            }
            out.add(of(path + "." + key + "[" + i + "]", (Map<String, ?>) m));
        }
        return List.copyOf(out);
    }

    private Object require(String key) {
        if (!has(key)) {
            throw new IllegalArgumentException(path + "." + key + ": missing required field");
        }
        return values.get(key);
    }

    private Number number(String key) {
        if (require(key) instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n;
        }
        throw typeError(key, "a finite number");
    }

    private int integer(String key) {
        Number n = number(key);
        double d = n.doubleValue();
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw typeError(key, "an integer");
        }
        return (int) d;
    }

    private List<?> list(String key) {
        if (require(key) instanceof List<?> l) {
            return l;
        }
        throw typeError(key, "a list");
    }

    private IllegalArgumentException typeError(String key, String expected) {
        return new IllegalArgumentException(path + "." + key + ": expected " + expected + ", got " + values.get(key));
    }

    @Override
    public String toString() {
        return path + values;
    }
}
