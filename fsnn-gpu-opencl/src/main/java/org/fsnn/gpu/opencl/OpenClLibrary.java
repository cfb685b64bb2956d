// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether the dynamic loader can find {@code libOpenCL.so}, checked before JOCL is touched: JOCL's
 * native code prints "Could not load libOpenCL.so, …" to standard output when it cannot, a stray
 * line at the end of every command on a machine without OpenCL. The loader's search is followed
 * where it matters: {@code LD_LIBRARY_PATH}, the directories of {@code /etc/ld.so.conf.d}, and the
 * system's library directories.
 */
final class OpenClLibrary {
    /** The name JOCL opens. */
    static final String NAME = "libOpenCL.so";

    private OpenClLibrary() {}

    /** The directories to search on this machine. */
    static List<Path> searchDirs() {
        return searchDirs(System.getenv("LD_LIBRARY_PATH"), Path.of("/etc/ld.so.conf.d"));
    }

    /**
     * The directories the loader searches: {@code ldLibraryPath}'s entries, those named in the
     * {@code *.conf} files of {@code confDir} (lines that are absolute paths), then
     * {@link OpenClDevices#LIBRARY_DIRS}.
     */
    static List<Path> searchDirs(String ldLibraryPath, Path confDir) {
        Set<Path> dirs = new LinkedHashSet<>();
        if (ldLibraryPath != null) {
            for (String entry : ldLibraryPath.split(":")) {
                if (!entry.isBlank()) {
                    dirs.add(Path.of(entry));
                }
            }
        }
        try (Stream<Path> confs = Files.isDirectory(confDir) ? Files.list(confDir) : Stream.empty()) {
            for (Path conf : confs.filter(p -> p.toString().endsWith(".conf")).sorted().toList()) {
                for (String line : Files.readAllLines(conf)) {
                    String dir = line.strip();
                    if (dir.startsWith("/")) {
                        dirs.add(Path.of(dir));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable configuration only narrows the search; the system directories remain
        }
        dirs.addAll(OpenClDevices.LIBRARY_DIRS);
        return new ArrayList<>(dirs);
    }

    /** Whether one of {@code dirs} holds {@link #NAME} (a file or a link to one). */
    static boolean findable(List<Path> dirs) {
        return dirs.stream().anyMatch(d -> Files.isRegularFile(d.resolve(NAME)));
    }
}
