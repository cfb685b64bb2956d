// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.List;
import org.fsnn.api.system.ParameterSpec;

/** Provides {@code van-der-pol} ({@link VanDerPol}). */
public final class VanDerPolProvider extends AbstractSystemProvider {

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public VanDerPolProvider() {
        super("van-der-pol", "stiff Van der Pol oscillator: y1' = y2, y2' = mu (1 - y1^2) y2 - y1",
                List.of(new ParameterSpec("mu", 1000, 0, 1e7, "stiffness; the limit cycle's period grows like mu")),
                VanDerPol::new);
    }
}
