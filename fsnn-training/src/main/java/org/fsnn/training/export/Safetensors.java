// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes the safetensors format: an unsigned little-endian 64-bit header length, a JSON header
 * mapping each name to {@code {"dtype": "F64", "shape": [...], "data_offsets": [begin, end]}}
 * (offsets relative to the data section) plus string {@code __metadata__}, padded with spaces to
 * a multiple of 8 bytes, then the little-endian float64 data of every array in order.
 */
public final class Safetensors {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Safetensors() {
    }

    /** The file's bytes, with {@code metadata} as the header's {@code __metadata__}. */
    public static byte[] bytes(NamedArrays arrays, Map<String, String> metadata) throws IOException {
        ObjectNode header = MAPPER.createObjectNode();
        if (!metadata.isEmpty()) {
            ObjectNode meta = header.putObject("__metadata__");
            metadata.forEach(meta::put);
        }
        long offset = 0;
        for (Map.Entry<String, NamedArrays.Array> e : arrays.asMap().entrySet()) {
            ObjectNode entry = header.putObject(e.getKey());
            entry.put("dtype", "F64");
            int[] shape = e.getValue().shape();
            var dims = entry.putArray("shape");
            for (int s : shape) {
                dims.add(s);
            }
            long size = 8L * e.getValue().data().length;
            entry.putArray("data_offsets").add(offset).add(offset + size);
            offset += size;
        }
        byte[] json = MAPPER.writeValueAsString(header).getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 7) / 8 * 8;
        ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(8 + padded + offset)).order(ByteOrder.LITTLE_ENDIAN);
        buf.putLong(padded);
        buf.put(json);
        for (int i = json.length; i < padded; i++) {
            buf.put((byte) ' ');
        }
        for (NamedArrays.Array a : arrays.asMap().values()) {
            for (double v : a.data()) {
                buf.putDouble(v);
            }
        }
        return buf.array();
    }
}
