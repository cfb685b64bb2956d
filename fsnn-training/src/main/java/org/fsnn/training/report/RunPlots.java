// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fsnn.training.metrics.TrajectoryView;
import org.fsnn.training.plot.Charts;
import org.fsnn.training.plot.Series;
import org.knowm.xchart.XYChart;

/**
 * The figures of a run report, as PNG: loss curves, learned against exact trajectories,
 * eigenvalues along trajectories against the exact ones, and histograms and normal Q-Q plots of
 * the training targets before and after the target transform.
 */
public final class RunPlots {
    /** At most this many ε get a panel in the trajectory and eigenvalue figures. */
    static final int MAX_PANELS = 6;
    private static final int QQ_POINTS = 400;
    private static final int BINS = 60;

    private RunPlots() {
    }

    /**
     * The loss curves of a training log: every column whose name contains {@code loss} against the
     * {@code epoch} column, on a logarithmic axis when all values are positive.
     *
     * @return false if the log has no epoch or loss columns (nothing is drawn then)
     */
    public static boolean lossCurves(Path logCsv, Path png) {
        List<String> lines;
        try {
            lines = Files.readAllLines(logCsv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the training log " + logCsv, e);
        }
        if (lines.size() < 2) {
            return false;
        }
        String[] header = lines.get(0).split(",");
        int epoch = List.of(header).indexOf("epoch");
        if (epoch < 0) {
            return false;
        }
        List<Series> series = new ArrayList<>();
        boolean positive = true;
        for (int c = 0; c < header.length; c++) {
            if (!header[c].contains("loss")) {
                continue;
            }
            List<double[]> points = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                if (cells.length > Math.max(c, epoch)) {
                    double y = parse(cells[c]);
                    if (Double.isFinite(y)) {
                        points.add(new double[] {parse(cells[epoch]), y});
                        positive &= y > 0;
                    }
                }
            }
            if (!points.isEmpty()) {
                series.add(new Series(header[c], points.stream().mapToDouble(p -> p[0]).toArray(),
                        points.stream().mapToDouble(p -> p[1]).toArray()));
            }
        }
        if (series.isEmpty()) {
            return false;
        }
        XYChart chart = Charts.lines("Loss", "epoch", "loss", series);
        chart.getStyler().setYAxisLogarithmic(positive);
        save(png, List.of(chart), 1);
        return true;
    }

    /** Phase portraits (first two components) of learned and reference rollouts, one panel per ε. */
    public static void trajectories(List<TrajectoryView> views, Path png) {
        List<XYChart> charts = new ArrayList<>();
        for (TrajectoryView v : pick(views)) {
            int d = v.reference()[0].length;
            int a = 0;
            int b = Math.min(1, d - 1);
            charts.add(Charts.lines(String.format(Locale.ROOT, "trajectory, eps = %g", v.eps()), "z" + a, "z" + b,
                    List.of(new Series("exact", column(v.reference(), a), column(v.reference(), b)),
                            new Series("learned", column(v.learned(), a), column(v.learned(), b)))));
        }
        save(png, charts, 3);
    }

    /** Real parts of the learned eigenvalues along the reference trajectory, with the exact ones. */
    public static void eigenvalues(List<TrajectoryView> views, Path png) {
        List<XYChart> charts = new ArrayList<>();
        for (TrajectoryView v : pick(views)) {
            int d = v.learnedEigenvalues()[0].length;
            List<Series> series = new ArrayList<>();
            for (int i = 0; i < d; i++) {
                series.add(new Series("learned λ" + (i + 1), v.times(), column(v.learnedEigenvalues(), i)));
                series.add(new Series("exact λ" + (i + 1), v.times(), column(v.exactEigenvalues(), i)));
            }
            charts.add(Charts.lines(String.format(Locale.ROOT, "eigenvalues, eps = %g", v.eps()), "t", "Re λ",
                    series));
        }
        save(png, charts, 3);
    }

    /**
     * Histograms and normal Q-Q plots of each target component before and after the transform,
     * with the Q-Q correlation R and the skewness of each.
     *
     * @param names the component names, e.g. {@code dy, dz}
     * @param raw {@code raw[c]} the raw targets of component c
     * @param transformed the same targets after the transform
     * @return one row per component: name, skew raw, skew transformed, R raw, R transformed
     */
    public static List<TargetStats> targets(List<String> names, double[][] raw, double[][] transformed, Path histPng,
            Path qqPng) {
        List<XYChart> hist = new ArrayList<>();
        List<XYChart> qq = new ArrayList<>();
        List<TargetStats> stats = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            String n = names.get(c);
            double[] rValues = new double[2];
            double[][] samples = {raw[c], transformed[c]};
            String[] labels = {n + " raw", "T(" + n + ")"};
            for (int k = 0; k < 2; k++) {
                double[][] h = Distributions.histogram(samples[k], BINS);
                hist.add(Charts.lines(labels[k], labels[k], "density", List.of(new Series(labels[k], h[0], h[1]))));
                double[][] q = Distributions.qq(samples[k]);
                rValues[k] = Distributions.correlation(q[0], q[1]);
                double[][] thin = thin(q);
                qq.add(Charts.lines(String.format(Locale.ROOT, "Q-Q %s, R = %.3f", labels[k], rValues[k]),
                        "normal quantile", "sample quantile", List.of(new Series(labels[k], thin[0], thin[1]))));
            }
            stats.add(new TargetStats(n, Distributions.skewness(raw[c]), Distributions.skewness(transformed[c]),
                    rValues[0], rValues[1]));
        }
        save(histPng, hist, 2);
        save(qqPng, qq, 2);
        return stats;
    }

    /**
     * The shape of one target component before and after the transform.
     *
     * @param name the component
     * @param skewRaw skewness of the raw targets
     * @param skewTransformed skewness after the transform
     * @param qqRaw Q-Q correlation R of the raw targets
     * @param qqTransformed Q-Q correlation R after the transform
     */
    public record TargetStats(String name, double skewRaw, double skewTransformed, double qqRaw,
            double qqTransformed) {
    }

    private static List<TrajectoryView> pick(List<TrajectoryView> views) {
        if (views.size() <= MAX_PANELS) {
            return views;
        }
        List<TrajectoryView> out = new ArrayList<>();
        for (int i = 0; i < MAX_PANELS; i++) {
            out.add(views.get((int) Math.round(i * (views.size() - 1) / (double) (MAX_PANELS - 1))));
        }
        return out;
    }

    private static double[][] thin(double[][] q) {
        int n = q[0].length;
        if (n <= QQ_POINTS) {
            return q;
        }
        double[][] out = new double[2][QQ_POINTS];
        for (int i = 0; i < QQ_POINTS; i++) {
            int j = (int) Math.round(i * (n - 1) / (double) (QQ_POINTS - 1));
            out[0][i] = q[0][j];
            out[1][i] = q[1][j];
        }
        return out;
    }

    private static double[] column(double[][] rows, int c) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = Double.isFinite(rows[i][c]) ? rows[i][c] : Double.NaN;
        }
        return out;
    }

    private static double parse(String cell) {
        try {
            return Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static void save(Path png, List<XYChart> charts, int columns) {
        try {
            Charts.savePng(png, charts, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the figure " + png, e);
        }
    }
}
