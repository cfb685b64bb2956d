// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fsnn.training.experiment.Ablation;
import org.fsnn.training.experiment.ExperimentRunner;
import org.fsnn.training.experiment.Reproductions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fsnn reproduce NAME [--quick]}: reruns an experiment of the stiff operator-learning paper
 * ({@code valorani-table1}, {@code valorani-unseen-eps}) and prints its summary.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Reproduce a paper experiment: valorani-table1 (Table 1: 4 configurations x seeds 1,2,3) "
                + "or valorani-unseen-eps (eq. 33).",
            "Paper size takes hours on two cores; --quick shrinks data, model and epochs to run in minutes."})
public final class ReproduceCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "valorani-table1 or valorani-unseen-eps.")
    private String name;

    @Option(names = "--quick", description = "Shrunk data, model and epochs.")
    private boolean quick;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the runs and summary go (default: runs/NAME[-quick]-<date>-<time>).")
    private Path out;

    /** For picocli. */
    public ReproduceCommand() {}

    @Override
    public Integer call() {
        if (!Reproductions.NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown reproduction '" + name + "'; known: " + Reproductions.NAMES);
        }
        SmallModelBackend.preferCpu(spec.commandLine().getErr());
        Path dir = out != null ? out : TrainCommand.defaultOut(name + (quick ? "-quick" : ""));
        ExperimentRunner runner = new ExperimentRunner(spec.commandLine().getErr(), true);
        Path summary = new Reproductions(new Ablation(runner, spec.commandLine().getErr())).run(name, quick, dir);
        try {
            spec.commandLine().getOut().print(Files.readString(summary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().println("summary: " + summary);
        return 0;
    }
}
