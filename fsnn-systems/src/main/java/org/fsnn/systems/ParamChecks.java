// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import org.fsnn.api.system.Params;

/** Checks that {@link Params} ranges cannot express: integers and signs. */
final class ParamChecks {
    private ParamChecks() {}

    /** The parameter as an int, failing with a one-line message if it is not a whole number. */
    static int integer(String owner, Params params, String name) {
        double v = params.get(name);
        if (v != Math.rint(v)) {
            throw new IllegalArgumentException(owner + ": parameter '" + name + "' = " + v + " must be a whole number");
        }
        return (int) v;
    }

    /** The parameter as −1 or +1, failing with a one-line message naming the two meanings otherwise. */
    static int sign(String owner, Params params, String name, String minusOne, String plusOne) {
        double v = params.get(name);
        if (v != -1 && v != 1) {
            throw new IllegalArgumentException(owner + ": parameter '" + name + "' = " + v + " must be -1 (" + minusOne
                    + ") or +1 (" + plusOne + ")");
        }
        return (int) v;
    }
}
