// SPDX-License-Identifier: Apache-2.0
package org.fsnn.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Assertions;

/**
 * Compares a tested backend's result with the reference's: same shape, and every element within a
 * relative tolerance of {@code max(1, |expected|)}. Equal infinities and NaN against NaN match.
 */
public final class Closeness {
    private Closeness() {}

    /**
     * Asserts that {@code actual} matches {@code expected} element by element.
     *
     * @param what names the case in the failure message
     * @param expected the reference result
     * @param actual the tested backend's result
     * @param tolerance the relative tolerance
     */
    public static void assertClose(String what, Tensor expected, Tensor actual, double tolerance) {
        assertEquals(expected.shape(), actual.shape(), what + ": shape");
        assertClose(what, expected.toArray(), actual.toArray(), tolerance);
    }

    /** Asserts that two arrays agree element by element; see {@link #assertClose(String, Tensor, Tensor, double)}. */
    public static void assertClose(String what, double[] expected, double[] actual, double tolerance) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            if (Double.compare(e, a) == 0 || (Double.isNaN(e) && Double.isNaN(a))) {
                continue;
            }
            double error = Math.abs(a - e);
            if (!(error <= tolerance * Math.max(1, Math.abs(e)))) {
                Assertions.fail(what + ": element " + i + " is " + a + " but the reference gives " + e
                        + " (relative error " + error / Math.max(1, Math.abs(e)) + ", tolerance " + tolerance + ")");
            }
        }
    }
}
