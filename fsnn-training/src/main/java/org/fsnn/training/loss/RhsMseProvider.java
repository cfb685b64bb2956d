// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.loss;

import org.fsnn.api.loss.LossProvider;
import org.fsnn.api.spi.ConfigNode;

/** {@code rhs-mse}: {@link RhsMse}. No config keys. */
public final class RhsMseProvider implements LossProvider {
    /** For {@link java.util.ServiceLoader}. */
    public RhsMseProvider() {}

    @Override
    public String name() {
        return "rhs-mse";
    }

    @Override
    public String description() {
        return "mean squared error of the (transformed) time derivatives of a learned right-hand side";
    }

    @Override
    public RhsMse create(ConfigNode config) {
        config.requireOnly();
        return new RhsMse();
    }
}
