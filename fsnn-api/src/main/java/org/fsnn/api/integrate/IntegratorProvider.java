// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.integrate;

import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Named;

/** Makes a differentiable {@link Integrator} from its configuration; found by {@link java.util.ServiceLoader}. */
public interface IntegratorProvider extends Named {

    /**
     * A new integrator.
     *
     * @param config e.g. the number of sub-steps per interval; unknown keys are errors
     */
    Integrator create(ConfigNode config);
}
