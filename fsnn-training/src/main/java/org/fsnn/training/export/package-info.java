// SPDX-License-Identifier: Apache-2.0
/**
 * Export of trained models for other tools: NumPy {@code .npz} and safetensors writers (float64,
 * little-endian), and the export of a run's checkpoint.
 */
package org.fsnn.training.export;
