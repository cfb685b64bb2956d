// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.nn;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.tensor.Shape;
import org.fsnn.api.tensor.Tensor;

/**
 * Seeded parameter initialization. Values are drawn on the host from the generator given, so a
 * seed gives the same parameters on every backend. Modules hand each parameter its own
 * {@link RandomGenerator.SplittableGenerator#split() split} of their generator, so adding a
 * parameter to one module does not change the values drawn for another.
 */
public final class Init {
    /** The generator algorithm of {@link #generator(long)}. */
    public static final String ALGORITHM = "L64X128MixRandom";

    private Init() {}

    /** A splittable generator for a seed ({@value #ALGORITHM}). */
    public static RandomGenerator.SplittableGenerator generator(long seed) {
        return RandomGeneratorFactory.<RandomGenerator.SplittableGenerator>of(ALGORITHM).create(seed);
    }

    /** All zeros. */
    public static Tensor zeros(Backend backend, Shape shape) {
        return backend.fill(shape, 0);
    }

    /** Every element equal to {@code value}. */
    public static Tensor constant(Backend backend, Shape shape, double value) {
        return backend.fill(shape, value);
    }

    /** Independent draws from U(lo, hi). */
    public static Tensor uniform(Backend backend, Shape shape, double lo, double hi, RandomGenerator rng) {
        if (!(lo < hi)) {
            throw new IllegalArgumentException("uniform: lower bound " + lo + " must be below upper bound " + hi);
        }
        double[] data = new double[shape.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = lo + (hi - lo) * rng.nextDouble();
        }
        return backend.fromArray(data, shape.dims());
    }

    /** Independent draws from N(0, std²). */
    public static Tensor normal(Backend backend, Shape shape, double std, RandomGenerator rng) {
        if (!(std >= 0)) {
            throw new IllegalArgumentException("normal: standard deviation must be >= 0, got " + std);
        }
        double[] data = new double[shape.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = std * rng.nextGaussian();
        }
        return backend.fromArray(data, shape.dims());
    }

    /**
     * Glorot (Xavier) uniform: U(−a, a) with a = √(6 / (fanIn + fanOut)), which keeps activation
     * variance steady through tanh-like layers (Glorot and Bengio, AISTATS 2010).
     */
    public static Tensor glorotUniform(Backend backend, Shape shape, int fanIn, int fanOut, RandomGenerator rng) {
        checkFan("glorotUniform", fanIn, fanOut);
        double a = Math.sqrt(6.0 / (fanIn + fanOut));
        return uniform(backend, shape, -a, a, rng);
    }

    /** He (Kaiming) normal: N(0, 2 / fanIn), for ReLU-like layers (He et al., ICCV 2015). */
    public static Tensor heNormal(Backend backend, Shape shape, int fanIn, RandomGenerator rng) {
        checkFan("heNormal", fanIn, 1);
        return normal(backend, shape, Math.sqrt(2.0 / fanIn), rng);
    }

    private static void checkFan(String op, int fanIn, int fanOut) {
        if (fanIn < 1 || fanOut < 1) {
            throw new IllegalArgumentException(op + ": fan-in and fan-out must be positive, got " + fanIn + " and " + fanOut);
        }
    }
}
