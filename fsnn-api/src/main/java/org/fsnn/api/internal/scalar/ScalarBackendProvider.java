// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.internal.scalar;

import org.fsnn.api.backend.Availability;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BackendProvider;

/** Provides the {@link ScalarBackend}: always available, lowest priority. */
public final class ScalarBackendProvider implements BackendProvider {

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public String description() {
        return "scalar reference kernels: slow, obviously correct";
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Availability probe() {
        return Availability.available("Java heap, scalar loops, 1 thread");
    }

    @Override
    public Backend open() {
        return new ScalarBackend();
    }
}
