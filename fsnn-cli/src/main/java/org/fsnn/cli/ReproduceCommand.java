// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fsnn.training.experiment.Ablation;
import org.fsnn.training.experiment.ExperimentRunner;
import org.fsnn.training.experiment.Reproductions;
import org.fsnn.training.fsnn.FsnnReproductions;
import org.fsnn.training.fsnn.FsnnRunner;
import org.fsnn.training.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fsnn reproduce NAME [--quick | --full]}: reruns an experiment of the stiff operator-learning
 * paper ({@code valorani-table1}, {@code valorani-unseen-eps}; paper size unless {@code --quick}) or
 * an example of the FSNN paper ({@link FsnnReproductions#NAMES}; a budget of minutes unless
 * {@code --full}) and prints its summary.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Reproduce a paper experiment: valorani-table1 (Table 1: 4 configurations x seeds 1,2,3), "
                + "valorani-unseen-eps (eq. 33), or an FSNN paper example: fsnn-random-init (Fig. 4), "
                + "fsnn-simple-manifold (sec. 5.2), fsnn-grad (sec. 5.3), "
                + "fsnn-lorenz96 (sec. 5.4), fsnn-abraham-lorentz (sec. 5.5); beyond the papers: "
                + "davis-skodje-fsnn-vs-mlp (FSNN vs RHS MLP, with and without fuzzy cloud).",
            "valorani-*: paper size takes hours on two cores; --quick shrinks data, model and epochs to run in minutes.",
            "FSNN examples: a budget of minutes by default; --full runs the paper's sizes."})
public final class ReproduceCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "valorani-table1, valorani-unseen-eps or an FSNN example.")
    private String name;

    @Option(names = "--quick", description = "valorani-*: shrunk data, model and epochs (fsnn-* run shrunk anyway).")
    private boolean quick;

    @Option(names = "--full", description = "fsnn-*: the paper's sizes instead of the budget of minutes.")
    private boolean full;

    @Option(names = "--epochs", paramLabel = "N", description = "fsnn-*: train every network for N epochs instead of"
            + " the budget's, the learning-rate decay rescaled to match (a trial at a fraction of --full).")
    private Integer epochs;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the runs and summary go (default: runs/NAME[-quick]-<date>-<time>).")
    private Path out;

    /** For picocli. */
    public ReproduceCommand() {}

    @Override
    public Integer call() {
        boolean fsnn = FsnnReproductions.NAMES.contains(name);
        if (!Reproductions.NAMES.contains(name) && !fsnn) {
            throw new IllegalArgumentException("unknown reproduction '" + name + "'; known: " + knownNames());
        }
        if (quick && full) {
            throw new IllegalArgumentException("give at most one of --quick and --full");
        }
        if (full && !fsnn) {
            throw new IllegalArgumentException("--full is for the fsnn-* examples; " + name + " runs at paper size"
                    + " unless --quick");
        }
        if (epochs != null && !fsnn) {
            throw new IllegalArgumentException("--epochs is for the fsnn-* examples; " + name + " has --quick");
        }
        if (epochs != null && epochs < 1) {
            throw new IllegalArgumentException("--epochs must be at least 1, got " + epochs);
        }
        SmallModelBackend.preferCpu(spec.commandLine().getErr());
        PrintWriter err = spec.commandLine().getErr();
        Path summary;
        if (fsnn) {
            Path dir = out != null ? out : TrainCommand.defaultOut(name + (full ? "-full" : "-quick"));
            FsnnRunner runner = new FsnnRunner(err, true);
            summary = new FsnnReproductions(epochs == null ? runner : runner.withEpochs(epochs), err).run(name, !full, dir);
            if (epochs != null) {
                noteEpochs(summary, epochs);
            }
        } else {
            Path dir = out != null ? out : TrainCommand.defaultOut(name + (quick ? "-quick" : ""));
            ExperimentRunner runner = new ExperimentRunner(err, true);
            summary = new Reproductions(new Ablation(runner, err)).run(name, quick, dir);
        }
        try {
            spec.commandLine().getOut().print(Files.readString(summary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().println("summary: " + summary);
        return 0;
    }

    /** Says in the summary that its runs trained for a number of epochs other than the text above describes. */
    private static void noteEpochs(Path summary, int epochs) {
        try {
            AtomicFiles.writeString(summary, Files.readString(summary) + "\n**Epochs overridden:** every network above"
                    + " trained for " + epochs + " epochs (`--epochs " + epochs + "`), its learning-rate decay rescaled to"
                    + " match; each run's config.json records what ran.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every reproduction's name, the stiff operator-learning paper's first. */
    static List<String> knownNames() {
        List<String> all = new ArrayList<>(Reproductions.NAMES);
        all.addAll(FsnnReproductions.NAMES);
        return all;
    }
}
