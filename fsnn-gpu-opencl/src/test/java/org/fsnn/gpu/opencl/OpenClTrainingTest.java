// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.backend.BackendProvider;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.spi.Registry;
import org.fsnn.api.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Autodiff training on the OpenCL backend: {@code Linear} layers, SiLU, the tape and SGD, compared
 * step by step with the reference and cpu backends; skipped where no OpenCL device with fp64 exists.
 */
class OpenClTrainingTest {
    private static final int BATCH = 256;
    private static final int STEPS = 10;
    private static final double LEARNING_RATE = 0.2;
    private static final int[] WIDTHS = {3, 32, 32, 2};

    /** Inputs in [-1, 1]³ and a smooth two-output target of them. */
    private static double[][] data() {
        SplittableRandom rng = new SplittableRandom(7);
        double[] x = new double[BATCH * 3];
        double[] y = new double[BATCH * 2];
        for (int i = 0; i < BATCH; i++) {
            double a = rng.nextDouble(-1, 1);
            double b = rng.nextDouble(-1, 1);
            double c = rng.nextDouble(-1, 1);
            x[3 * i] = a;
            x[3 * i + 1] = b;
            x[3 * i + 2] = c;
            y[2 * i] = Math.sin(2 * a) * b;
            y[2 * i + 1] = c * c - 0.5 * a;
        }
        return new double[][] {x, y};
    }

    /** The loss before each of {@link #STEPS} SGD steps on a backend. */
    private static double[] losses(Backend backend) {
        double[][] d = data();
        Tensor x = backend.fromArray(d[0], BATCH, 3);
        Tensor y = backend.fromArray(d[1], BATCH, 2);
        SgdMlp mlp = new SgdMlp(backend, 11, WIDTHS);
        double[] losses = new double[STEPS];
        for (int s = 0; s < STEPS; s++) {
            losses[s] = mlp.step(x, y, LEARNING_RATE);
        }
        return losses;
    }

    @Test
    void tenSgdStepsGiveTheLossesOfTheReferenceAndCpuBackends() {
        OpenClBackend cl = OpenClTestDevice.open();
        try {
            double[] onDevice = losses(cl);
            assertTrue(onDevice[STEPS - 1] < 0.9 * onDevice[0], "training reduces the loss: " + onDevice[0] + " → "
                    + onDevice[STEPS - 1]);
            BackendProvider cpu = Registry.load(BackendProvider.class).find("cpu").orElseThrow();
            assumeTrue(cpu.probe().available(), () -> "cpu backend unavailable: " + cpu.probe().explain());
            try (Backend simd = cpu.open()) {
                for (Backend host : List.of(Backends.reference(), simd)) {
                    double[] expected = losses(host);
                    for (int s = 0; s < STEPS; s++) {
                        double relative = Math.abs(onDevice[s] - expected[s]) / Math.abs(expected[s]);
                        assertTrue(relative <= 1e-9, "step " + s + ": opencl loss " + onDevice[s] + ", " + host.name()
                                + " loss " + expected[s]);
                    }
                }
            }
        } finally {
            cl.close();
        }
    }

    @Test
    void trainingStepsInMemoryScopesKeepTheLiveBufferCountFlat() {
        OpenClBackend cl = OpenClTestDevice.open();
        try {
            Backend backend = cl; // the training code sees the interface only
            double[][] d = data();
            Tensor x = backend.fromArray(d[0], BATCH, 3);
            Tensor y = backend.fromArray(d[1], BATCH, 2);
            SgdMlp mlp = new SgdMlp(backend, 11, WIDTHS);
            int parameters = 2 * (WIDTHS.length - 1);
            assertEquals(2 + parameters, cl.liveBuffers(), "data and parameters");
            for (int s = 0; s < 50; s++) {
                mlp.step(x, y, LEARNING_RATE);
                assertEquals(2 + parameters, cl.liveBuffers(), "after step " + s);
            }
            assertEquals(parameters, mlp.parameterValues().length);
        } finally {
            cl.close();
        }
    }
}
