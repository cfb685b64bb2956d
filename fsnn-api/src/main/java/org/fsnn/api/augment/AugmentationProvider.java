// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.augment;

import org.fsnn.api.spi.ConfigNode;
import org.fsnn.api.spi.Named;

/**
 * Makes an {@link Augmentation} from its configuration; found by {@link java.util.ServiceLoader}
 * and chosen by name, e.g. {@code fuzzy-cloud}.
 */
public interface AugmentationProvider extends Named {

    /**
     * An augmentation with these settings.
     *
     * @param config the settings; unknown keys and ill-typed values fail with their JSON path
     * @throws IllegalArgumentException for a bad setting, naming its JSON path and what is valid
     */
    Augmentation create(ConfigNode config);
}
