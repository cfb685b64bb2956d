// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.io;

import java.io.PrintStream;
import java.util.Locale;
import org.fsnn.api.solver.ProgressListener;

/**
 * A text progress bar for long batches. On a terminal it redraws one line in place; elsewhere
 * (when forced, e.g. in CI logs) it prints one plain line per step. Either way it prints only
 * when the completed share has grown by at least {@link #STEP_PERCENT} percent, and at the end.
 */
public final class ProgressBar implements ProgressListener {
    /** The smallest growth, in percent, worth printing. */
    public static final int STEP_PERCENT = 5;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final boolean interactive;
    private int printedPercent = -STEP_PERCENT;

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
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        if (percent < printedPercent + STEP_PERCENT && done != total) {
            return;
        }
        printedPercent = percent;
        int filled = WIDTH * percent / 100;
        String line = String.format(Locale.ROOT, "%s [%s%s] %3d%% (%d/%d)", label, "#".repeat(filled),
                " ".repeat(WIDTH - filled), percent, done, total);
        if (interactive) {
            out.print("\r" + line + (done == total ? System.lineSeparator() : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }
}
