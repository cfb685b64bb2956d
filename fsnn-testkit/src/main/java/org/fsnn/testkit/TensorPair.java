// SPDX-License-Identifier: Apache-2.0
package org.fsnn.testkit;

import org.fsnn.api.backend.Backend;
import org.fsnn.api.tensor.Tensor;

/**
 * The same values held by the reference backend and by the backend under test.
 *
 * @param ref the reference backend's copy
 * @param test the tested backend's copy
 */
public record TensorPair(Tensor ref, Tensor test) {

    /** Copies {@code data} with the given dimensions into both backends. */
    public static TensorPair of(Backend reference, Backend tested, double[] data, int... dims) {
        return new TensorPair(reference.fromArray(data, dims), tested.fromArray(data, dims));
    }
}
