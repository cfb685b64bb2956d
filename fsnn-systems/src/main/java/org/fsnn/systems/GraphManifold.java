// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import org.fsnn.api.system.SlowManifold;

/**
 * A slow manifold y = φ(x) over the leading N_x components of a state laid out as z = (x, y).
 * Subclasses give φ and the sampler of slow coordinates.
 */
abstract class GraphManifold implements SlowManifold {
    private final int slowDimension;
    private final int dimension;
    private final int order;

    GraphManifold(int slowDimension, int dimension, int order) {
        this.slowDimension = slowDimension;
        this.dimension = dimension;
        this.order = order;
    }

    /** Writes φ(x), the N_y fast components over {@code x}, into {@code y}. */
    abstract void fast(double[] x, double[] y);

    @Override
    public final int slowDimension() {
        return slowDimension;
    }

    @Override
    public final int dimension() {
        return dimension;
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final void lift(double[] x, double[] z) {
        double[] y = new double[dimension - slowDimension];
        fast(x, y);
        System.arraycopy(x, 0, z, 0, slowDimension);
        System.arraycopy(y, 0, z, slowDimension, y.length);
    }
}
