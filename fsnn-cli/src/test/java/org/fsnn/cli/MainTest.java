// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import static org.fsnn.cli.CliRun.fsnn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fsnn.api.backend.Backends;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MainTest {

    @AfterEach
    void forgetForcedBackend() {
        System.clearProperty(Backends.PROPERTY);
    }

    @Test
    void versionNamesFsnnTheJdkAndTheOs() {
        CliRun run = fsnn("--version");
        assertEquals(0, run.status(), run.err());
        String version = VersionProvider.fsnnVersion();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), "version filtered by Maven: " + version);
        assertEquals("fsnn " + version, run.outLines().getFirst());
        assertTrue(run.out().contains("JDK " + Runtime.version()), run.out());
        assertTrue(run.out().contains("OS " + System.getProperty("os.name")), run.out());
    }

    @Test
    void helpListsTheGlobalOptionsAndEveryCommand() {
        CliRun run = fsnn("--help");
        assertEquals(0, run.status(), run.err());
        for (String word : new String[] {"--backend=NAME", "--version", "backends", "plugins", "systems", "simulate", "train",
                "eval", "ablation", "export", "quickstart", "reproduce", "help"}) {
            assertTrue(run.out().contains(word), word + " missing from:\n" + run.out());
        }
    }

    @Test
    void unknownBackendFailsWithStatusTwoAndTheKnownNames() {
        CliRun run = fsnn("--backend", "no-such", "backends");
        assertEquals(2, run.status());
        String first = run.err().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("fsnn: error: --backend: no BackendProvider named 'no-such'; known: ["), first);
        assertTrue(first.contains("reference"), first);
        assertTrue(run.err().contains("Try 'fsnn --help'"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err());
        assertEquals("", run.out());
        assertNull(System.getProperty(Backends.PROPERTY));
    }

    @Test
    void knownBackendIsForcedForTheRunBeforeOrAfterTheCommand() {
        for (String[] args : new String[][] {{"--backend", "reference", "backends"}, {"backends", "--backend=reference"}}) {
            CliRun run = fsnn(args);
            assertEquals(0, run.status(), run.err());
            assertEquals("reference", System.getProperty(Backends.PROPERTY));
            assertTrue(run.out().contains("default: reference (forced by --backend)"), run.out());
            System.clearProperty(Backends.PROPERTY);
        }
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = fsnn();
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("fsnn: error: no command given"), run.err());
        assertTrue(run.err().contains("Usage: fsnn"), run.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = fsnn("frobnicate");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("fsnn: error: Unmatched argument at index 0: 'frobnicate'"), run.err());
    }

    @Test
    void unknownOptionOfASubcommandNamesTheSubcommandInTheHint() {
        CliRun run = fsnn("plugins", "--frobnicate");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("fsnn: error: Unknown option: '--frobnicate'"), run.err());
        assertTrue(run.err().contains("Try 'fsnn plugins --help'"), run.err());
    }
}
