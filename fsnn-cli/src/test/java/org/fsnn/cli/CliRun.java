// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the command line: its exit status and what it printed. */
record CliRun(int status, String out, String err) {

    /** Runs {@code fsnn args...} as {@link Main#main} would, capturing both streams. */
    static CliRun fsnn(String... args) {
        return run(Main.commandLine(), args);
    }

    /** Runs any command line, capturing both streams. */
    static CliRun run(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int status = cmd.execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }

    /** The lines printed on standard output. */
    java.util.List<String> outLines() {
        return out.lines().toList();
    }
}
