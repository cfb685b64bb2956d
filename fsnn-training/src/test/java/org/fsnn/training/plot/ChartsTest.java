// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

    @Test
    void trajectoryFigureDrawsTimeSeriesAndPhasePortraitIntoOnePngGrid(@TempDir Path dir) throws IOException {
        double[] t = {0, 1, 2, 3};
        double[][][] z = {{{1, 0}, {0.5, 0.5}, {0, 1}, {-0.5, 0.5}}, {{2, 0}, {1, 1}, {0, 2}, {-1, 1}}};
        var charts = TrajectoryFigure.charts("toy", t, z);
        assertEquals(3, charts.size(), "two time series and a phase portrait");
        Path file = dir.resolve("trajectory.png");
        Charts.savePng(file, charts, 3);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)));
        assertEquals(3 * Charts.WIDTH, image.getWidth());
        assertEquals(Charts.HEIGHT, image.getHeight());
        assertNotEquals(image.getRGB(0, 0), image.getRGB(Charts.WIDTH / 2, Charts.HEIGHT / 2) + 1,
                "something was drawn");
        assertEquals("true", System.getProperty("java.awt.headless"));
    }
}
