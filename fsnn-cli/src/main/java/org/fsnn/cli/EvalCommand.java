// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fsnn.training.experiment.ExperimentRunner;
import org.fsnn.training.fsnn.FsnnRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fsnn eval RUN_DIR}: evaluates a trained run again and rewrites its metrics, plots and
 * report. An FSNN run (made by an fsnn-* reproduction) gets its rollouts (full, closure, hybrid)
 * against the reference solver and its learned fast eigenvalues against the exact ones.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a run's model again (rollouts and eigenvalues at every ε); rewrite metrics.json, "
                + "report.md and plots/.")
public final class EvalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory made by 'fsnn train'.")
    private Path runDir;

    /** For picocli. */
    public EvalCommand() {}

    @Override
    public Integer call() {
        if (FsnnRunner.isFsnnRun(runDir)) {
            SmallModelBackend.preferCpu(spec.commandLine().getErr());
            FsnnSummary.print(spec.commandLine().getOut(),
                    new FsnnRunner(spec.commandLine().getErr(), false).evaluate(runDir));
            return 0;
        }
        RunSummary.print(spec.commandLine().getOut(),
                new ExperimentRunner(spec.commandLine().getErr(), false).evaluate(runDir));
        return 0;
    }
}
