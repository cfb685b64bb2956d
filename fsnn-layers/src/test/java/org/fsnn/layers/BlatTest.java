// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import static org.fsnn.testkit.GradientCheck.BACKEND;
import static org.fsnn.testkit.GradientCheck.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.fsnn.api.autodiff.Jacobians;
import org.fsnn.api.autodiff.Var;
import org.fsnn.api.nn.Init;
import org.fsnn.api.nn.Parameter;
import org.fsnn.api.tensor.Tensor;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class BlatTest {
    private static final double L = 3;

    /** A square bLAT with random, large raw singular values, so that some σ sit at the bounds. */
    private static Blat stretched(int n, long seed) {
        Blat f = new Blat(BACKEND, n, n, L, Init.generator(seed));
        Parameter s = f.parameters().get("singular");
        s.set(uniform(seed, -6, 6, n));
        f.parameters().get("bias").set(uniform(seed + 1, -1, 1, n));
        return f;
    }

    private static double distance(double[] a, double[] b, int row, int dim) {
        double s = 0;
        for (int j = 0; j < dim; j++) {
            double d = a[row * dim + j] - b[row * dim + j];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** max over random pairs of |f(a) − f(b)| / |a − b|. */
    private static double measuredLipschitz(UnaryOperator<Var> f, int n, long seed) {
        int pairs = 200;
        Tensor a = uniform(seed, -3, 3, pairs, n);
        Tensor b = uniform(seed + 7, -3, 3, pairs, n);
        double[] fa = f.apply(Var.constant(a)).value().toArray();
        double[] fb = f.apply(Var.constant(b)).value().toArray();
        double worst = 0;
        for (int p = 0; p < pairs; p++) {
            worst = Math.max(worst, distance(fa, fb, p, n) / distance(a.toArray(), b.toArray(), p, n));
        }
        return worst;
    }

    @Test
    void forwardAndInverseAreLipschitzWithConstantL() {
        for (int n : new int[] {2, 3, 5}) {
            for (long seed = 1; seed <= 3; seed++) {
                Blat f = stretched(n, seed);
                double forward = measuredLipschitz(x -> f.apply(x), n, seed);
                double inverse = measuredLipschitz(y -> f.inverse(y, null), n, seed);
                assertTrue(forward <= L * (1 + 1e-12), "forward ratio " + forward + " exceeds L for n=" + n);
                assertTrue(inverse <= L * (1 + 1e-12), "inverse ratio " + inverse + " exceeds L for n=" + n);
                assertTrue(forward > 1, "the stretched layer should expand some direction, got " + forward);
            }
        }
    }

    @Test
    void jacobianSingularValuesLieInTheBounds() {
        for (int[] size : new int[][] {{3, 3}, {4, 2}, {2, 5}}) {
            Blat f = new Blat(BACKEND, size[0], size[1], L, Init.generator(size[0] * 10 + size[1]));
            f.parameters().get("singular").set(uniform(3, -8, 8, Math.min(size[0], size[1])));
            Tensor x = uniform(4, -2, 2, 6, size[0]);
            double[] jac = Jacobians.perSample(f::apply, x).toArray();
            double[] inv = f.isSquare() ? Jacobians.perSample(y -> f.inverse(y, null), x).toArray() : null;
            for (int s = 0; s < 6; s++) {
                RealMatrix j = Dense.matrix(jac, s, size[1], size[0]);
                assertTrue(Dense.spectralNorm(j) <= L * (1 + 1e-12), "‖∇f‖ = " + Dense.spectralNorm(j));
                assertTrue(Dense.smallestSingularValue(j) >= (1 - 1e-12) / L, "σ_min(∇f) = " + Dense.smallestSingularValue(j));
                if (inv != null) {
                    RealMatrix ji = Dense.matrix(inv, s, size[0], size[0]);
                    assertTrue(Dense.spectralNorm(ji) <= L * (1 + 1e-12), "‖∇f⁻¹‖ = " + Dense.spectralNorm(ji));
                }
            }
        }
    }

    @Test
    void inverseRecoversTheInputToRoundOff() {
        for (int n : new int[] {1, 2, 4, 7}) {
            Blat f = stretched(n, n);
            Tensor x = uniform(n + 100, -2, 2, 5, n);
            double[] back = f.inverse(f.apply(Var.constant(x)), null).value().toArray();
            double[] want = x.toArray();
            for (int i = 0; i < want.length; i++) {
                assertEquals(want[i], back[i], 1e-12);
            }
        }
    }

    @Test
    void orthogonalFactorsHaveOrthonormalColumns() {
        SplittableRandom seeds = new SplittableRandom(5);
        for (int[] size : new int[][] {{4, 4}, {5, 2}, {3, 1}, {6, 5}}) {
            OrthogonalMatrix q = new OrthogonalMatrix(BACKEND, size[0], size[1], Init.generator(seeds.nextLong()));
            double[] m = q.matrix().value().toArray();
            for (int a = 0; a < size[1]; a++) {
                for (int b = 0; b < size[1]; b++) {
                    double dot = 0;
                    for (int i = 0; i < size[0]; i++) {
                        dot += m[i * size[1] + a] * m[i * size[1] + b];
                    }
                    assertEquals(a == b ? 1 : 0, dot, 1e-13, "QᵀQ entry (" + a + ", " + b + ") for " + size[0] + "x" + size[1]);
                }
            }
        }
    }

    @Test
    void initialSingularValuesAreSpreadInsideTheBounds() {
        Blat f = new Blat(BACKEND, 5, 5, 4, Init.generator(1));
        double[] s = f.singularValues().value().toArray();
        assertEquals(0.5, s[0], 1e-12);
        assertEquals(1, s[2], 1e-12);
        assertEquals(2, s[4], 1e-12);
    }

    @Test
    void aRectangularLayerHasNoInverse() {
        Blat f = new Blat(BACKEND, 3, 2, 2, Init.generator(1));
        Var y = Var.constant(uniform(1, -1, 1, 2, 2));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.inverse(y, null));
        assertTrue(e.getMessage().contains("not square"), e.getMessage());
    }
}
