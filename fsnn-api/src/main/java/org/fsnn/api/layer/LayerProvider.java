// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.layer;

import java.util.random.RandomGenerator.SplittableGenerator;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Named;

/**
 * Makes a {@link Layer} from its configuration; found by {@link java.util.ServiceLoader}.
 *
 * <p>Parameters are initialized eagerly and deterministically from {@code rng}, so the same seed
 * gives the same layer on every backend.
 */
public interface LayerProvider extends Named {

    /**
     * A new layer.
     *
     * @param config the layer's JSON object (sizes, activations, L, …); unknown keys are errors
     * @param inputDim the size of the input's last axis
     * @param contextDim the size of the conditioning input's last axis (0 for none)
     * @param backend where the parameters live
     * @param rng the source of initial values, split once per parameter
     */
    Layer create(ConfigNode config, int inputDim, int contextDim, Backend backend, SplittableGenerator rng);
}
