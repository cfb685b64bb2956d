// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.fsnn.training.io.AtomicFiles;
import org.fsnn.training.metrics.EpsMetrics;
import org.fsnn.training.plot.Charts;
import org.fsnn.training.plot.Series;
import org.fsnn.training.report.AblationTable;
import org.fsnn.training.report.PaperTable1;
import org.knowm.xchart.XYChart;

/**
 * Reproductions of the stiff operator-learning paper's experiments: {@code valorani-table1} (the
 * four configurations of Table 1 × seeds 1, 2, 3, evaluated at every ε of the eq. 30 grid, headline
 * at ε = 0.05) and {@code valorani-unseen-eps} ({@code asinh-cloud} trained on eq. 30 and
 * evaluated on the unseen ε of eq. 33). Each writes its runs and a Markdown summary under one
 * directory.
 */
public final class Reproductions {
    /** The reproductions by name. */
    public static final List<String> NAMES = List.of("valorani-table1", "valorani-unseen-eps");
    /** The seeds of the paper. */
    public static final List<Long> SEEDS = List.of(1L, 2L, 3L);
    /** The ε of Table 1's headline. */
    public static final double HEADLINE_EPS = 0.05;

    private final Ablation ablation;

    /** @param ablation runs the experiments */
    public Reproductions(Ablation ablation) {
        this.ablation = ablation;
    }

