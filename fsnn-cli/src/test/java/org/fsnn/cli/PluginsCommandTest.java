// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import static org.fsnn.cli.CliRun.fsnn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fsnn.api.spi.PluginKinds;
import org.junit.jupiter.api.Test;

class PluginsCommandTest {

    @Test
    void listsTheReferenceBackendWithItsModuleAndDescription() {
        CliRun run = fsnn("plugins");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.outLines().getFirst().matches("KIND\\s+NAME\\s+MODULE\\s+DESCRIPTION"), run.out());
        assertTrue(run.outLines().stream()
                .anyMatch(l -> l.matches("backend\\s+reference\\s+org\\.fsnn\\.api\\s+scalar reference kernels.*")),
                run.out());
    }

    @Test
    void listsEveryKindOfPlugin() {
        CliRun run = fsnn("plugins");
        for (Class<?> kind : PluginKinds.ALL) {
            String label = PluginKinds.label(kind);
            assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith(label + " ")), label + " missing:\n" + run.out());
        }
    }
}
