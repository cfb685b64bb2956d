// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.List;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.ParameterSpec;

/** Provides {@code simple-manifold}, the FSNN paper's eqs. 5.1–5.2 ({@link SimpleManifold}). */
public final class SimpleManifoldProvider extends AbstractSystemProvider {

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public SimpleManifoldProvider() {
        super("simple-manifold", "FSNN eq. 5.1-5.2: z1' = -eps (sin z1 + z2), z2' = lambda(z1)(z2 - 2 tanh z1)",
                List.of(new ParameterSpec(DynamicalSystem.EPSILON, 1e-3, 0, 1,
                        "time-scale ratio multiplying the slow equation (paper samples log-uniform in [1e-5, 1e-2])")),
                SimpleManifold::new);
    }
}
