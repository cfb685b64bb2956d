// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.loss;

import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Named;

/** Makes a {@link Loss} from its configuration; found by {@link java.util.ServiceLoader}. */
public interface LossProvider extends Named {

    /**
     * A new loss.
     *
     * @param config the loss's JSON object (weights, integrators, …); unknown keys are errors
     */
    Loss<?, ?> create(ConfigNode config);
}
