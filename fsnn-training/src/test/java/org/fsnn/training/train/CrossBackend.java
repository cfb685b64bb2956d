// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fsnn.api.backend.Availability;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BackendProvider;
import org.fsnn.api.spi.Registry;
import org.fsnn.gpu.opencl.OpenClBackend;

/**
 * The backends of the end-to-end comparisons, OpenCL against cpu, and how their training logs are
 * compared. A test skips, saying why, only where the backend's probe reports it unavailable (for
 * OpenCL: no runtime, no device, or no device with fp64).
 */
public final class CrossBackend {
    /** The largest relative difference allowed between two backends' losses. */
    public static final double TOLERANCE = 1e-9;

    private CrossBackend() {}

    /** A fresh OpenCL backend on the configured device; skips the calling test where none is available. */
    public static OpenClBackend openCl() {
        return (OpenClBackend) open("opencl");
    }

    /** A fresh cpu backend; skips the calling test where it is unavailable. */
    public static Backend cpu() {
        return open("cpu");
    }

    private static Backend open(String name) {
        BackendProvider p = Registry.load(BackendProvider.class).get(name);
        Availability a = p.probe();
        assumeTrue(a.available(), () -> "backend '" + name + "' unavailable here: " + a.explain());
        return p.open();
    }

    /**
     * The numeric columns of a {@code log.csv} that depend on the computation, row by row: every
     * loss column, without {@code epoch}, {@code lr} and the wall-clock {@code seconds}.
     */
    public static double[][] losses(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        List<String> header = Arrays.asList(lines.getFirst().split(","));
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).endsWith("_loss") || header.get(c).startsWith("train_")) {
                keep.add(c);
            }
        }
        double[][] out = new double[lines.size() - 1][keep.size()];
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",", -1);
            for (int k = 0; k < keep.size(); k++) {
                String cell = cells[keep.get(k)];
                out[r - 1][k] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
            }
        }
        return out;
    }

    /** Both logs have the same rows and every loss agrees to {@link #TOLERANCE} relative. */
    public static void assertSameLosses(String what, double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length, what + ": rows");
        assertTrue(expected.length > 0, what + ": an empty log");
        for (int r = 0; r < expected.length; r++) {
            assertEquals(expected[r].length, actual[r].length, what + ": columns of row " + (r + 1));
            for (int c = 0; c < expected[r].length; c++) {
                assertClose(what + ", row " + (r + 1) + ", column " + c, expected[r][c], actual[r][c]);
            }
        }
    }

    /** {@code actual} agrees with {@code expected} to {@link #TOLERANCE} relative (NaN only with NaN). */
    public static void assertClose(String what, double expected, double actual) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected no value, got " + actual);
            return;
        }
        assertTrue(Double.isFinite(expected), what + ": not finite on the reference side: " + expected);
        double relative = Math.abs(actual - expected) / Math.max(Math.abs(expected), Double.MIN_NORMAL);
        assertTrue(relative <= TOLERANCE, what + ": " + actual + " vs " + expected + " (relative " + relative + ")");
    }
}
