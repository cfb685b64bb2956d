// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.fsnn.training.experiment.Experiment;
import org.fsnn.training.experiment.ExperimentJson;
import org.fsnn.training.experiment.ExperimentRunner;
import org.fsnn.training.experiment.RunOutcome;
import org.fsnn.training.fsnn.FsnnExperiment;
import org.fsnn.training.fsnn.FsnnOutcome;
import org.fsnn.training.fsnn.FsnnRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fsnn train CONFIG [--out DIR]} or {@code fsnn train --resume DIR}: trains an experiment
 * and writes its run directory. The whole configuration is checked before anything is written. A
 * config in the form of an FSNN run's {@code config.json} (network, init and loss sections) trains
 * a fast–slow network instead ({@link FsnnRunner}).
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train and evaluate an experiment; write its run directory.",
            "The run directory holds config.json, checkpoint.json, log.csv, metrics.json, run.json, report.md "
                    + "and plots/."})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG", description = "The experiment (JSON).")
    private Path config;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The run directory to create (default: runs/<name>-<date>-<time>).")
    private Path out;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue the interrupted run in DIR from its last checkpoint.")
    private Path resume;

    /** For picocli. */
    public TrainCommand() {}

    /** The default run directory of an experiment. */
    static Path defaultOut(String name) {
        return Path.of("runs", name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }

    @Override
    public Integer call() {
        if (resume != null ? FsnnRunner.isFsnnRun(resume) : config != null && FsnnRunner.isFsnnConfig(config)) {
            return trainFsnn();
        }
        ExperimentRunner runner = new ExperimentRunner(spec.commandLine().getErr(), true);
        RunOutcome outcome;
        if (resume != null) {
            if (config != null || out != null) {
                throw new IllegalArgumentException("--resume takes the run's own config.json; give no CONFIG or --out");
            }
            outcome = runner.resume(resume);
        } else {
            if (config == null) {
                throw new IllegalArgumentException("give an experiment CONFIG file (or --resume DIR)");
            }
            Experiment e = ExperimentJson.read(config);
            outcome = runner.train(e, out != null ? out : defaultOut(e.name()));
        }
        RunSummary.print(spec.commandLine().getOut(), outcome);
        return 0;
    }

    /** An FSNN experiment (a config with network, init and loss sections, as FSNN runs write). */
    private int trainFsnn() {
        FsnnRunner runner = new FsnnRunner(spec.commandLine().getErr(), true);
        FsnnOutcome outcome;
        if (resume != null) {
            if (config != null || out != null) {
                throw new IllegalArgumentException("--resume takes the run's own config.json; give no CONFIG or --out");
            }
            outcome = runner.resume(resume);
        } else {
            FsnnExperiment e = FsnnRunner.readExperiment(config);
            outcome = runner.train(e, out != null ? out : defaultOut(e.name()));
        }
        FsnnSummary.print(spec.commandLine().getOut(), outcome);
        return 0;
    }
}
