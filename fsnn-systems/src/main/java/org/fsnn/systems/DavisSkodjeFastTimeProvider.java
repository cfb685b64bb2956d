// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.List;
import org.fsnn.api.system.ParameterSpec;
import org.fsnn.api.system.DynamicalSystem;

/** Provides {@code davis-skodje-fast-time} ({@link DavisSkodje#inFastTime}). */
public final class DavisSkodjeFastTimeProvider extends AbstractSystemProvider {

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public DavisSkodjeFastTimeProvider() {
        super("davis-skodje-fast-time", "Davis-Skodje in fast time tau = t/eps: y' = -eps y, z' = -(z - y/(1+y));"
                + " eigenvalues -eps and -1",
                List.of(new ParameterSpec(DynamicalSystem.EPSILON, 0.05, 0, 1,
                        "stiffness, multiplying the slow equation (0 gives the critical manifold)")),
                DavisSkodje::inFastTime);
    }
}
