// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fsnn.training.export.CheckpointExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fsnn export RUN_DIR --format npz|safetensors}: writes the trained parameters, the input
 * normalization and the transform scales as {@code RUN_DIR/model.npz} or {@code model.safetensors}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a run's model: parameters by name plus normalization and transform scales, float64.",
            "Python: numpy.load('model.npz') or safetensors.numpy.load_file('model.safetensors')."})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory made by 'fsnn train'.")
    private Path runDir;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "npz or safetensors.")
    private String format;

    /** For picocli. */
    public ExportCommand() {}

    @Override
    public Integer call() {
        if (!Files.isDirectory(runDir)) {
            throw new IllegalArgumentException(runDir + ": no such run directory");
        }
        Path file = CheckpointExport.export(runDir, format);
        spec.commandLine().getOut().println("wrote " + file);
        return 0;
    }
}
