// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

    private static long entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void filesAppearOnlyWhenPublished(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("run");
        RunDirectory dir = RunDirectory.stage(target);
        dir.writeString("a.txt", "hello");
        assertFalse(Files.exists(target));
        dir.publish();
        assertEquals("hello", Files.readString(target.resolve("a.txt")));
        assertTrue(Files.isDirectory(target.resolve(RunDirectory.PLOTS)));
        assertEquals(1, entries(tmp), "no staging directory left");
    }

    @Test
    void discardLeavesNothing(@TempDir Path tmp) throws IOException {
        RunDirectory dir = RunDirectory.stage(tmp.resolve("run"));
        dir.writeString("a.txt", "x");
        dir.discard();
        assertEquals(0, entries(tmp));
    }

    @Test
    void existingTargetIsRefused(@TempDir Path tmp) {
        assertThrows(IllegalArgumentException.class, () -> RunDirectory.stage(tmp));
    }
}
