// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import org.fsnn.api.integrate.Integrator;
import org.fsnn.api.integrate.IntegratorProvider;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.integrators.StepArguments;

/**
 * The {@code slow-manifold} plugin: {@link SlowManifold} with the explicit part of
 * {@link ImexTableau#SSP2_222}; config {@code substeps} (default 1).
 */
public final class SlowManifoldProvider implements IntegratorProvider {

    /** For {@link java.util.ServiceLoader}. */
    public SlowManifoldProvider() {}

    @Override
    public String name() {
        return "slow-manifold";
    }

    @Override
    public String description() {
        return "integrates the slow variables on y = 0 (FSNN eq. 3.23); steps of order 1/eps";
    }

    @Override
    public Integrator create(ConfigNode config) {
        config.requireOnly("substeps");
        return new SlowManifold(ImexTableau.SSP2_222, StepArguments.substeps(config, "substeps", 1));
    }
}
