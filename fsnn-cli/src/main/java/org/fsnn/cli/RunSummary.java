// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.fsnn.training.experiment.ExperimentRunner;
import org.fsnn.training.experiment.RunOutcome;
import org.fsnn.training.metrics.EpsMetrics;

/** Prints what a run produced: its headline metrics and where its report and plots are. */
final class RunSummary {
    private RunSummary() {
    }

    static void print(PrintWriter out, RunOutcome run) {
        EpsMetrics h = run.metrics().headline();
        String at = Double.isNaN(h.eps()) ? "mean over ε" : "ε = " + h.eps();
        out.printf(Locale.ROOT, "%s (%s):%n", run.experiment().name(), at);
        out.printf(Locale.ROOT, "  rollout L2        %.3e%n", h.rolloutL2());
        out.printf(Locale.ROOT, "  E_lambda,fast     %.3e%n", h.eigFastMae());
        out.printf(Locale.ROOT, "  E_lambda,slow     %.3e%n", h.eigSlowMae());
        out.printf(Locale.ROOT, "  best val loss     %.3e%n", run.metrics().bestValLoss());
        out.printf(Locale.ROOT, "  training time     %.1f s%n", run.metrics().trainSeconds());
        out.println("report: " + run.runDir().resolve(ExperimentRunner.REPORT));
        out.println("plots:  " + run.runDir().resolve("plots"));
        out.flush();
    }
}