    /**
     * Runs a reproduction into {@code out}.
     *
     * @param quick the shrunk variants ({@link Presets#quick}) instead of paper size
     * @return the summary file written
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public Path run(String name, boolean quick, Path out) {
        return switch (name) {
            case "valorani-table1" -> table1(quick, out);
            case "valorani-unseen-eps" -> unseen(quick, out);
            default -> throw new IllegalArgumentException("unknown reproduction '" + name + "'; known: " + NAMES);
        };
    }

    private static Experiment sized(Experiment e, boolean quick) {
        return quick ? Presets.quick(e) : e;
    }

    private Path table1(boolean quick, Path out) {
        List<Experiment> experiments = Presets.TABLE1.stream().map(c -> sized(Presets.valorani(c), quick)).toList();
        List<RunOutcome> outcomes = ablation.run(experiments, SEEDS, out);
        AblationTable headline = Ablation.table(outcomes, HEADLINE_EPS);
        StringBuilder md = new StringBuilder("# Reproduction of Table 1 (Valorani)" + (quick ? ", quick size" : "")
                + "\n\nFour configurations × seeds " + SEEDS + " on the ε grid of eq. 30; headline at ε = "
                + HEADLINE_EPS + ". S_comb (eq. 32) is computed over these " + outcomes.size() + " runs.\n\n");
        md.append("## Headline, every run\n\n").append(headline.markdown());
        md.append("\n## Seed means against the paper\n\n| config | rollout L2 (paper) | rollout L2 | E_λ,fast (paper) "
                + "| E_λ,fast | E_λ,slow (paper) | E_λ,slow | S_comb (paper) | S_comb |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        Map<String, Double> ours = new LinkedHashMap<>();
        headline.ranking().forEach(en -> ours.put(en.getKey(), en.getValue()));
        for (String config : Presets.TABLE1) {
            String name = "valorani-" + config;
            List<EpsMetrics> rows = rowsOf(headline, name);
            PaperTable1.Means p = PaperTable1.MEANS.get(config);
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", config,
                    sci(p.rolloutL2()), sci(mean(rows, EpsMetrics::rolloutL2)), sci(p.eigFast()),
                    sci(mean(rows, EpsMetrics::eigFastMae)), sci(p.eigSlow()), sci(mean(rows, EpsMetrics::eigSlowMae)),
                    sci(p.sComb()), sci(ours.getOrDefault(name, Double.NaN))));
        }
        List<String> order = headline.ranking().stream().map(en -> en.getKey().replaceFirst("^valorani-", ""))
                .toList();
        md.append("\nOrdering by mean S_comb, best first: ").append(order).append("; paper: ")
                .append(PaperTable1.ORDER).append(order.equals(PaperTable1.ORDER) ? " (same)" : " (differs)")
                .append(".\n");
        md.append("\n## Seed means at every ε\n\n| config | ε | rollout L2 | E_λ,fast | E_λ,slow |\n"
                + "| --- | --- | --- | --- | --- |\n");
        StringBuilder csv = new StringBuilder("config,eps,rollout_l2,eig_fast_mae,eig_slow_mae\n");
        for (Experiment e : experiments) {
            for (double eps : e.evaluationEps()) {
                List<EpsMetrics> rows = new ArrayList<>();
                for (RunOutcome o : outcomes) {
                    if (o.experiment().name().startsWith(e.name() + "-s")) {
                        rows.add(Ablation.at(o, eps));
                    }
                }
                String line = String.format(Locale.ROOT, "%s,%s,%s,%s,%s", e.name(), eps,
                        sci(mean(rows, EpsMetrics::rolloutL2)), sci(mean(rows, EpsMetrics::eigFastMae)),
                        sci(mean(rows, EpsMetrics::eigSlowMae)));
                csv.append(line).append('\n');
                md.append("| ").append(line.replace(",", " | ")).append(" |\n");
            }
        }
        write(out.resolve("table1.csv"), headline.csv());
        write(out.resolve("per-eps.csv"), csv.toString());
        Path summary = out.resolve("reproduce.md");
        write(summary, md.toString());
        return summary;
    }

    private Path unseen(boolean quick, Path out) {
        Experiment base = sized(Presets.valorani("asinh-cloud"), quick);
        Experiment e = base.toBuilder().name("valorani-unseen-eps")
                .evaluation(base.evaluation().withEps(Experiment.PAPER_UNSEEN_EPS)).build();
        List<RunOutcome> outcomes = ablation.run(List.of(e), SEEDS, out);
        StringBuilder md = new StringBuilder("# Generalization to unseen ε (Valorani, Sec. 5.9)"
                + (quick ? ", quick size" : "") + "\n\n`asinh-cloud` trained on the eq. 30 grid, seeds " + SEEDS
                + ", evaluated at the ε of eq. 33 (mean ± standard deviation over seeds).\n\n"
                + "| ε | rollout L2 | E_λ,fast | E_λ,slow |\n| --- | --- | --- | --- |\n");
        StringBuilder csv = new StringBuilder("eps,rollout_l2_mean,rollout_l2_std,eig_fast_mean,eig_fast_std,"
                + "eig_slow_mean,eig_slow_std\n");
        List<ToDoubleFunction<EpsMetrics>> metrics = List.of(EpsMetrics::rolloutL2, EpsMetrics::eigFastMae,
                EpsMetrics::eigSlowMae);
        List<String> titles = List.of("rollout L2", "|λ_fast − λ*_fast|", "|λ_slow − λ*_slow|");
        int n = Experiment.PAPER_UNSEEN_EPS.size();
        double[] eps = new double[n];
        double[][][] band = new double[3][3][n];
        for (int i = 0; i < n; i++) {
            eps[i] = Experiment.PAPER_UNSEEN_EPS.get(i);
            List<EpsMetrics> rows = new ArrayList<>();
            for (RunOutcome o : outcomes) {
                rows.add(Ablation.at(o, eps[i]));
            }
            md.append("| ").append(eps[i]);
            csv.append(eps[i]);
            for (int m = 0; m < 3; m++) {
                double mu = mean(rows, metrics.get(m));
                double sd = std(rows, metrics.get(m), mu);
                band[m][0][i] = mu;
                band[m][1][i] = mu - sd;
                band[m][2][i] = mu + sd;
                md.append(" | ").append(sci(mu)).append(" ± ").append(sci(sd));
                csv.append(',').append(sci(mu)).append(',').append(sci(sd));
            }
            md.append(" |\n");
            csv.append('\n');
        }
        List<XYChart> charts = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            charts.add(Charts.lines(titles.get(m), "ε", titles.get(m), List.of(new Series("mean", eps, band[m][0]),
                    new Series("mean − std", eps, band[m][1]), new Series("mean + std", eps, band[m][2]))));
        }
        try {
            Charts.savePng(out.resolve("unseen-eps.png"), charts, 1);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + out.resolve("unseen-eps.png"), ex);
        }
        md.append("\n![errors against ε](unseen-eps.png)\n");
        write(out.resolve("unseen-eps.csv"), csv.toString());
        Path summary = out.resolve("reproduce.md");
        write(summary, md.toString());
        return summary;
    }

    private static List<EpsMetrics> rowsOf(AblationTable table, String config) {
        return table.rows().stream().filter(r -> r.config().equals(config)).map(AblationTable.Row::errors).toList();
    }

    private static double mean(List<EpsMetrics> rows, ToDoubleFunction<EpsMetrics> f) {
        return rows.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    private static double std(List<EpsMetrics> rows, ToDoubleFunction<EpsMetrics> f, double mean) {
        double ss = rows.stream().mapToDouble(r -> (f.applyAsDouble(r) - mean) * (f.applyAsDouble(r) - mean)).sum();
        return rows.size() > 1 ? Math.sqrt(ss / (rows.size() - 1)) : 0;
    }

    private static String sci(double v) {
        return AblationTable.sci(v);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.writeString(file, text);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }
}
