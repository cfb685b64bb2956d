// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.fsnn.training.io.AtomicFiles;

/**
 * A dataset file: a JSON header saying how the data were made, then named float64 arrays.
 *
 * <pre>
 *   8 bytes   magic "FSNNDATA"
 *   int32 LE  format version (1)
 *   int32 LE  header length H in bytes
 *   H bytes   UTF-8 JSON: {"format", "fsnn", "recipe": {...}, "arrays": [{"name", "shape"}],
 *             "bodyBytes", "crc32"}
 *   body      every array's values in order, IEEE-754 float64 little-endian, row-major
 * </pre>
 *
 * <p>Files are written atomically. Reading checks the magic, the version, the header, the body's
 * length and its CRC-32, and fails with an {@link IOException} naming the file and what is wrong.
 *
 * @param recipe how the data were made (JSON-ready values), also the dataset's cache key
 * @param arrays the arrays by name, in file order
 */
public record DataFile(Map<String, Object> recipe, Map<String, Array> arrays) {

    /** The file's first bytes. */
    static final byte[] MAGIC = "FSNNDATA".getBytes(StandardCharsets.US_ASCII);
    /** The format version this code writes and reads. */
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /**
     * A named array of float64 values with its shape.
     *
     * @param shape the dimensions, whose product is the number of values
     * @param values the values, row-major
     */
    public record Array(int[] shape, double[] values) {

        /** Validates that the shape matches the values. */
        public Array {
            long size = 1;
            for (int s : shape) {
                if (s < 0) {
                    throw new IllegalArgumentException("array shape " + Arrays.toString(shape) + " has a negative size");
                }
                size *= s;
            }
            if (size != values.length) {
                throw new IllegalArgumentException("array of shape " + Arrays.toString(shape) + " needs " + size
                        + " values, got " + values.length);
            }
        }
    }

    /** Copies the maps, keeping order. */
    public DataFile {
        recipe = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(recipe));
        arrays = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
    }

    /**
     * The array of this name.
     *
     * @throws IllegalArgumentException naming the missing array and those present
     */
    public Array array(String name) {
        Array a = arrays.get(name);
        if (a == null) {
            throw new IllegalArgumentException("dataset has no array '" + name + "'; it has " + arrays.keySet());
        }
        return a;
    }

    /** The fsnn version that writes files: the module's version, or {@code unknown}. */
    static String fsnnVersion() {
        var descriptor = DataFile.class.getModule().getDescriptor();
        return descriptor == null ? "unknown" : descriptor.rawVersion().orElse("unknown");
    }

    /** Writes the file atomically. */
    public void write(Path file) throws IOException {
        long count = 0;
        List<Map<String, Object>> index = new ArrayList<>();
        for (var e : arrays.entrySet()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", e.getKey());
            entry.put("shape", e.getValue().shape());
            index.add(entry);
            count += e.getValue().values().length;
        }
        if (count * Double.BYTES > Integer.MAX_VALUE - 64) {
            throw new IOException(file + ": dataset of " + count + " values is too large for one file");
        }
        ByteBuffer body = ByteBuffer.allocate((int) (count * Double.BYTES)).order(ByteOrder.LITTLE_ENDIAN);
        for (Array a : arrays.values()) {
            body.asDoubleBuffer().put(a.values());
            body.position(body.position() + a.values().length * Double.BYTES);
        }
        CRC32 crc = new CRC32();
        crc.update(body.array());
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", FORMAT);
        header.put("fsnn", fsnnVersion());
        header.put("recipe", recipe);
        header.put("arrays", index);
        header.put("bodyBytes", body.capacity());
        header.put("crc32", crc.getValue());
        byte[] json = JSON.writeValueAsBytes(header);
        ByteBuffer head = ByteBuffer.allocate(MAGIC.length + 8).order(ByteOrder.LITTLE_ENDIAN);
        head.put(MAGIC).putInt(FORMAT).putInt(json.length);
        AtomicFiles.write(file, out -> {
            out.write(head.array());
            out.write(json);
            out.write(body.array());
        });
    }

    /**
     * Reads a file written by {@link #write}.
     *
     * @throws IOException if it cannot be read, or is not a dataset file, truncated or corrupt; the
     *     message names the file and the problem
     */
    public static DataFile read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < MAGIC.length + 8 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException(file + ": not an fsnn dataset file (no FSNNDATA magic)");
        }
        in.position(MAGIC.length);
        int format = in.getInt();
        if (format != FORMAT) {
            throw new IOException(file + ": dataset format " + format + " is not supported; this fsnn reads format "
                    + FORMAT);
        }
        int headerLength = in.getInt();
        if (headerLength < 0 || headerLength > bytes.length - in.position()) {
            throw new IOException(file + ": truncated dataset file: header of " + headerLength + " bytes, only "
                    + (bytes.length - in.position()) + " bytes left");
        }
        Map<String, Object> header;
        try {
            header = JSON.readValue(bytes, in.position(), headerLength, new TypeReference<Map<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + ": corrupt dataset header: " + e.getOriginalMessage(), e);
        }
        int bodyStart = in.position() + headerLength;
        try {
            long bodyBytes = ((Number) header.get("bodyBytes")).longValue();
            if (bytes.length - bodyStart != bodyBytes) {
                throw new IOException(file + ": truncated or padded dataset file: body has " + (bytes.length - bodyStart)
                        + " bytes, header says " + bodyBytes);
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, bodyStart, (int) bodyBytes);
            if (crc.getValue() != ((Number) header.get("crc32")).longValue()) {
                throw new IOException(file + ": corrupt dataset file: body checksum does not match the header");
            }
            in.position(bodyStart);
            Map<String, Array> arrays = new LinkedHashMap<>();
            for (Object o : (List<?>) header.get("arrays")) {
                Map<?, ?> entry = (Map<?, ?>) o;
                int[] shape = ((List<?>) entry.get("shape")).stream().mapToInt(v -> ((Number) v).intValue()).toArray();
                long size = Arrays.stream(shape).asLongStream().reduce(1, (a, b) -> a * b);
                if (size * Double.BYTES > in.remaining()) {
                    throw new IOException(file + ": corrupt dataset header: array '" + entry.get("name")
                            + "' does not fit in the body");
                }
                double[] values = new double[(int) size];
                in.asDoubleBuffer().get(values);
                in.position(in.position() + values.length * Double.BYTES);
                arrays.put((String) entry.get("name"), new Array(shape, values));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> recipe = (Map<String, Object>) header.get("recipe");
            return new DataFile(recipe == null ? Map.of() : recipe, arrays);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IOException(file + ": corrupt dataset header: missing or ill-typed field (" + e.getMessage() + ")",
                    e);
        }
    }

    /** The recipe as canonical JSON (keys sorted), the text cache keys are hashed from. */
    public static String canonical(Map<String, Object> recipe) {
        try {
            return JSON.writeValueAsString(recipe);
        } catch (IOException e) {
            throw new IllegalArgumentException("recipe is not JSON-ready: " + e.getMessage(), e);
        }
    }
}
