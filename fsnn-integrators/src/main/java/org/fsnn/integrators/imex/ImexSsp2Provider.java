// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.imex;

import org.fsnn.api.integrate.Integrator;
import org.fsnn.api.integrate.IntegratorProvider;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.integrators.StepArguments;

/**
 * The {@code imex-ssp2} plugin: {@link ImexRungeKutta} with {@link ImexTableau#SSP2_222}, the
 * integrator of the FSNN paper; config {@code substeps} (equal IMEX steps per data interval,
 * default 1).
 */
public final class ImexSsp2Provider implements IntegratorProvider {

    /** For {@link java.util.ServiceLoader}. */
    public ImexSsp2Provider() {}

    @Override
    public String name() {
        return "imex-ssp2";
    }

    @Override
    public String description() {
        return "second-order L-stable IMEX-SSP2(2,2,2) for fast-slow normal forms, T(x) y implicit";
    }

    @Override
    public Integrator create(ConfigNode config) {
        config.requireOnly("substeps");
        return new ImexRungeKutta(ImexTableau.SSP2_222, StepArguments.substeps(config, "substeps", 1));
    }
}
