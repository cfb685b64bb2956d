// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.plot;

/**
 * One named line of a chart.
 *
 * @param name the legend entry
 * @param x the abscissae
 * @param y the ordinates, one per abscissa
 */
public record Series(String name, double[] x, double[] y) {

    /** Validates that x and y have the same length. */
    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "': " + x.length + " x values but " + y.length
                    + " y values");
        }
    }
}
