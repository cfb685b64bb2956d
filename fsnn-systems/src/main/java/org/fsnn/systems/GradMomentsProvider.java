// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.List;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.ParameterSpec;

/** Provides {@code grad-moments} ({@link GradMoments}). */
public final class GradMomentsProvider extends AbstractSystemProvider {

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public GradMomentsProvider() {
        super("grad-moments", "FSNN eq. 5.6: linear Grad moments (rho, u, T, sigma, q) per Fourier mode k = 0..kmax",
                List.of(new ParameterSpec(DynamicalSystem.EPSILON, 0.01, 0, 1,
                                "Knudsen number multiplying the transport terms"),
                        new ParameterSpec("kmax", 2, 0, 32, "highest Fourier mode, a whole number (dimension 10 (kmax+1))")),
                GradMoments::new);
    }
}
