// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A strict view of one JSON object: every read names the JSON path and the expected type on
 * failure ({@code $.training.epochs: expected an integer, got "ten"}), and {@link #requireOnly}
 * rejects fields nobody reads.
 */
final class JsonObject {
    private final String path;
    private final JsonNode node;

    private JsonObject(String path, JsonNode node) {
        this.path = path;
        this.node = node;
    }

    /** The object at {@code path}; fails unless {@code node} is an object. */
    static JsonObject of(String path, JsonNode node) {
        if (!node.isObject()) {
            throw typeError(path, "an object", node);
        }
        return new JsonObject(path, node);
    }

    /** Fails on the first field not among {@code allowed}, listing the allowed ones. */
    JsonObject requireOnly(String... allowed) {
        Set<String> ok = new TreeSet<>(List.of(allowed));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!ok.contains(field)) {
                throw new IllegalArgumentException(at(field) + ": unknown field; expected one of " + ok);
            }
        }
        return this;
    }

    /** Whether a field is present (JSON null counts as absent). */
    boolean has(String field) {
        return node.hasNonNull(field);
    }

    /** A nested object, or empty when absent. */
    JsonObject object(String field) {
        return has(field) ? of(at(field), node.get(field)) : new JsonObject(at(field),
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
    }

    /** A string, or {@code fallback} when absent. */
    String string(String field, String fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode v = node.get(field);
        if (!v.isTextual()) {
            throw typeError(at(field), "a string", v);
        }
        return v.asText();
    }

    /** A number, or {@code fallback} when absent. */
    double number(String field, double fallback) {
        return has(field) ? number(at(field), node.get(field)) : fallback;
    }

    /** An integer, or {@code fallback} when absent. */
    long integer(String field, long fallback) {
        return has(field) ? integer(at(field), node.get(field)) : fallback;
    }

    /** An {@code int}, or {@code fallback} when absent. */
    int intValue(String field, int fallback) {
        long v = integer(field, fallback);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw typeError(at(field), "an integer in the int range", node.get(field));
        }
        return (int) v;
    }

    /** A list of numbers, or {@code fallback} when absent. */
    List<Double> numbers(String field, List<Double> fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode v = array(field);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(number(at(field) + "[" + i + "]", v.get(i)));
        }
        return out;
    }

    /** A list of integers, or {@code fallback} when absent. */
    List<Integer> integers(String field, List<Integer> fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode v = array(field);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            long n = integer(at(field) + "[" + i + "]", v.get(i));
            out.add((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n)));
        }
        return out;
    }

    /** An object of numbers, or {@code fallback} when absent. */
    Map<String, Double> numberMap(String field, Map<String, Double> fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonObject o = object(field);
        Map<String, Double> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), number(o.at(e.getKey()), e.getValue()));
        }
        return out;
    }

    private JsonNode array(String field) {
        JsonNode v = node.get(field);
        if (!v.isArray()) {
            throw typeError(at(field), "a list", v);
        }
        return v;
    }

    private String at(String field) {
        return path + "." + field;
    }

    private static double number(String path, JsonNode v) {
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw typeError(path, "a number", v);
        }
        return v.asDouble();
    }

    private static long integer(String path, JsonNode v) {
        if (!v.isIntegralNumber() && !(v.isNumber() && v.asDouble() == Math.rint(v.asDouble()))) {
            throw typeError(path, "an integer", v);
        }
        if (!v.canConvertToLong()) {
            throw typeError(path, "an integer in the long range", v);
        }
        return v.asLong();
    }

    private static IllegalArgumentException typeError(String path, String expected, JsonNode got) {
        String shown = got.toString();
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return new IllegalArgumentException(path + ": expected " + expected + ", got " + shown);
    }
}
