// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.List;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.ParameterSpec;

/** Provides {@code lorenz96-two-scale} ({@link Lorenz96TwoScale}). */
public final class Lorenz96TwoScaleProvider extends AbstractSystemProvider {

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public Lorenz96TwoScaleProvider() {
        super("lorenz96-two-scale", "FSNN eq. 5.8: two-scale Lorenz96 in fast time, K slow x_k with J fast y_jk each",
                List.of(new ParameterSpec(DynamicalSystem.EPSILON, 1e-3, 0, 1,
                                "time-scale ratio, c = b = 1/eps (paper samples log-uniform in [1e-5, 1e-2])"),
                        new ParameterSpec("K", 4, 1, 1024, "number of slow variables x_k, a whole number"),
                        new ParameterSpec("J", 4, 1, 1024, "fast variables per slow variable, a whole number"),
                        new ParameterSpec("F", 0, -100, 100, "forcing of eq. 5.7 (the paper takes 0)"),
                        new ParameterSpec("h", 1, -100, 100, "coupling of eq. 5.7 (the paper takes 1)")),
                Lorenz96TwoScale::new);
    }
}
