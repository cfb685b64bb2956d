// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrajectoryFilesTest {
    private static final Trajectories TWO = new Trajectories("toy", Map.of("eps", 0.1), "rk4", new double[] {0, 0.5},
            new double[][][] {{{1, 2}, {0.1, 1e-300}}, {{3, 4}, {5, 6}}});

    @Test
    void jsonHoldsSystemParamsTimesAndOneStateMatrixPerTrajectoryExactly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("trajectory.json");
        TrajectoryFiles.writeJson(file, TWO);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals("toy", json.get("system").asText());
        assertEquals(0.1, json.get("params").get("eps").asDouble());
        assertEquals(2, json.get("t").size());
        assertEquals(2, json.get("z").size());
        assertEquals(1e-300, json.get("z").get(0).get(1).get(1).asDouble());
        assertEquals(6, json.get("z").get(1).get(1).get(1).asDouble());
    }

    @Test
    void jsonReadsBackExactly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("trajectory.json");
        TrajectoryFiles.writeJson(file, TWO);
        Trajectories back = TrajectoryFiles.readJson(file);
        assertEquals(TWO.system(), back.system());
        assertEquals(TWO.params(), back.params());
        assertEquals(TWO.solver(), back.solver());
        org.junit.jupiter.api.Assertions.assertArrayEquals(TWO.t(), back.t());
        org.junit.jupiter.api.Assertions.assertArrayEquals(TWO.z(), back.z());
    }

    @Test
    void csvHasAHeaderAndOneRowPerTrajectoryAndTime(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("trajectory.csv");
        TrajectoryFiles.writeCsv(file, TWO);
        assertEquals(List.of("trajectory,t,z0,z1", "0,0.0,1.0,2.0", "0,0.5,0.1,1.0E-300", "1,0.0,3.0,4.0",
                "1,0.5,5.0,6.0"), Files.readAllLines(file));
    }

    @Test
    void trajectoriesOfTheWrongLengthAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Trajectories("toy", Map.of(), "rk4",
                new double[] {0, 1, 2}, new double[][][] {{{1}, {2}}}));
        assertEquals("trajectories: trajectory 0 has 2 states for 3 times", e.getMessage());
    }
}
