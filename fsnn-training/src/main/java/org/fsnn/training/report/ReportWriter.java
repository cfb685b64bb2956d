// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.report;

import java.util.List;
import java.util.Locale;
import org.fsnn.training.experiment.Experiment;
import org.fsnn.training.metrics.EpsMetrics;

/** Writes a run's {@code report.md}: what was run, the metrics tables and links to the plots. */
public final class ReportWriter {
    private ReportWriter() {
    }

    /**
     * The report's Markdown.
     *
     * @param experiment the experiment run
     * @param metrics its metrics
     * @param provenance where it ran
     * @param targets the target distribution summary, empty if none was made
     * @param plots the plot files, relative to the run directory
     * @param labelFloor a Markdown table of the fast eigenvalue the labels alone lead to at each
     *     ε ({@link org.fsnn.training.data.EigenvalueFloor}), or empty
     */
    public static String markdown(Experiment experiment, RunMetrics metrics, Provenance provenance,
            List<RunPlots.TargetStats> targets, List<String> plots, String labelFloor) {
        StringBuilder s = new StringBuilder();
        s.append("# Run report: ").append(experiment.name()).append("\n\n");
        s.append(String.format(Locale.ROOT,
                "System `%s` on ε ∈ %s; %s labels, augmentation `%s`, transform `%s`, loss `%s`; "
                        + "MLP %s (%s); Adam lr %s; %d epochs, batch %d, seed %d.%n%n",
                experiment.system().name(), experiment.epsGrid(), experiment.data().labels(),
                experiment.data().augmentation(), experiment.transform(), experiment.loss(),
                experiment.model().hidden(), experiment.model().activation(), experiment.optimizer().learningRate(),
                experiment.training().epochs(), experiment.training().batchSize(), experiment.training().seed()));
        EpsMetrics h = metrics.headline();
        s.append("## Headline");
        s.append(Double.isNaN(h.eps()) ? " (mean over ε)" : String.format(Locale.ROOT, " (ε = %s)", h.eps()));
        s.append("\n\n| metric | value |\n| --- | --- |\n");
        row(s, "rollout L2 (eq. 17)", h.rolloutL2());
        row(s, "E_λ,fast (eq. 18)", h.eigFastMae());
        row(s, "E_λ,slow (eq. 18)", h.eigSlowMae());
        row(s, "best validation loss", metrics.bestValLoss());
        s.append(String.format(Locale.ROOT, "| training time | %.1f s |%n| evaluation time | %.1f s |%n%n",
                metrics.trainSeconds(), metrics.evalSeconds()));
        s.append(String.format(Locale.ROOT, "Rollouts: RK4, Δt = %s to T = %s from %d initial states per ε; the "
                + "reference is the exact right-hand side with RK4 at the same Δt.%n%n",
                experiment.evaluation().dt(), experiment.evaluation().tEnd(), experiment.evaluation().trajectories()));
        s.append("## Per ε\n\n| ε | rollout L2 | E_λ,fast | E_λ,slow |\n| --- | --- | --- | --- |\n");
        for (EpsMetrics m : metrics.perEps()) {
            s.append("| ").append(m.eps()).append(" | ").append(AblationTable.sci(m.rolloutL2())).append(" | ")
                    .append(AblationTable.sci(m.eigFastMae())).append(" | ")
                    .append(AblationTable.sci(m.eigSlowMae())).append(" |\n");
        }
        if (!targets.isEmpty()) {
            s.append("\n## Targets before and after the transform\n\n");
            s.append("| component | skew raw | skew T | Q-Q R raw | Q-Q R T |\n| --- | --- | --- | --- | --- |\n");
            for (RunPlots.TargetStats t : targets) {
                s.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", t.name(), t.skewRaw(),
                        t.skewTransformed(), t.qqRaw(), t.qqTransformed()));
            }
        }
        if (!labelFloor.isEmpty()) {
            s.append("\n## Label floor of E_λ,fast\n\nThe fast eigenvalue that a model fitted exactly to these labels would "
                    + "have, and its bias: no training takes E_λ,fast below it.\n\n").append(labelFloor);
        }
        s.append("\n## Plots\n\n");
        for (String p : plots) {
            s.append("- [").append(p).append("](").append(p).append(")\n");
        }
        s.append("\n## Provenance\n\n");
        s.append("git ").append(provenance.gitRevision()).append("; JDK ").append(provenance.jdk()).append("; ")
                .append(provenance.os()).append(" (").append(provenance.arch()).append("); backend `")
                .append(provenance.backend()).append("` on ").append(provenance.device()).append(".\n");
        return s.toString();
    }

    private static void row(StringBuilder s, String name, double value) {
        s.append("| ").append(name).append(" | ").append(AblationTable.sci(value)).append(" |\n");
    }
}
