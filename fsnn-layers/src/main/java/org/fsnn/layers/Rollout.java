// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import java.util.List;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.integrate.FastSlowState;

/**
 * A batch of trajectories from a {@link FastSlowNetwork}: states at t₀, t₁, …, t_N.
 *
 * @param states the decoded states z_n = h⁻¹(y_n, x_n; ε), each {@code [b, N]}; N + 1 entries
 * @param latent the fast–slow states (x_n, y_n), N + 1 entries, for losses in those coordinates
 */
public record Rollout(List<Var> states, List<FastSlowState> latent) {
    /** Copies the lists. */
    public Rollout {
        states = List.copyOf(states);
        latent = List.copyOf(latent);
    }

    /** N, the number of steps taken. */
    public int steps() {
        return states.size() - 1;
    }
}
