// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.plot;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * The standard picture of simulated trajectories: one time-series chart per state component
 * (the first few) and a phase portrait of the first two components.
 */
public final class TrajectoryFigure {
    /** The most components drawn as time series. */
    public static final int MAX_COMPONENTS = 4;
    /** The most trajectories drawn; the rest are left out to keep the picture readable. */
    public static final int MAX_TRAJECTORIES = 20;

    private TrajectoryFigure() {
    }

    /**
     * The charts for trajectories {@code z[trajectory][time][component]} sampled at times {@code t}.
     *
     * @param title the figure's subject, e.g. the system's name
     */
    public static List<XYChart> charts(String title, double[] t, double[][][] z) {
        int trajectories = Math.min(z.length, MAX_TRAJECTORIES);
        int dimension = z[0][0].length;
        List<XYChart> charts = new ArrayList<>();
        for (int j = 0; j < Math.min(dimension, MAX_COMPONENTS); j++) {
            List<Series> series = new ArrayList<>();
            for (int i = 0; i < trajectories; i++) {
                series.add(new Series("trajectory " + i, t, component(z[i], j)));
            }
            charts.add(Charts.lines(title + ": z" + j + "(t)", "t", "z" + j, series));
        }
        if (dimension >= 2) {
            List<Series> series = new ArrayList<>();
            for (int i = 0; i < trajectories; i++) {
                series.add(new Series("trajectory " + i, component(z[i], 0), component(z[i], 1)));
            }
            charts.add(Charts.lines(title + ": phase portrait", "z0", "z1", series));
        }
        return charts;
    }

    private static double[] component(double[][] states, int j) {
        double[] values = new double[states.length];
        for (int k = 0; k < states.length; k++) {
            values[k] = states[k][j];
        }
        return values;
    }
}
