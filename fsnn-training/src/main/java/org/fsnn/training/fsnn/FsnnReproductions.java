// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fsnn.training.experiment.ExperimentJson;
import org.fsnn.training.io.AtomicFiles;

/**
 * The FSNN paper's examples by name. Adding an example: implement {@link FsnnReproduction} and
 * add one entry to {@link #ALL}; the command line lists and runs it from there.
 */
public final class FsnnReproductions {
    /** Every example, in the paper's order, then the comparison beyond it. */
    public static final List<FsnnReproduction> ALL = List.of(
            new RandomInitReproduction(),
            new SimpleManifoldReproduction(),
            new GradReproduction(),
            new Lorenz96Reproduction(),
            new AbrahamLorentzReproduction(),
            new DavisSkodjeFsnnVsMlpReproduction());
    /** Their names. */
    public static final List<String> NAMES = ALL.stream().map(FsnnReproduction::name).toList();

    private final FsnnRunner runner;
    private final PrintWriter log;

    /**
     * @param runner trains and evaluates the runs
     * @param log where to say what is happening
     */
    public FsnnReproductions(FsnnRunner runner, PrintWriter log) {
        this.runner = runner;
        this.log = log;
    }

    /** The example of this name. @throws IllegalArgumentException for an unknown name, listing the known ones */
    public static FsnnReproduction get(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("unknown FSNN reproduction '" + name + "'; known: " + NAMES));
    }

    /**
     * Runs an example into {@code out}.
     *
     * @param quick the budget that runs in minutes, instead of the paper's size
     * @return the summary file written
     */
    public Path run(String name, boolean quick, Path out) {
        FsnnReproduction r = get(name);
        if (Files.exists(out) && !isEmptyDirectory(out)) {
            throw new IllegalArgumentException(out + ": the output directory exists already; choose another --out");
        }
        return r.run(quick, out, runner, log);
    }

    private static boolean isEmptyDirectory(Path dir) {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** A value as pretty JSON text with a final newline. */
    static String json(Object value) {
        try {
            return ExperimentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a text file atomically, creating its directory. */
    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
