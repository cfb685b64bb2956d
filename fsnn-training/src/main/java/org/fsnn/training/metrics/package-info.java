// SPDX-License-Identifier: Apache-2.0
/**
 * Evaluation metrics of learned right-hand sides (stiff operator-learning paper, Sec. 3.4 and
 * 5.4): RK4 rollouts and their L2 error (eq. 17), Jacobian eigenvalues sorted by magnitude and
 * their errors against the exact fast and slow ones (eq. 18), and the combined score S_comb over
 * runs (eq. 32).
 */
package org.fsnn.training.metrics;
