// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import org.fsnn.api.autodiff.Ops;
import org.fsnn.api.autodiff.Var;

/**
 * Weighted sums of stage values, as in {@code x + εΔt Σ_j α_ij g_j}: terms with a zero weight
 * are skipped, so they cost nothing and record nothing on the tape.
 */
final class StageSums {
    private StageSums() {}

    /** {@code acc + c · v}; {@code acc} may be null (an empty sum); a zero weight leaves it unchanged. */
    static Var accumulate(Var acc, double c, Var v) {
        if (c == 0) {
            return acc;
        }
        Var term = c == 1 ? v : Ops.mul(v, c);
        return acc == null ? term : Ops.add(acc, term);
    }

    /** {@code base + scale ⊙ sum}, or {@code base} when the sum is empty (null). */
    static Var increment(Var base, Var scale, Var sum) {
        return sum == null ? base : Ops.add(base, Ops.mul(scale, sum));
    }
}
