// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fsnn.training.experiment.ExperimentRunner;
import org.fsnn.training.experiment.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fsnn quickstart}: the main job in one command. Trains the asinh + fuzzy-cloud model on
 * Davis–Skodje ({@code experiments/quickstart.json}) in a few minutes, prints its metrics and says
 * where the report and plots are.
 */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
        description = "Train the asinh + fuzzy-cloud model on Davis-Skodje (a few minutes) and report it.")
public final class QuickstartCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "The run directory (default: runs/quickstart-<date>-<time>).")
    private Path out;

    /** For picocli. */
    public QuickstartCommand() {}

    @Override
    public Integer call() {
        SmallModelBackend.preferCpu(spec.commandLine().getErr());
        var experiment = Presets.quickstart();
        var run = new ExperimentRunner(spec.commandLine().getErr(), true)
                .train(experiment, out != null ? out : TrainCommand.defaultOut(experiment.name()));
        RunSummary.print(spec.commandLine().getOut(), run);
        return 0;
    }
}
