// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fsnn.training.data.TrajectoryData;
import org.fsnn.training.plot.Charts;
import org.fsnn.training.plot.Series;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The figures of an FSNN run: rollouts against the reference and learned against exact eigenvalues. */
public final class FsnnPlots {
    /** Trajectories drawn per chart at most. */
    private static final int SHOWN = 6;

    private FsnnPlots() {}

    /**
     * One chart per ε: for a two-dimensional state a phase portrait (z₂ against z₁) of the reference
     * (lines) and the full rollouts (dots), as FSNN Fig. 5; otherwise the four components of the
     * first trajectory that vary most, against time.
     */
    public static List<XYChart> fastRollouts(List<FsnnEvaluation.EpsResult> results) {
        List<XYChart> charts = new ArrayList<>();
        for (FsnnEvaluation.EpsResult r : results) {
            charts.add(compare("fast scale, ε = " + r.eps(), r.fastReference(), r.fastModel()));
        }
        return charts;
    }

    /** One chart per ε &gt; 0 of the closure rollouts on the slow scale, as {@link #fastRollouts}. */
    public static List<XYChart> slowRollouts(List<FsnnEvaluation.EpsResult> results) {
        List<XYChart> charts = new ArrayList<>();
        for (FsnnEvaluation.EpsResult r : results) {
            if (r.slowReference() != null) {
                charts.add(compare("closure on the slow scale, ε = " + r.eps(), r.slowReference(), r.slowModel()));
            }
        }
        return charts;
    }

    private static XYChart compare(String title, TrajectoryData ref, double[][][] model) {
        int d = ref.dimension();
        int points = ref.steps() + 1;
        List<Series> lines = new ArrayList<>();
        List<Series> dots = new ArrayList<>();
        if (d == 2) {
            for (int i = 0; i < Math.min(SHOWN, ref.count()); i++) {
                double[] x = new double[points];
                double[] y = new double[points];
                double[] mx = new double[points];
                double[] my = new double[points];
                for (int k = 0; k < points; k++) {
                    x[k] = ref.state(i, k)[0];
                    y[k] = ref.state(i, k)[1];
                    mx[k] = model[i][k][0];
                    my[k] = model[i][k][1];
                }
                lines.add(new Series("g.t. " + i, x, y));
                dots.add(new Series("model " + i, mx, my));
            }
            return paired(Charts.lines(title, "z1", "z2", lines), lines, dots);
        }
        double[] t = new double[points];
        for (int k = 0; k < points; k++) {
            t[k] = ref.time(0, k);
        }
        for (int j : mostVarying(ref, Math.min(4, d))) {
            double[] y = new double[points];
            double[] my = new double[points];
            for (int k = 0; k < points; k++) {
                y[k] = ref.state(0, k)[j];
                my[k] = model[0][k][j];
            }
            lines.add(new Series("g.t. z" + (j + 1), t, y));
            dots.add(new Series("model z" + (j + 1), t, my));
        }
        return paired(Charts.lines(title, "t", "z", lines), lines, dots);
    }

