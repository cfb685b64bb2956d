// SPDX-License-Identifier: Apache-2.0
/**
 * Training data from system plugins and reference solvers: fast- and slow-scale trajectory subsets
 * and manifold points ({@link org.fsnn.training.data.TrajectoryRecipe}), right-hand-side datasets
 * ({@link org.fsnn.training.data.RhsRecipe}) with labels that are exact, burst (Alg. 4 of the
 * stiff operator-learning paper) or bias-corrected bursts
 * ({@link org.fsnn.training.data.RhsLabeler}), the eigenvalue floor those labels impose
 * ({@link org.fsnn.training.data.EigenvalueFloor}), and a binary dataset file with a recipe header
 * and a cache keyed by it ({@link org.fsnn.training.data.DataFile},
 * {@link org.fsnn.training.data.DatasetCache}).
 */
package org.fsnn.training.data;
