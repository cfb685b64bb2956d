// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.metrics;

/**
 * The evaluation at one ε: paper eqs. 17 and 18, each averaged over the evaluation's trajectories.
 *
 * @param eps the stiffness parameter
 * @param rolloutL2 E_roll
 * @param eigFastMae E_λ,fast
 * @param eigSlowMae E_λ,slow
 */
public record EpsMetrics(double eps, double rolloutL2, double eigFastMae, double eigSlowMae) {
}
