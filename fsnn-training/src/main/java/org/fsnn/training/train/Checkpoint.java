// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.tensor.Tensor;
import org.fsnn.training.io.AtomicFiles;

/**
 * Everything needed to resume training exactly, saved as one JSON file ({@value #FORMAT}):
 *
 * <pre>{@code
 * { "format": "fsnn-checkpoint-1", "epoch": 4, "step": 40,
 *   "rng": { "seed": 7, "epoch": 4 },
 *   "best": { "epoch": 3, "loss": 0.0123 },
 *   "config": { ...the resolved run config... },
 *   "parameters":     { "net.dense0.weight": { "shape": [128, 2], "data": [ ... ] }, ... },
 *   "bestParameters": { ... },
 *   "fitted":         { "inputMean": {...}, "transform/scales": {...} },
 *   "optimizer":      { "0/count": {...}, "0/mu/net.dense0.weight": {...}, ... } }
 * }</pre>
 *
 * Numbers are written in Java's shortest round-trip decimal form, so every float64 reads back
 * bit for bit. The random state is (seed, epoch): shuffles are derived from them
 * ({@link Shuffle}).
 *
 * @param epoch the last completed epoch
 * @param step the number of optimizer updates so far
 * @param seed the shuffling seed
 * @param config the resolved run configuration (plain JSON values)
 * @param bestEpoch the epoch of the best loss so far
 * @param bestLoss the best loss so far
 * @param parameters the model's parameters by name
 * @param bestParameters the parameters at {@code bestEpoch}
 * @param fitted the model's fitted state ({@link org.fsnn.training.model.FittedState}), possibly empty
 * @param optimizer the optimizer state ({@link org.fsnn.training.optim.GradientTransform#saveState})
 */
public record Checkpoint(int epoch, long step, long seed, Map<String, Object> config, int bestEpoch, double bestLoss,
        Map<String, Tensor> parameters, Map<String, Tensor> bestParameters, Map<String, Tensor> fitted,
        Map<String, Tensor> optimizer) {
    /** The format tag written into every file. */
    public static final String FORMAT = "fsnn-checkpoint-1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes the checkpoint to {@code file} atomically. */
    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("epoch", epoch);
        root.put("step", step);
        ObjectNode rng = root.putObject("rng");
        rng.put("seed", seed);
        rng.put("epoch", epoch);
        ObjectNode best = root.putObject("best");
        best.put("epoch", bestEpoch);
        if (Double.isFinite(bestLoss)) {
            best.put("loss", bestLoss);
        } else {
            best.putNull("loss");
        }
        root.set("config", JSON.valueToTree(config));
        root.set("parameters", tensors(parameters));
        root.set("bestParameters", tensors(bestParameters));
        root.set("fitted", tensors(fitted));
        root.set("optimizer", tensors(optimizer));
        byte[] bytes = JSON.writeValueAsBytes(root);
        AtomicFiles.write(file, bytes);
    }

    /**
     * Reads a checkpoint, creating tensors on {@code backend}.
     *
     * @throws IOException if the file cannot be read or is not a checkpoint of this format
     */
    @SuppressWarnings("unchecked")
    public static Checkpoint read(Path file, Backend backend) throws IOException {
        JsonNode root = JSON.readTree(Files.readAllBytes(file));
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + ": not an " + FORMAT + " file (format: " + root.path("format") + ")");
        }
        JsonNode best = root.path("best");
        return new Checkpoint(root.path("epoch").asInt(), root.path("step").asLong(), root.path("rng").path("seed").asLong(),
                JSON.convertValue(root.path("config"), LinkedHashMap.class), best.path("epoch").asInt(),
                best.path("loss").isNumber() ? best.path("loss").doubleValue() : Double.POSITIVE_INFINITY,
                tensors(root.path("parameters"), backend, file), tensors(root.path("bestParameters"), backend, file),
                tensors(root.path("fitted"), backend, file), tensors(root.path("optimizer"), backend, file));
    }

    private static ObjectNode tensors(Map<String, Tensor> map) {
        ObjectNode out = JSON.createObjectNode();
        map.forEach((name, t) -> {
            ObjectNode entry = out.putObject(name);
            ArrayNode shape = entry.putArray("shape");
            for (int d : t.shape().dims()) {
                shape.add(d);
            }
            ArrayNode data = entry.putArray("data");
            for (double v : t.toArray()) {
                data.add(v);
            }
        });
        return out;
    }

    private static Map<String, Tensor> tensors(JsonNode node, Backend backend, Path file) throws IOException {
        Map<String, Tensor> out = new LinkedHashMap<>();
        var fields = node.properties().iterator();
        while (fields.hasNext()) {
            var e = fields.next();
            JsonNode shapeNode = e.getValue().path("shape");
            JsonNode dataNode = e.getValue().path("data");
            int[] shape = new int[shapeNode.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = shapeNode.get(i).asInt();
            }
            double[] data = new double[dataNode.size()];
            for (int i = 0; i < data.length; i++) {
                if (!dataNode.get(i).isNumber()) {
                    throw new IOException(file + ": entry '" + e.getKey() + "' has a non-number at " + i);
                }
                data[i] = dataNode.get(i).doubleValue();
            }
            try {
                out.put(e.getKey(), backend.fromArray(data, shape));
            } catch (IllegalArgumentException bad) {
                throw new IOException(file + ": entry '" + e.getKey() + "': " + bad.getMessage(), bad);
            }
        }
        return out;
    }
}
