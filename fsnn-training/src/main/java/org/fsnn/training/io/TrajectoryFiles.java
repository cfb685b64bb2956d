// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes {@link Trajectories} as JSON and CSV, atomically, and reads the JSON back. */
public final class TrajectoryFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TrajectoryFiles() {
    }

    /**
     * Writes {@code {"system", "params", "solver", "t", "z"}} with {@code z[trajectory][time][component]}.
     */
    public static void writeJson(Path file, Trajectories trajectories) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("system", trajectories.system());
        document.put("params", trajectories.params());
        document.put("solver", trajectories.solver());
        document.put("t", trajectories.t());
        document.put("z", trajectories.z());
        AtomicFiles.write(file, JSON.writeValueAsBytes(document));
    }

    /** Writes one row per trajectory and time: {@code trajectory,t,z0,z1,...}, numbers round-trip exact. */
    public static void writeCsv(Path file, Trajectories trajectories) throws IOException {
        StringBuilder csv = new StringBuilder("trajectory,t");
        for (int j = 0; j < trajectories.dimension(); j++) {
            csv.append(",z").append(j);
        }
        csv.append('\n');
        double[] t = trajectories.t();
        for (int i = 0; i < trajectories.z().length; i++) {
            for (int k = 0; k < t.length; k++) {
                csv.append(i).append(',').append(t[k]);
                for (double value : trajectories.z()[i][k]) {
                    csv.append(',').append(value);
                }
                csv.append('\n');
            }
        }
        AtomicFiles.writeString(file, csv.toString());
    }

    /**
     * Reads a file written by {@link #writeJson}.
     *
     * @throws IOException if the file cannot be read or is not such a document (the message names
     *     the file and the missing or ill-typed field)
     */
    public static Trajectories readJson(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        try {
            Map<String, Double> params = new LinkedHashMap<>();
            field(root, "params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asDouble()));
            return new Trajectories(field(root, "system").asText(), params, field(root, "solver").asText(),
                    JSON.treeToValue(field(root, "t"), double[].class),
                    JSON.treeToValue(field(root, "z"), double[][][].class));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode field(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("missing field '" + name + "'");
        }
        return node;
    }
}
