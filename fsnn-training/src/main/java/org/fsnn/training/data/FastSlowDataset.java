// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

/**
 * The FSNN paper's training data (section 4): fast-scale sequences that resolve the transient onto
 * the slow manifold, slow-scale sequences that start near it and record the slow drift, and
 * manifold points.
 *
 * @param fast the fast-scale subset
 * @param slow the slow-scale subset
 * @param manifold the manifold data
 */
public record FastSlowDataset(TrajectoryData fast, TrajectoryData slow, ManifoldData manifold) {
}
