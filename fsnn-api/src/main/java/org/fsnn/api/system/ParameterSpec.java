// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.system;

/**
 * A named real parameter of a plugin with its default and the closed range of valid values.
 *
 * @param name the name used in configs and on the command line, e.g. {@code eps}
 * @param defaultValue the value when none is given
 * @param min the smallest valid value
 * @param max the largest valid value
 * @param description one line for {@code fsnn systems}
 */
public record ParameterSpec(String name, double defaultValue, double min, double max, String description) {

    /** Validates that the default lies in the range. */
    public ParameterSpec {
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException("parameter '" + name + "': default " + defaultValue
                    + " is outside [" + min + ", " + max + "]");
        }
    }

    /** Whether a value is finite and within range. */
    public boolean accepts(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    /** The range in words, e.g. {@code [1e-4, 1]}. */
    public String range() {
        return "[" + min + ", " + max + "]";
    }
}
