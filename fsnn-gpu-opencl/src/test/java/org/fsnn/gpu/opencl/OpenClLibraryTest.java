// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenClLibraryTest {

    @Test
    void theSearchFollowsLdLibraryPathThenTheLoaderConfigurationThenTheSystemDirectories(@TempDir Path tmp)
            throws IOException {
        Path conf = Files.createDirectory(tmp.resolve("ld.so.conf.d"));
        Files.writeString(conf.resolve("b-cuda.conf"), "# a comment\n/usr/local/cuda/lib64\n\ninclude other\n");
        Files.writeString(conf.resolve("a-gpu.conf"), "/opt/gpu/lib\n");
        Files.writeString(conf.resolve("ignored.txt"), "/not/a/conf\n");
        List<Path> dirs = OpenClLibrary.searchDirs("/first::/second", conf);
        assertEquals(List.of(Path.of("/first"), Path.of("/second"), Path.of("/opt/gpu/lib"),
                Path.of("/usr/local/cuda/lib64")), dirs.subList(0, 4));
        assertEquals(OpenClDevices.LIBRARY_DIRS, dirs.subList(4, dirs.size()));
        assertEquals(OpenClDevices.LIBRARY_DIRS, OpenClLibrary.searchDirs(null, tmp.resolve("missing")));
    }

    @Test
    void onlyTheUnversionedNameJoclOpensCounts(@TempDir Path dir) throws IOException {
        assertFalse(OpenClLibrary.findable(List.of(dir)));
        Path versioned = Files.createFile(dir.resolve("libOpenCL.so.1"));
        assertFalse(OpenClLibrary.findable(List.of(dir)), "libOpenCL.so.1 alone is not what JOCL opens");
        Files.createSymbolicLink(dir.resolve(OpenClLibrary.NAME), versioned);
        assertTrue(OpenClLibrary.findable(List.of(dir.resolve("elsewhere"), dir)));
        Files.delete(versioned);
        assertFalse(OpenClLibrary.findable(List.of(dir)), "a dangling link is not a library");
    }
}
