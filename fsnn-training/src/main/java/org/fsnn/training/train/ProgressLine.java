// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One line of training progress redrawn in place on a terminal: epoch, batch, running loss and
 * the estimated time left. Prints nothing when the output is not a terminal.
 */
final class ProgressLine {
    private static final int WIDTH = 20;
    private final PrintStream out;
    private final long startNanos = System.nanoTime();
    private long lastPrint;

    private ProgressLine(PrintStream out) {
        this.out = out;
    }

    /** A line on stderr if it is a terminal and {@code wanted}; otherwise null (print nothing). */
    static ProgressLine onTerminal(boolean wanted) {
        boolean terminal = System.console() != null && System.console().isTerminal();
        return wanted && terminal ? new ProgressLine(System.err) : null;
    }

    /**
     * @param done batches done in this run
     * @param total batches this run will do
     */
    void update(int epoch, int epochs, int batch, int batches, double loss, long done, long total) {
        long now = System.nanoTime();
        if (now - lastPrint < 100_000_000L && done != total) {
            return;
        }
        lastPrint = now;
        double elapsed = (now - startNanos) / 1e9;
        long eta = done == 0 ? 0 : Math.round(elapsed * (total - done) / done);
        int filled = (int) (WIDTH * done / Math.max(total, 1));
        out.print(String.format(Locale.ROOT, "\repoch %d/%d [%s%s] batch %d/%d loss %.4e ETA %d:%02d:%02d", epoch,
                epochs, "#".repeat(filled), " ".repeat(WIDTH - filled), batch, batches, loss, eta / 3600, eta / 60 % 60,
                eta % 60));
        if (done == total) {
            out.println();
        }
        out.flush();
    }
}
