// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import static org.fsnn.cli.CliRun.fsnn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fsnn.api.backend.Backends;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackendsCommandTest {

    @AfterEach
    void forgetForcedBackend() {
        System.clearProperty(Backends.PROPERTY);
    }

    @Test
    void marksExactlyOneDefaultAndListsTheReferenceBackend() {
        CliRun run = fsnn("backends");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.outLines();
        assertTrue(lines.getFirst().matches("\\s*NAME\\s+PRIORITY\\s+AVAILABLE\\s+DEVICE OR REASON\\s+MODULE"),
                lines.getFirst());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("*")).count(), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\*?\\s+reference\\s+100\\s+yes\\s+.*\\sorg\\.fsnn\\.api")),
                run.out());
        String starred = lines.stream().filter(l -> l.startsWith("*")).findFirst().orElseThrow().split("\\s+")[1];
        assertTrue(run.out().contains("default: " + starred + " ("), run.out());
    }

    @Test
    void saysWhenThePropertyForcedTheDefault() {
        System.setProperty(Backends.PROPERTY, "reference");
        CliRun run = fsnn("backends");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.outLines().stream().anyMatch(l -> l.matches("\\*\\s+reference\\s.*")), run.out());
        assertTrue(run.out().contains("default: reference (forced by -Dfsnn.backend)"), run.out());
    }

    @Test
    void forcedUnknownBackendStillPrintsTheTableThenFails() {
        System.setProperty(Backends.PROPERTY, "no-such");
        CliRun run = fsnn("backends");
        assertEquals(2, run.status());
        assertTrue(run.out().contains("reference"), run.out());
        assertTrue(run.outLines().stream().noneMatch(l -> l.startsWith("*")), run.out());
        assertTrue(run.err().startsWith("fsnn: error: no BackendProvider named 'no-such'; known: ["), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }
}
