// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import java.util.List;
import org.fsnn.api.system.DynamicalSystem;
import org.fsnn.api.system.ParameterSpec;

/** Provides {@code abraham-lorentz} ({@link AbrahamLorentz}). */
public final class AbrahamLorentzProvider extends AbstractSystemProvider {

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public AbrahamLorentzProvider() {
        super("abraham-lorentz", "FSNN eq. 5.19/5.20: radiation reaction in a tokamak field, (x, v) slow, a fast",
                List.of(new ParameterSpec(DynamicalSystem.EPSILON, 1e-3, 0, 1,
                                "gamma_R = r0/(cT), multiplying the slow equations (paper: log-uniform in [1e-5, 1e-2])"),
                        new ParameterSpec("zeta", -1, -1, 1, "sign of the charge: -1 electron, +1 positron"),
                        new ParameterSpec("direction", -1, -1, 1, "-1 reverse time (eq. 5.20), +1 forward time (eq. 5.19)"),
                        new ParameterSpec("B0", 1, 1e-6, 1e6, "field strength"),
                        new ParameterSpec("R0", 3, 1e-3, 1e3, "major radius"),
                        new ParameterSpec("q0", 1.2, 1e-3, 1e3, "safety factor on the magnetic axis"),
                        new ParameterSpec("q2", 2.8, 0, 1e3, "growth of the safety factor with minor radius"),
                        new ParameterSpec("a", 1.5, 1e-3, 1e3, "minor radius")),
                AbrahamLorentz::new);
    }
}
