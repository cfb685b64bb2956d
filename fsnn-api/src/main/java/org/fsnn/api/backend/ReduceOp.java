// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

/** Reductions along one axis. */
public enum ReduceOp {
    /** The sum. */
    SUM,
    /** The arithmetic mean. */
    MEAN,
    /** The largest element. */
    MAX,
    /** The smallest element. */
    MIN
}
