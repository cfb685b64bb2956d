// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.solver;

import java.util.List;
import org.fsnn.api.spi.Named;
import org.fsnn.api.system.ParameterSpec;
import org.fsnn.api.system.Params;

/**
 * Makes an {@link OdeSolver} from its settings; found by {@link java.util.ServiceLoader} and chosen
 * by name ({@code --solver dopri5}).
 *
 * <p>Settings are named parameters with defaults and ranges, the same kind systems take: the
 * adaptive solvers read {@code rtol}, {@code atol} and {@code max-steps}, fixed-step ones
 * {@code step} and {@code max-steps}.
 */
public interface SolverProvider extends Named {

    /** The settings the solver takes, with defaults and valid ranges. */
    List<ParameterSpec> parameters();

    /** A solver with these settings, already resolved against {@link #parameters()}. */
    OdeSolver create(Params params);
}
