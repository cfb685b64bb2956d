// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.io.PrintWriter;
import org.fsnn.api.backend.Backends;

/**
 * The backend for the shipped small-model jobs ({@code quickstart}, {@code reproduce}): unless the
 * user forced one, the {@code cpu} backend when it is available. Their networks (width 32 to 128,
 * batches of a few hundred) are bound by kernel launches on OpenCL, where an epoch took about six
 * times longer than on the CPU backend on a two-core machine with a CPU OpenCL driver.
 */
final class SmallModelBackend {
    static final String PREFERRED = "cpu";

    private SmallModelBackend() {
    }

    /** Forces {@value #PREFERRED} for this process unless a backend was forced already. */
    static void preferCpu(PrintWriter err) {
        Backends backends = Backends.system();
        if (backends.forcedName().isPresent()) {
            return;
        }
        boolean available = backends.table().stream()
                .anyMatch(e -> e.getKey().name().equals(PREFERRED) && e.getValue().available());
        if (available && !backends.choose().name().equals(PREFERRED)) {
            System.setProperty(Backends.PROPERTY, PREFERRED);
            err.println("using the " + PREFERRED + " backend, the fastest for these small networks; "
                    + "choose another with --backend");
            err.flush();
        }
    }
}
