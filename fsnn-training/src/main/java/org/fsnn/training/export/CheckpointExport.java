// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fsnn.training.io.AtomicFiles;

/**
 * Exports a trained model from a run directory's {@code checkpoint.json} to NumPy {@code .npz} or
 * safetensors: the parameters by name (the best-validation parameters when the checkpoint holds
 * them, else the last ones) and the fitted state (input normalization {@code inputMean} and
 * {@code inputStd}, target transform scales such as {@code transform/scales}) under
 * {@code fitted.<name>}, all float64.
 */
public final class CheckpointExport {
    /** The export formats. */
    public static final List<String> FORMATS = List.of("npz", "safetensors");

    private CheckpointExport() {
    }

    /**
     * The arrays of a checkpoint file.
     *
     * @throws IllegalArgumentException if the file is missing or not a checkpoint
     */
    public static NamedArrays read(Path checkpoint) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(checkpoint));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(checkpoint + ": no checkpoint; is this a run directory?");
        } catch (IOException e) {
            throw new IllegalArgumentException(checkpoint + ": not a readable checkpoint: " + e.getMessage());
        }
        JsonNode params = root.path("bestParameters");
        if (!params.isObject() || params.isEmpty()) {
            params = root.path("parameters");
        }
        if (!params.isObject() || params.isEmpty()) {
            throw new IllegalArgumentException(checkpoint + ": the checkpoint holds no parameters");
        }
        NamedArrays out = new NamedArrays();
        add(out, "", params, checkpoint);
        add(out, "fitted.", root.path("fitted"), checkpoint);
        return out;
    }

    private static void add(NamedArrays out, String prefix, JsonNode tensors, Path file) {
        for (Iterator<Map.Entry<String, JsonNode>> it = tensors.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode shapeNode = e.getValue().path("shape");
            JsonNode dataNode = e.getValue().path("data");
            int[] shape = new int[shapeNode.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = shapeNode.get(i).asInt();
            }
            double[] data = new double[dataNode.size()];
            for (int i = 0; i < data.length; i++) {
                JsonNode v = dataNode.get(i);
                if (!v.isNumber()) {
                    throw new IllegalArgumentException(file + ": '" + e.getKey() + "' has a non-number at " + i);
                }
                data[i] = v.doubleValue();
            }
            out.put(prefix + e.getKey().replace('/', '.'), shape, data);
        }
    }

    /**
     * Writes {@code model.npz} or {@code model.safetensors} into the run directory, atomically.
     *
     * @return the file written
     * @throws IllegalArgumentException for an unknown format or a directory without a checkpoint
     */
    public static Path export(Path runDir, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw new IllegalArgumentException("unknown export format '" + format + "'; known: " + FORMATS);
        }
        NamedArrays arrays = read(runDir.resolve("checkpoint.json"));
        Path target = runDir.resolve("model." + f);
        try {
            byte[] bytes = f.equals("npz") ? Npz.bytes(arrays)
                    : Safetensors.bytes(arrays, Map.of("format", "fsnn", "source", "checkpoint.json"));
            AtomicFiles.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return target;
    }
}
