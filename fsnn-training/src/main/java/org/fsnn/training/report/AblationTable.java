// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fsnn.training.metrics.CombinedScore;
import org.fsnn.training.metrics.EpsMetrics;

/**
 * The table of runs compared in an ablation (paper Table 1): one row per run with its headline
 * errors and the combined score S_comb of eq. 32 over all rows, as Markdown and CSV.
 */
public final class AblationTable {

    /**
     * One run.
     *
     * @param config the experiment's name without the seed
     * @param seed the training seed
     * @param transform the target transform
     * @param augmentation the augmentation, or {@code none}
     * @param bestValLoss the best validation loss
     * @param errors the errors at the ε compared
     */
    public record Row(String config, long seed, String transform, String augmentation, double bestValLoss,
            EpsMetrics errors) {
    }

    private final List<Row> rows;
    private final double[] scores;

    /** The table of these runs; S_comb is computed over all of them. */
    public AblationTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
        this.scores = CombinedScore.of(rows.stream().map(r -> new CombinedScore.Errors(r.errors().rolloutL2(),
                r.errors().eigFastMae(), r.errors().eigSlowMae())).toList());
    }

    /** The rows, in order. */
    public List<Row> rows() {
        return rows;
    }

    /** S_comb of each row. */
    public double[] scores() {
        return scores.clone();
    }

    /**
     * The configurations ordered by their mean S_comb over seeds, best first.
     *
     * @return the configuration names with their mean score
     */
    public List<java.util.Map.Entry<String, Double>> ranking() {
        java.util.Map<String, double[]> sums = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            double[] s = sums.computeIfAbsent(rows.get(i).config(), k -> new double[2]);
            s[0] += scores[i];
            s[1]++;
        }
        List<java.util.Map.Entry<String, Double>> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(java.util.Map.entry(k, v[0] / v[1])));
        out.sort(java.util.Map.Entry.comparingByValue());
        return out;
    }

    private static final String[] HEADER = {"config", "seed", "transform", "cloud", "best_val_loss", "rollout_l2",
        "eig_fast_mae", "eig_slow_mae", "s_comb"};

    private List<String[]> cells() {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            out.add(new String[] {r.config(), Long.toString(r.seed()), r.transform(),
                "none".equals(r.augmentation()) ? "no" : "yes", sci(r.bestValLoss()), sci(r.errors().rolloutL2()),
                sci(r.errors().eigFastMae()), sci(r.errors().eigSlowMae()), sci(scores[i])});
        }
        return out;
    }

    /** The table in Markdown. */
    public String markdown() {
        StringBuilder s = new StringBuilder("| " + String.join(" | ", HEADER) + " |\n|");
        s.append(" --- |".repeat(HEADER.length)).append('\n');
        for (String[] c : cells()) {
            s.append("| ").append(String.join(" | ", c)).append(" |\n");
        }
        return s.toString();
    }

    /** The table as CSV with a header line. */
    public String csv() {
        StringBuilder s = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (String[] c : cells()) {
            s.append(String.join(",", c)).append('\n');
        }
        return s.toString();
    }

    /** A number in the paper's style, e.g. {@code 1.284e-01}. */
    public static String sci(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3e", v) : Double.toString(v);
    }
}
