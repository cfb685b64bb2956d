// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import java.util.List;

/** Validation helpers for the experiment records: failures name the field and what is valid. */
final class Checks {
    private Checks() {
    }

    /** Fails with {@code "<field>: <message>"} unless {@code condition} holds. */
    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new IllegalArgumentException(field + ": " + message);
        }
    }

    /** Requires {@code value >= min}. */
    static void atLeast(long value, long min, String field) {
        require(value >= min, field, "must be at least " + min + ", got " + value);
    }

    /** Requires a finite {@code value > 0}. */
    static void positive(double value, String field) {
        require(Double.isFinite(value) && value > 0, field, "must be a finite number > 0, got " + value);
    }

    /** Requires a finite {@code value >= 0}. */
    static void nonNegative(double value, String field) {
        require(Double.isFinite(value) && value >= 0, field, "must be a finite number >= 0, got " + value);
    }

    /** Requires a non-empty list of finite positive numbers. */
    static List<Double> positives(List<Double> values, String field, boolean allowEmpty) {
        require(allowEmpty || !values.isEmpty(), field, "must not be empty");
        for (int i = 0; i < values.size(); i++) {
            positive(values.get(i), field + "[" + i + "]");
        }
        return List.copyOf(values);
    }
}
