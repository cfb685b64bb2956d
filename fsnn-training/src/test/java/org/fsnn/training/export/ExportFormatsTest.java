// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Reads both export formats back with parsers written here from the format specifications (zip
 * plus the .npy header; the safetensors length-prefixed JSON header) and compares every value.
 */
class ExportFormatsTest {

    private static NamedArrays sample() {
        SplittableRandom rng = new SplittableRandom(5);
        double[] w = new double[3 * 4];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextGaussian() * Math.pow(10, rng.nextInt(-200, 200));
        }
        return new NamedArrays().put("net.dense0.weight", new int[] {3, 4}, w)
                .put("net.dense0.bias", 0.5, -0.25, Double.MIN_VALUE, -0.0)
                .put("transform.scale", new int[] {}, new double[] {0.046})
                .put("norm.mean", 1e300, -1e-300);
    }

    record Parsed(int[] shape, double[] data) {
    }

    /** An independent .npz reader: zip entries, .npy v1 header by regular expression, LE f64. */
    static Map<String, Parsed> readNpz(byte[] bytes) throws IOException {
        Map<String, Parsed> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                byte[] npy = zip.readAllBytes();
                assertEquals((byte) 0x93, npy[0]);
                assertEquals("NUMPY", new String(npy, 1, 5, StandardCharsets.US_ASCII));
                assertEquals(1, npy[6]);
                int headerLen = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
                assertEquals(0, (10 + headerLen) % 64, "header padding");
                String header = new String(npy, 10, headerLen, StandardCharsets.US_ASCII);
                assertTrue(header.endsWith("\n"));
                assertTrue(header.contains("'descr': '<f8'"), header);
                assertTrue(header.contains("'fortran_order': False"), header);
                Matcher m = Pattern.compile("'shape': \\(([^)]*)\\)").matcher(header);
                assertTrue(m.find(), header);
                int[] shape = java.util.Arrays.stream(m.group(1).split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
                ByteBuffer data = ByteBuffer.wrap(npy, 10 + headerLen, npy.length - 10 - headerLen)
                        .order(ByteOrder.LITTLE_ENDIAN);
                double[] values = new double[data.remaining() / 8];
                for (int i = 0; i < values.length; i++) {
                    values[i] = data.getDouble();
                }
                out.put(e.getName().replaceFirst("\\.npy$", ""), new Parsed(shape, values));
            }
        }
        return out;
    }

    /** An independent safetensors reader: u64 LE header size, JSON header parsed by pattern, LE f64. */
    static Map<String, Parsed> readSafetensors(byte[] bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int n = (int) buf.getLong();
        String header = new String(bytes, 8, n, StandardCharsets.UTF_8);
        int base = 8 + n;
        Map<String, Parsed> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"([^\"]+)\":\\{\"dtype\":\"F64\",\"shape\":\\[([^\\]]*)\\],"
                + "\"data_offsets\":\\[(\\d+),(\\d+)\\]\\}").matcher(header);
        while (m.find()) {
            int[] shape = java.util.Arrays.stream(m.group(2).split(",")).filter(s -> !s.isEmpty())
                    .mapToInt(Integer::parseInt).toArray();
            int begin = Integer.parseInt(m.group(3));
            int end = Integer.parseInt(m.group(4));
            double[] values = new double[(end - begin) / 8];
            for (int i = 0; i < values.length; i++) {
                values[i] = buf.getDouble(base + begin + 8 * i);
            }
            out.put(m.group(1), new Parsed(shape, values));
        }
        assertEquals(bytes.length, base + out.values().stream().mapToInt(p -> 8 * p.data().length).sum());
        return out;
    }

    static void assertSame(NamedArrays expected, Map<String, Parsed> actual) {
        assertEquals(expected.asMap().keySet(), actual.keySet());
        expected.asMap().forEach((name, a) -> {
            assertArrayEquals(a.shape(), actual.get(name).shape(), name);
            double[] want = a.data();
            double[] got = actual.get(name).data();
            assertEquals(want.length, got.length, name);
            for (int i = 0; i < want.length; i++) {
                assertEquals(Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(got[i]), name + "[" + i
                        + "]");
            }
        });
    }

    @Test
    void npzReadsBackBitForBit() throws IOException {
        NamedArrays arrays = sample();
        assertSame(arrays, readNpz(Npz.bytes(arrays)));
    }

    @Test
    void safetensorsReadsBackBitForBit() throws IOException {
        NamedArrays arrays = sample();
        byte[] bytes = Safetensors.bytes(arrays, Map.of("format", "fsnn"));
        assertEquals(0, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong() % 8);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"__metadata__\":{\"format\":\"fsnn\"}"));
        assertSame(arrays, readSafetensors(bytes));
    }
}
