// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.transform;

import java.util.Map;
import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Named;
import org.fsnn.api.tensor.Tensor;

/** Fits and restores a {@link TargetTransform}; found by {@link java.util.ServiceLoader}. */
public interface TargetTransformProvider extends Named {

    /**
     * A transform fitted on the training targets.
     *
     * @param config the transform's JSON object; unknown keys are errors
     * @param targets the training targets, {@code [n, d]}
     */
    TargetTransform fit(ConfigNode config, Tensor targets);

    /**
     * A transform with a saved state, as returned by {@link TargetTransform#state()}.
     *
     * @throws IllegalArgumentException naming a missing or mis-shaped entry
     */
    TargetTransform restore(ConfigNode config, Map<String, Tensor> state);
}
