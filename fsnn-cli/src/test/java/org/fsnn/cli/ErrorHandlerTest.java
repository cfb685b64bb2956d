// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.fsnn.api.backend.BackendUnavailableException;
import org.fsnn.api.spi.PluginException;
import org.fsnn.training.train.TrainingDivergedException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorHandlerTest {

    /** A command that fails with the exception it is given. */
    @Command(name = "fail")
    record Failing(RuntimeException failure) implements Callable<Integer> {
        @Override
        public Integer call() {
            throw failure;
        }
    }

    private static CliRun failWith(RuntimeException e, boolean debug) {
        ErrorHandler handler = new ErrorHandler(debug);
        CommandLine cmd = new CommandLine(new Failing(e)).setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler);
        return CliRun.run(cmd);
    }

    @Test
    void inputErrorsPrintOneLineAndExitWithTwo() {
        RuntimeException[] inputErrors = {
            new IllegalArgumentException("eps must be in [1e-4, 1]"),
            new PluginException("no SystemProvider named 'x'; known: [davis-skodje]"),
            new BackendUnavailableException("backend 'opencl' is unavailable: no platform (install an ICD)"),
        };
        for (RuntimeException e : inputErrors) {
            CliRun run = failWith(e, false);
            assertEquals(2, run.status(), e.toString());
            assertEquals("fsnn: error: " + e.getMessage() + System.lineSeparator(), run.err());
        }
    }

    @Test
    void ioErrorsNameTheFailureAndTheFile() {
        IOException missing = new NoSuchFileException("runs/x/config.json");
        CliRun wrapped = failWith(new UncheckedIOException("reading the config", missing), false);
        assertEquals(2, wrapped.status());
        assertEquals("fsnn: error: reading the config: NoSuchFileException: runs/x/config.json",
                wrapped.err().strip());
        CliRun bare = failWith(new UncheckedIOException(missing), false);
        assertEquals("fsnn: error: NoSuchFileException: runs/x/config.json", bare.err().strip());
    }

    @Test
    void aDivergedTrainingSaysWhereAndWhatToTryAndExitsWithThree() {
        CliRun run = failWith(new TrainingDivergedException("epoch 1, batch 18: loss term 'system' is NaN"), false);
        assertEquals(3, run.status());
        String line = run.err().strip();
        assertTrue(line.startsWith("fsnn: training diverged: epoch 1, batch 18: loss term 'system' is NaN. "), line);
        assertTrue(line.contains("optimizer.clipNorm") && line.contains("--resume"), line);
        assertEquals(1, line.lines().count(), line);
    }

    @Test
    void otherFailuresAreInternalErrorsWithStatusOne() {
        CliRun run = failWith(new IllegalStateException("broken invariant"), false);
        assertEquals(1, run.status());
        assertEquals("fsnn: internal error: java.lang.IllegalStateException: broken invariant "
                + "(set FSNN_DEBUG=1 for the stack trace)", run.err().strip());
    }

    @Test
    void debugModeAddsTheStackTrace() {
        CliRun run = failWith(new IllegalArgumentException("bad value"), true);
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("fsnn: error: bad value"), run.err());
        assertTrue(run.err().contains("java.lang.IllegalArgumentException: bad value"), run.err());
        assertTrue(run.err().contains("ErrorHandlerTest.debugModeAddsTheStackTrace(ErrorHandlerTest.java:"), run.err());
    }

    @Test
    void exceptionWithoutMessageShowsItsType() {
        CliRun run = failWith(new IllegalArgumentException(), false);
        assertEquals("fsnn: error: IllegalArgumentException", run.err().strip());
    }
}
