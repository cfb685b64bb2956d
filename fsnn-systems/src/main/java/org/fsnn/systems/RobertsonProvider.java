// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.List;
import org.fsnn.api.system.ParameterSpec;

/** Provides {@code robertson} ({@link Robertson}). */
public final class RobertsonProvider extends AbstractSystemProvider {

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public RobertsonProvider() {
        super("robertson", "Robertson's stiff chemical kinetics (3 species, rates k1, k2, k3)",
                List.of(new ParameterSpec("k1", 0.04, 0, 1e12, "rate of A -> B"),
                        new ParameterSpec("k2", 3e7, 0, 1e12, "rate of 2B -> B + C"),
                        new ParameterSpec("k3", 1e4, 0, 1e12, "rate of B + C -> A + C")),
                Robertson::new);
    }
}
