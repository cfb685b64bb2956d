// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SystemsCommandTest {

    @Test
    void listsEverySystemWithItsParametersDefaultsAndRanges() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new SystemsCommand(TestSystems.registry()));
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute());
        String text = out.toString();
        assertTrue(text.startsWith("decay  linear decay"), text);
        assertTrue(text.contains("rate           default 1.0          range [0.1, 10.0]"), text);
        assertTrue(text.contains("decay rate"), text);
        assertTrue(text.contains("\nblow-up"), text);
    }
}
