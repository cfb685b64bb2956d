// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.List;

/** Provides {@code hires} ({@link Hires}). */
public final class HiresProvider extends AbstractSystemProvider {

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public HiresProvider() {
        super("hires", "HIRES: 8-species stiff plant-physiology kinetics of Hairer and Wanner", List.of(), Hires::new);
    }
}
