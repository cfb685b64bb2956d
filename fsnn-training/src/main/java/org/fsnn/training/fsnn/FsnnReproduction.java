// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.fsnn;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * One example of the FSNN paper that {@code fsnn reproduce NAME} reruns. A new example is one
 * class implementing this and one entry in {@link FsnnReproductions#ALL}.
 */
public interface FsnnReproduction {
    /** The name on the command line, e.g. {@code fsnn-grad}. */
    String name();

    /** One line: what it reproduces. */
    String description();

    /**
     * Runs the example into {@code out} (a directory that does not exist yet).
     *
     * @param quick the budget that runs in minutes on two cores, instead of the paper's size
     * @param runner trains and evaluates FSNN runs
     * @param log where to say what is happening
     * @return the summary file written, {@code reproduce.md} in {@code out}
     */
    Path run(boolean quick, Path out, FsnnRunner runner, PrintWriter log);
}
