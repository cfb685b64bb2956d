// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.system;

import java.util.SplittableRandom;

/**
 * The slow manifold of a fast–slow system, or its asymptotic approximation, as a graph over the
 * slow coordinates x ∈ R^{N_x}: {@link #lift} maps x to the full state z on the manifold and
 * {@link #project} maps any state to its slow coordinates, so that {@code project(lift(x)) = x}.
 *
 * <p>An approximation is the asymptotic expansion in the system's small parameter ε (see
 * {@link DynamicalSystem#epsilon()}) truncated after the ε^{@link #order()} term; its invariance
 * residual, f_y(z) − (∂z_y/∂x)·f_x(z) at z = lift(x), is O(ε^(order+1)). At ε = 0 every
 * approximation of order ≥ 0 is the critical manifold, which is then exactly invariant.
 */
public interface SlowManifold {

    /** The {@link #order()} of a manifold that is exactly invariant for every ε. */
    int EXACT = Integer.MAX_VALUE;

    /** N_x, the number of slow coordinates. */
    int slowDimension();

    /** The dimension of the full state. */
    int dimension();

    /**
     * The order n of the asymptotic approximation (the invariance residual is O(ε^(n+1))), or
     * {@link #EXACT}.
     */
    int order();

    /** Whether the manifold is exactly invariant for every ε. */
    default boolean isExact() {
        return order() == EXACT;
    }

    /** Writes the point z on the manifold over the slow coordinates {@code x} into {@code z}. */
    void lift(double[] x, double[] z);

    /**
     * Writes the slow coordinates of the state {@code z} into {@code x}. The default copies the first
     * N_x components, the layout of {@link DynamicalSystem#split()}.
     */
    default void project(double[] z, double[] x) {
        System.arraycopy(z, 0, x, 0, slowDimension());
    }

    /**
     * Draws {@code count} slow coordinates, row by row into {@code out} ({@code count × N_x}), from
     * the region the method papers sample manifold data from.
     */
    void sampleSlow(SplittableRandom rng, int count, double[] out);

    /**
     * Draws {@code count} points on the manifold, row by row into {@code out}
     * ({@code count × dimension}): {@link #sampleSlow} followed by {@link #lift}.
     */
    default void sampleManifold(SplittableRandom rng, int count, double[] out) {
        int nx = slowDimension();
        int d = dimension();
        double[] xs = new double[count * nx];
        sampleSlow(rng, count, xs);
        double[] x = new double[nx];
        double[] z = new double[d];
        for (int i = 0; i < count; i++) {
            System.arraycopy(xs, i * nx, x, 0, nx);
            lift(x, z);
            System.arraycopy(z, 0, out, i * d, d);
        }
    }
}
