// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

/** Elementwise binary functions, computed with NumPy broadcasting over the batch. */
public enum BinaryOp {
    /** a + b. */
    ADD {
        public double apply(double a, double b) { return a + b; }
    },
    /** a − b. */
    SUB {
        public double apply(double a, double b) { return a - b; }
    },
    /** a · b. */
    MUL {
        public double apply(double a, double b) { return a * b; }
    },
    /** a / b. */
    DIV {
        public double apply(double a, double b) { return a / b; }
    },
    /** max(a, b). */
    MAX {
        public double apply(double a, double b) { return Math.max(a, b); }
    },
    /** min(a, b). */
    MIN {
        public double apply(double a, double b) { return Math.min(a, b); }
    };

    /** The scalar definition. */
    public abstract double apply(double a, double b);
}
