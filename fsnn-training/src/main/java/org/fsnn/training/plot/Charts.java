// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.fsnn.training.io.AtomicFiles;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Line charts drawn headless and saved as PNG, alone or in a grid. The first use sets
 * {@code java.awt.headless=true} unless it was set already, so no display is needed.
 */
public final class Charts {
    /** The size of one chart in a saved image, in pixels. */
    public static final int WIDTH = 640;
    /** The height of one chart in a saved image, in pixels. */
    public static final int HEIGHT = 440;
    /** Charts with more series than this hide their legend. */
    private static final int MAX_LEGEND_ENTRIES = 8;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {
    }

    /** A line chart of the given series, without markers. */
    public static XYChart lines(String title, String xLabel, String yLabel, List<Series> series) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        chart.getStyler().setLegendVisible(series.size() <= MAX_LEGEND_ENTRIES);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        for (Series s : series) {
            XYSeries line = chart.addSeries(s.name(), s.x(), s.y());
            line.setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /** The charts drawn row by row into a grid with {@code columns} columns, as PNG bytes. */
    public static byte[] png(List<XYChart> charts, int columns) throws IOException {
        if (charts.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("a figure needs at least one chart and one column, got "
                    + charts.size() + " charts in " + columns + " columns");
        }
        int cols = Math.min(columns, charts.size());
        int rows = (charts.size() + cols - 1) / cols;
        BufferedImage image = new BufferedImage(cols * WIDTH, rows * HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            for (int i = 0; i < charts.size(); i++) {
                Graphics2D cell = (Graphics2D) g.create((i % cols) * WIDTH, (i / cols) * HEIGHT, WIDTH, HEIGHT);
                try {
                    charts.get(i).paint(cell, WIDTH, HEIGHT);
                } finally {
                    cell.dispose();
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** Saves the charts as one PNG grid, atomically. */
    public static void savePng(Path file, List<XYChart> charts, int columns) throws IOException {
        AtomicFiles.write(file, png(charts, columns));
    }
}
