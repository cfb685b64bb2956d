// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AblationCommandTest {

    @Test
    void tabulatesEveryRunWithItsCombinedScore(@TempDir Path tmp) throws IOException {
        Path config = tmp.resolve("tiny.json");
        Files.writeString(config, TrainCommandTest.TINY);
        Path out = tmp.resolve("ablation");
        CliRun r = CliRun.fsnn("ablation", config.toString(), "--seeds", "1,2", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("ablation.csv"));
        assertEquals("config,seed,transform,cloud,best_val_loss,rollout_l2,eig_fast_mae,eig_slow_mae,s_comb",
                csv.get(0));
        assertEquals(3, csv.size());
        // With two runs every median is the pair's mean, so the two scores average to exactly one.
        double s1 = Double.parseDouble(csv.get(1).split(",")[8]);
        double s2 = Double.parseDouble(csv.get(2).split(",")[8]);
        assertEquals(1.0, (s1 + s2) / 2, 1e-3);
        assertTrue(csv.get(1).startsWith("tiny,1,asinh-mad,no,"), csv.get(1));
        assertTrue(Files.isDirectory(out.resolve("tiny-s1")) && Files.isDirectory(out.resolve("tiny-s2")));
        assertTrue(r.out().contains("| tiny | 2 |"), r.out());
    }

    @Test
    void badSeedListIsAUsageError(@TempDir Path tmp) {
        CliRun r = CliRun.fsnn("ablation", "x.json", "--seeds", "1,b");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("fsnn: error:"), r.err());
    }
}
