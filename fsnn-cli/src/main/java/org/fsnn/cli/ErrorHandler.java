// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.fsnn.api.backend.BackendUnavailableException;
import org.fsnn.api.spi.PluginException;
import org.fsnn.training.train.TrainingDivergedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure that reaches the command line into one line on standard error and an exit
 * status: {@code fsnn: error: <message>} and 2 for bad input (usage errors also get a hint), and
 * {@code fsnn: internal error: ...} and 1 for anything else. Stack traces only in debug mode.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    /** Exit status for bad input: a usage error, an unknown plugin, an unavailable backend, bad files. */
    static final int INPUT_ERROR = 2;
    /** Exit status for a failure that is a bug. */
    static final int INTERNAL_ERROR = 1;
    /** Exit status for a training run whose loss or gradient went non-finite. */
    static final int DIVERGED = 3;

    private final boolean debug;

    /** @param debug whether to print stack traces too */
    ErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("fsnn: error: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Usage: " + cmd.getHelp().synopsis(0).strip());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        traceIfDebug(e, err);
        return INPUT_ERROR;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int status;
        if (isInputError(e)) {
            err.println("fsnn: error: " + message(e));
            status = INPUT_ERROR;
        } else if (e instanceof TrainingDivergedException) {
            err.println("fsnn: training diverged: " + e.getMessage() + ". Try a smaller optimizer learning rate or a"
                    + " gradient clip (optimizer.clipNorm); a run that had written a checkpoint keeps its last good one"
                    + " for --resume.");
            status = DIVERGED;
        } else {
            err.println("fsnn: internal error: " + e
                    + (debug ? "" : " (set " + Main.DEBUG_ENVIRONMENT + "=1 for the stack trace)"));
            status = INTERNAL_ERROR;
        }
        traceIfDebug(e, err);
        return status;
    }

    private static boolean isInputError(Exception e) {
        return e instanceof IllegalArgumentException
                || e instanceof PluginException
                || e instanceof BackendUnavailableException
                || e instanceof UncheckedIOException;
    }

    /** The message, and for an I/O failure also the kind of failure and the file it names. */
    private static String message(Exception e) {
        String m = e.getMessage();
        if (e instanceof UncheckedIOException io) {
            Throwable cause = io.getCause();
            String what = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            m = m == null || m.equals(cause.toString()) ? what : m + ": " + what;
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private void traceIfDebug(Exception e, PrintWriter err) {
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
    }
}
