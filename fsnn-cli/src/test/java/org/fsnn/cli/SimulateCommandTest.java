// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fsnn.api.solver.SolverProvider;
import org.fsnn.api.spi.Registry;
import org.fsnn.training.io.Trajectories;
import org.fsnn.training.io.TrajectoryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {
    @TempDir
    Path dir;

    private SimulateCommand command() {
        return new SimulateCommand(TestSystems.registry(), Registry.load(SolverProvider.class));
    }

    private int execute(String... args) {
        CommandLine cli = new CommandLine(command());
        cli.setOut(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    /** Parses and runs, so that the exception a bad input throws reaches the test. */
    private IllegalArgumentException failure(String... args) {
        SimulateCommand command = command();
        new CommandLine(command).parseArgs(args);
        return assertThrows(IllegalArgumentException.class, command::call);
    }

    private String[] args(String... extra) {
        List<String> all = new ArrayList<>(List.of("--out", dir.resolve("run").toString()));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    @Test
    void writesJsonCsvAndPngWithOutputsEquallySpacedFromZeroToTheEndInclusive() throws IOException {
        assertEquals(0, execute(args("--system", "decay", "--param", "rate=2", "--z0", "-1,0.5", "--t-end", "3",
                "--outputs", "7", "--solver", "dopri5", "--rtol", "1e-10", "--atol", "1e-12")));
        Path run = dir.resolve("run");
        Trajectories json = TrajectoryFiles.readJson(run.resolve("trajectory.json"));
        assertEquals("decay", json.system());
        assertEquals(Map.of("rate", 2.0), json.params());
        assertEquals("dopri5", json.solver());
        double[] t = json.t();
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2, 2.5, 3}, t, 1e-15);
        assertEquals(1, json.z().length);
        for (int k = 0; k < t.length; k++) {
            assertEquals(-Math.exp(-2 * t[k]), json.z()[0][k][0], 1e-9);
            assertEquals(0.5 * Math.exp(-2 * t[k]), json.z()[0][k][1], 1e-9);
        }
        List<String> csv = Files.readAllLines(run.resolve("trajectory.csv"));
        assertEquals("trajectory,t,z0,z1", csv.get(0));
        assertEquals(8, csv.size());
        byte[] png = Files.readAllBytes(run.resolve("trajectory.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), "a PNG image");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(run), files.toList(), "no staging directory left behind");
        }
    }

    @Test
    void samplesFromTheRegionAreReproducibleFromTheSeed() throws IOException {
        String[] common = {"--system", "decay", "--samples-from-region", "5", "--seed", "7", "--t-end", "1",
            "--outputs", "3", "--threads", "3"};
        assertEquals(0, execute(args(common)));
        List<String> first = Files.readAllLines(dir.resolve("run/trajectory.csv"));
        assertEquals(1 + 5 * 3, first.size());
        assertEquals(0, execute(args(common)));
        assertEquals(first, Files.readAllLines(dir.resolve("run/trajectory.csv")), "rerun into the existing directory");
    }

    private void assertFailsWithoutOutput(String expectedMessage, String... args) {
        IllegalArgumentException e = failure(args(args));
        assertEquals(expectedMessage, e.getMessage());
        assertFalse(Files.exists(dir.resolve("run")), "no partial output directory");
    }

    @Test
    void badInputEndsInOneLineNamingWhatIsWrongAndWhatIsValidWithoutOutput() {
        assertFailsWithoutOutput("--system: unknown system 'nope'; known: [decay, blow-up]",
                "--system", "nope", "--z0", "1,2", "--t-end", "1");
        assertFailsWithoutOutput("decay: unknown parameter 'mu'; known: [rate]",
                "--system", "decay", "--param", "mu=1", "--z0", "1,2", "--t-end", "1");
        assertFailsWithoutOutput("decay: parameter 'rate' = 100.0 must be finite and in [0.1, 10.0]",
                "--system", "decay", "--param", "rate=100", "--z0", "1,2", "--t-end", "1");
        assertFailsWithoutOutput("--param rate=fast: 'fast' is not a number",
                "--system", "decay", "--param", "rate=fast", "--z0", "1,2", "--t-end", "1");
        assertFailsWithoutOutput("--z0 has 3 values; system 'decay' has dimension 2",
                "--system", "decay", "--z0", "1,2,3", "--t-end", "1");
        assertFailsWithoutOutput("--z0 value 1 must be finite, got NaN",
                "--system", "decay", "--z0", "1,NaN", "--t-end", "1");
        assertFailsWithoutOutput("--t-end must be a finite number > 0, got Infinity",
                "--system", "decay", "--z0", "1,2", "--t-end", "Infinity");
        assertFailsWithoutOutput("give exactly one of --z0 (one state of 2 values) and --samples-from-region N",
                "--system", "decay", "--t-end", "1");
        assertFailsWithoutOutput("--solver: unknown solver 'euler'; known: [dopri5, dop853, rk4, rodas4]",
                "--system", "decay", "--z0", "1,2", "--t-end", "1", "--solver", "euler");
        assertFailsWithoutOutput("solver rk4: unknown parameter 'rtol'; known: [step, max-steps]",
                "--system", "decay", "--z0", "1,2", "--t-end", "1", "--solver", "rk4", "--rtol", "1e-6");
    }

    @Test
    void aSolverThatCannotMeetItsToleranceFailsWithoutOutput() {
        IllegalArgumentException e = failure(args("--system", "blow-up", "--z0", "1,0.5", "--t-end", "2",
                "--solver", "dopri5"));
        assertTrue(e.getMessage().startsWith("dopri5 failed at t=1.0000"), e.getMessage());
        assertTrue(e.getMessage().contains("step size underflow; cannot meet rtol=1.00e-06, atol=1.00e-09"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertFalse(Files.exists(dir.resolve("run")));
    }
}
