// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The processor's name, for {@link SimdBackend#device()}. */
final class CpuModel {
    private CpuModel() {}

    /** The "model name" of /proc/cpuinfo where there is one, else the architecture. */
    static String name() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo)) {
                var model = lines.filter(l -> l.startsWith("model name")).findFirst();
                if (model.isPresent() && model.get().contains(":")) {
                    return model.get().substring(model.get().indexOf(':') + 1).trim();
                }
            } catch (IOException | RuntimeException e) {
                // fall through to the architecture
            }
        }
        return System.getProperty("os.arch", "unknown CPU");
    }
}
