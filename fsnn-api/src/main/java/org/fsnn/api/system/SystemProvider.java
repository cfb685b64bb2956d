// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.system;

import java.util.List;
import org.fsnn.api.spi.Named;

/**
 * Makes a {@link DynamicalSystem} from parameters; found by {@link java.util.ServiceLoader}.
 *
 * <p>A custom system is one class implementing {@link DynamicalSystem}, one provider, and one
 * {@code provides org.fsnn.api.system.SystemProvider with ...} line in its module descriptor.
 */
public interface SystemProvider extends Named {

    /** The parameters the system takes, with defaults and valid ranges. */
    List<ParameterSpec> parameters();

    /** A system with these parameters, already resolved against {@link #parameters()}. */
    DynamicalSystem create(Params params);
}
