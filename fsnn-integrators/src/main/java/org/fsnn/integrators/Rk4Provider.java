// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators;

import org.fsnn.api.integrate.Integrator;
import org.fsnn.api.integrate.IntegratorProvider;
import org.fsnn.api.spi.ConfigNode;

/** The {@code rk4} plugin: {@link Rk4}; config {@code substeps} (default 1). */
public final class Rk4Provider implements IntegratorProvider {

    /** For {@link java.util.ServiceLoader}. */
    public Rk4Provider() {}

    @Override
    public String name() {
        return "rk4";
    }

    @Override
    public String description() {
        return "classical fourth-order Runge-Kutta for plain neural ODEs";
    }

    @Override
    public Integrator create(ConfigNode config) {
        config.requireOnly("substeps");
        return new Rk4(StepArguments.substeps(config, "substeps", 1));
    }
}
