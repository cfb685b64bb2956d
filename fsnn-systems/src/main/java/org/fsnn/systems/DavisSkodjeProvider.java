// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.List;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.ParameterSpec;

/** Provides {@code davis-skodje} ({@link DavisSkodje}). */
public final class DavisSkodjeProvider extends AbstractSystemProvider {

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public DavisSkodjeProvider() {
        super("davis-skodje", "Davis-Skodje: y' = -y, z' = -(z - y/(1+y))/eps; eigenvalues -1 and -1/eps",
                List.of(new ParameterSpec(DynamicalSystem.EPSILON, 0.05, 1e-4, 1,
                        "stiffness, dividing the fast equation (paper grid 0.01 to 0.3)")),
                DavisSkodje::new);
    }
}
