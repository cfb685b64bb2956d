// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void aLogGetsAtMostOneLinePerFivePercentAndOneAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "simulate", false);
        for (int done = 1; done <= 1000; done++) {
            bar.progress(done, 1000);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(21, lines.length, "one line per 5% from 0% to 100%");
        assertTrue(lines[1].startsWith("simulate [#"), lines[1]);
        assertTrue(lines[20].endsWith("100% (1000/1000)"), lines[20]);
        assertTrue(lines[20].contains("[" + "#".repeat(30) + "]"), lines[20]);
    }

    @Test
    void aTerminalRedrawsOneLineAndEndsIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "x", true);
        for (int done = 1; done <= 3; done++) {
            bar.progress(done, 3);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(3, out.chars().filter(c -> c == '\r').count());
        assertTrue(out.endsWith(System.lineSeparator()));
    }

    @Test
    void aDetailAndTheTimeLeftFollowTheCountUntilTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "train", false);
        bar.progress(1, 2, "epoch 1/2 loss 1.0e-01");
        bar.progress(2, 2, "epoch 2/2 loss 5.0e-02");
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].matches("train \\[#{15} {15}\\]  50% \\(1/2\\) epoch 1/2 loss 1.0e-01 ETA \\d+:\\d\\d:\\d\\d"),
                lines[0]);
        assertTrue(lines[1].endsWith("100% (2/2) epoch 2/2 loss 5.0e-02"), lines[1]);
    }
}
