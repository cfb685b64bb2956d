// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.io;

import java.io.PrintStream;
import java.util.Locale;
import org.fsnn.api.solver.ProgressListener;

/**
 * A text progress bar for long work (batches of trajectories, training epochs): label, bar,
 * percentage, count, an optional detail such as the running loss, and the estimated time left.
 * On a terminal it redraws one line in place; elsewhere (when forced, e.g. in CI logs) it prints
 * one plain line per step. Either way it prints only when the completed share has grown by at
 * least {@link #STEP_PERCENT} percent, or on a terminal when {@link #REDRAW_NANOS} have passed,
 * and always at the end.
 */
public final class ProgressBar implements ProgressListener {
    /** The smallest growth, in percent, worth printing. */
    public static final int STEP_PERCENT = 5;
    /** How often a terminal line is redrawn at most when the percentage has not moved. */
    public static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final boolean interactive;
    private final long startNanos = System.nanoTime();
    private int printedPercent = -STEP_PERCENT;
    private long printedNanos;

    /**
     * @param out where to print
     * @param label what is progressing, e.g. {@code simulate davis-skodje}
     * @param interactive whether {@code out} is a terminal (redraw in place) or a log (new lines)
     */
    public ProgressBar(PrintStream out, String label, boolean interactive) {
        this.out = out;
        this.label = label;
        this.interactive = interactive;
    }

    /**
     * A bar on stderr when the console is a terminal or when {@code force} is set; otherwise a
     * listener that prints nothing.
     */
    public static ProgressListener onStderr(String label, boolean force) {
        boolean terminal = System.console() != null && System.console().isTerminal();
        return terminal || force ? new ProgressBar(System.err, label, terminal) : ProgressListener.NONE;
    }

    @Override
    public void progress(int done, int total) {
        progress(done, total, "");
    }

    /**
     * Reports progress with a detail printed after the count (e.g. {@code epoch 3/40 loss 1.2e-3}).
     *
     * @param done units of work finished
     * @param total units of work in all
     * @param detail free text, empty for none
     */
    public void progress(long done, long total, String detail) {
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        long now = System.nanoTime();
        boolean grown = percent >= printedPercent + STEP_PERCENT;
        boolean stale = interactive && now - printedNanos >= REDRAW_NANOS;
        if (!grown && !stale && done != total) {
            return;
        }
        if (grown) {
            printedPercent = percent;
        }
        printedNanos = now;
        int filled = WIDTH * percent / 100;
        long eta = done == 0 ? 0 : Math.round((now - startNanos) / 1e9 * (total - done) / done);
        String line = String.format(Locale.ROOT, "%s [%s%s] %3d%% (%d/%d)%s%s", label, "#".repeat(filled),
                " ".repeat(WIDTH - filled), percent, done, total, detail.isEmpty() ? "" : " " + detail,
                done == 0 || done == total ? "" : String.format(Locale.ROOT, " ETA %d:%02d:%02d", eta / 3600,
                        eta / 60 % 60, eta % 60));
        if (interactive) {
            out.print("\r" + line + (done == total ? System.lineSeparator() : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }
}
