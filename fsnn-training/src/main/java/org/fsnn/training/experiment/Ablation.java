// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fsnn.training.metrics.EpsMetrics;
import org.fsnn.training.report.AblationTable;

/**
 * Runs several experiments with several seeds each, one run directory per (experiment, seed)
 * named {@code <name>-s<seed>} under one output directory. Every experiment is checked before
 * the first run starts.
 */
public final class Ablation {
    private final ExperimentRunner runner;
    private final PrintWriter log;

    /**
     * @param runner trains each run
     * @param log where to say which run is going
     */
    public Ablation(ExperimentRunner runner, PrintWriter log) {
        this.runner = runner;
        this.log = log;
    }

    /** Every run's outcome, experiments in order and seeds in order within each. */
    public List<RunOutcome> run(List<Experiment> experiments, List<Long> seeds, Path out) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("--seeds: give at least one seed");
        }
        for (Experiment e : experiments) {
            ExperimentRunner.validate(e);
        }
        List<RunOutcome> outcomes = new ArrayList<>();
        int total = experiments.size() * seeds.size();
        for (Experiment e : experiments) {
            for (long seed : seeds) {
                Experiment run = e.withSeed(seed);
                log.printf(Locale.ROOT, "run %d/%d: %s%n", outcomes.size() + 1, total, run.name());
                log.flush();
                outcomes.add(runner.train(run, out.resolve(run.name())));
            }
        }
        return outcomes;
    }

    /**
     * The table of runs compared at {@code eps} (each run's headline row when NaN), with S_comb.
     *
     * @param baseNames the configuration name of each outcome (without the seed)
     */
    public static AblationTable table(List<RunOutcome> outcomes, double eps) {
        List<AblationTable.Row> rows = new ArrayList<>();
        for (RunOutcome o : outcomes) {
            Experiment e = o.experiment();
            EpsMetrics m = Double.isNaN(eps) ? o.metrics().headline() : at(o, eps);
            String config = e.name().replaceFirst("-s" + e.training().seed() + "$", "");
            rows.add(new AblationTable.Row(config, e.training().seed(), e.transform(), e.data().augmentation(),
                    o.metrics().bestValLoss(), m));
        }
        return new AblationTable(rows);
    }

    /** The row of a run at one ε. */
    static EpsMetrics at(RunOutcome o, double eps) {
        for (EpsMetrics m : o.metrics().perEps()) {
            if (Math.abs(m.eps() - eps) <= 1e-12 * eps) {
                return m;
            }
        }
        throw new IllegalArgumentException(o.experiment().name() + " was not evaluated at ε = " + eps);
    }
}
