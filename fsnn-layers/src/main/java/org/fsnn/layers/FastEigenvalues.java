// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import org.fsnn.api.tensor.Tensor;

/**
 * The eigenvalues of a batch of N_y×N_y matrices, λ = real + i·imag, in the order of the
 * diagonal blocks (for a 2×2 block: the one with the smaller real part, or the negative
 * imaginary part, first).
 *
 * @param real the real parts, {@code [b, N_y]}
 * @param imag the imaginary parts, {@code [b, N_y]}
 */
public record FastEigenvalues(Tensor real, Tensor imag) {}
