// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import org.fsnn.api.integrate.Integrator;
import org.fsnn.api.integrate.IntegratorProvider;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.integrators.StepArguments;

/**
 * The {@code hybrid} plugin: {@link Hybrid} over IMEX-SSP2(2,2,2). Config: {@code tolerance}
 * (the threshold on ‖y‖₂, default 1e-6), {@code substeps} (IMEX steps per interval off the
 * manifold, default 1) and {@code slowSubsteps} (steps per interval on it, default 1).
 */
public final class HybridProvider implements IntegratorProvider {

    /** The default switching threshold on ‖y‖₂. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /** For {@link java.util.ServiceLoader}. */
    public HybridProvider() {}

    @Override
    public String name() {
        return "hybrid";
    }

    @Override
    public String description() {
        return "full IMEX steps until |y| < tolerance, then slow-manifold steps, decided per sample";
    }

    @Override
    public Integrator create(ConfigNode config) {
        config.requireOnly("tolerance", "substeps", "slowSubsteps");
        double tolerance = config.getDouble("tolerance", DEFAULT_TOLERANCE);
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException(config.path() + ".tolerance: must be a positive number, got " + tolerance);
        }
        return new Hybrid(new ImexRungeKutta(ImexTableau.SSP2_222, StepArguments.substeps(config, "substeps", 1)),
                new SlowManifold(ImexTableau.SSP2_222, StepArguments.substeps(config, "slowSubsteps", 1)), tolerance);
    }
}
