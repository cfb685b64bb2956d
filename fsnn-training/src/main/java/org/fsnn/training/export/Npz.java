// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes NumPy's {@code .npz} format: a zip archive with one {@code NAME.npy} entry per array,
 * each in {@code .npy} format version 1.0 (magic {@code \x93NUMPY}, a Python-literal header
 * padded to a multiple of 64 bytes, then little-endian float64 data in C order).
 * {@code numpy.load(path)} reads it back by name.
 */
public final class Npz {
    private Npz() {
    }

    /** Writes the arrays as an {@code .npz} archive to {@code out}. */
    public static void write(NamedArrays arrays, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, NamedArrays.Array> e : arrays.asMap().entrySet()) {
            zip.putNextEntry(new ZipEntry(e.getKey() + ".npy"));
            zip.write(npy(e.getValue()));
            zip.closeEntry();
        }
        zip.finish();
    }

    /** One array in {@code .npy} format 1.0. */
    static byte[] npy(NamedArrays.Array array) {
        int[] shape = array.shape();
        StringBuilder dims = new StringBuilder();
        for (int s : shape) {
            dims.append(s).append(", ");
        }
        String tuple = shape.length == 1 ? "(" + shape[0] + ",)"
                : "(" + (dims.length() == 0 ? "" : dims.substring(0, dims.length() - 2)) + ")";
        String header = "{'descr': '<f8', 'fortran_order': False, 'shape': " + tuple + ", }";
        int preamble = 10; // magic (6) + version (2) + header length (2)
        int padded = (preamble + header.length() + 1 + 63) / 64 * 64;
        header = header + " ".repeat(padded - preamble - header.length() - 1) + "\n";
        double[] data = array.data();
        ByteBuffer buf = ByteBuffer.allocate(padded + 8 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        buf.putShort((short) header.length());
        buf.put(header.getBytes(StandardCharsets.US_ASCII));
        for (double v : data) {
            buf.putDouble(v);
        }
        return buf.array();
    }

    /** The archive as bytes. */
    public static byte[] bytes(NamedArrays arrays) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(arrays, out);
        return out.toByteArray();
    }
}
