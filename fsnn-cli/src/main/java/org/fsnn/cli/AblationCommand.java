// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fsnn.training.experiment.Ablation;
import org.fsnn.training.experiment.Experiment;
import org.fsnn.training.experiment.ExperimentJson;
import org.fsnn.training.experiment.ExperimentRunner;
import org.fsnn.training.experiment.RunOutcome;
import org.fsnn.training.io.AtomicFiles;
import org.fsnn.training.report.AblationTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fsnn ablation CONFIG... --seeds 1,2,3}: trains every experiment with every seed and prints
 * the table of all runs with the combined score S_comb (eq. 32), also written as
 * {@code ablation.md} and {@code ablation.csv}.
 */
@Command(name = "ablation", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train several experiments with several seeds; tabulate them with S_comb (Markdown and CSV).")
public final class AblationCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CONFIG", description = "The experiments (JSON).")
    private List<Path> configs;

    @Option(names = "--seeds", split = ",", paramLabel = "S", defaultValue = "1,2,3",
            description = "Training seeds, comma-separated (default: ${DEFAULT-VALUE}).")
    private List<Long> seeds;

    @Option(names = "--eps", paramLabel = "E",
            description = "Compare the runs at this ε (default: each run's headline ε).")
    private Double eps;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the runs and tables go (default: runs/ablation-<date>).")
    private Path out;

    /** For picocli. */
    public AblationCommand() {}

    @Override
    public Integer call() {
        List<Experiment> experiments = new ArrayList<>();
        for (Path p : configs) {
            experiments.add(ExperimentJson.read(p));
        }
        Path dir = out != null ? out : TrainCommand.defaultOut("ablation");
        ExperimentRunner runner = new ExperimentRunner(spec.commandLine().getErr(), true);
        List<RunOutcome> runs = new Ablation(runner, spec.commandLine().getErr()).run(experiments, seeds, dir);
        AblationTable table = Ablation.table(runs, eps == null ? Double.NaN : eps);
        try {
            Files.createDirectories(dir);
            AtomicFiles.writeString(dir.resolve("ablation.md"), table.markdown());
            AtomicFiles.writeString(dir.resolve("ablation.csv"), table.csv());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tables into " + dir, e);
        }
        spec.commandLine().getOut().print(table.markdown());
        spec.commandLine().getOut().println("tables: " + dir.resolve("ablation.md") + ", " + dir.resolve("ablation.csv"));
        return 0;
    }
}