    /** The {@code count} components of the first trajectory with the largest range, in index order. */
    static int[] mostVarying(TrajectoryData ref, int count) {
        int d = ref.dimension();
        double[] range = new double[d];
        for (int j = 0; j < d; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = 0; k <= ref.steps(); k++) {
                lo = Math.min(lo, ref.state(0, k)[j]);
                hi = Math.max(hi, ref.state(0, k)[j]);
            }
            range[j] = hi - lo;
        }
        return java.util.stream.IntStream.range(0, d).boxed()
                .sorted((a, b) -> Double.compare(range[b], range[a])).limit(count).mapToInt(Integer::intValue)
                .sorted().toArray();
    }

    /**
     * One chart per ε: the smallest and the largest learned fast eigenvalue (real part) at the
     * evaluation's manifold states against the exact ones, over z₁ (FSNN Fig. 5, right).
     */
    public static List<XYChart> eigenvalues(List<FsnnEvaluation.EpsResult> results) {
        List<XYChart> charts = new ArrayList<>();
        for (FsnnEvaluation.EpsResult r : results) {
            int m = r.manifoldStates().length;
            int ny = r.exactEig()[0].length;
            double[] z1 = new double[m];
            for (int i = 0; i < m; i++) {
                z1[i] = r.manifoldStates()[i][0];
            }
            List<Series> lines = new ArrayList<>();
            List<Series> dots = new ArrayList<>();
            for (int k : ny == 1 ? new int[] {0} : new int[] {0, ny - 1}) {
                double[] exact = new double[m];
                double[] learned = new double[m];
                for (int i = 0; i < m; i++) {
                    exact[i] = r.exactEig()[i][k];
                    learned[i] = r.learnedEig()[i][k];
                }
                String which = ny == 1 ? "λ" : k == 0 ? "min λ" : "max λ";
                lines.add(new Series("exact " + which, z1, exact));
                dots.add(new Series("learned " + which, z1, learned));
            }
            charts.add(paired(Charts.lines(String.format(Locale.ROOT, "fast eigenvalues, ε = %s (max err %.2e)",
                    r.eps(), r.eigMaxError()), "z1", "Re λ", lines), lines, dots));
        }
        return charts;
    }

    private static final java.awt.Color[] PALETTE = {new java.awt.Color(31, 119, 180), new java.awt.Color(255, 127, 14),
        new java.awt.Color(44, 160, 44), new java.awt.Color(214, 39, 40), new java.awt.Color(148, 103, 189),
        new java.awt.Color(140, 86, 75), new java.awt.Color(227, 119, 194), new java.awt.Color(127, 127, 127)};

    /** Draws the i-th line and the i-th dot series in the same colour. */
    static XYChart paired(XYChart chart, List<Series> lines, List<Series> dots) {
        withDots(chart, dots);
        for (int i = 0; i < lines.size(); i++) {
            java.awt.Color c = PALETTE[i % PALETTE.length];
            chart.getSeriesMap().get(lines.get(i).name()).setLineColor(c);
            if (i < dots.size()) {
                XYSeries d = chart.getSeriesMap().get(dots.get(i).name());
                d.setMarkerColor(c);
            }
        }
        return chart;
    }

    /** Adds series drawn as dots without lines. */
    static XYChart withDots(XYChart chart, List<Series> dots) {
        for (Series s : dots) {
            XYSeries series = chart.addSeries(s.name(), s.x(), s.y());
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setLineStyle(SeriesLines.NONE);
        }
        return chart;
    }

    /**
     * Adds series drawn as dots, the k-th in the colour of the chart's k-th series (its reference
     * line), so that a model and its reference share a colour.
     */
    static XYChart withMatchedDots(XYChart chart, List<Series> dots) {
        java.awt.Color[] colors = chart.getStyler().getSeriesColors();
        List<XYSeries> lines = List.copyOf(chart.getSeriesMap().values());
        for (int k = 0; k < lines.size(); k++) {
            lines.get(k).setLineColor(colors[k % colors.length]);
        }
        withDots(chart, dots);
        for (int k = 0; k < dots.size(); k++) {
            chart.getSeriesMap().get(dots.get(k).name()).setMarkerColor(colors[k % colors.length]);
        }
        return chart;
    }

    /** Sets a short number format on a time axis that ends at {@code tEnd}: whole numbers beyond 50. */
    static XYChart timeAxis(XYChart chart, double tEnd) {
        chart.getStyler().setXAxisDecimalPattern(tEnd > 50 ? "0" : "0.##");
        return chart;
    }

    /** Saves charts as one PNG grid. */
    public static void save(Path file, List<XYChart> charts, int columns) {
        if (charts.isEmpty()) {
            return;
        }
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
            Charts.savePng(file, charts, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
