// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import static org.fsnn.cli.CliRun.fsnn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.fsnn.api.backend.Availability;
import org.fsnn.api.backend.BackendProvider;
import org.fsnn.api.backend.Backends;
import org.fsnn.api.spi.Registry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The OpenCL backend as the command line shows it: its device in {@code fsnn backends}, and why it cannot run. */
class OpenClCommandLineTest {
    /** The OpenCL backend's device selector (a system property, read on every probe). */
    private static final String DEVICE = "fsnn.opencl.device";

    @AfterEach
    void forgetSettings() {
        System.clearProperty(Backends.PROPERTY);
        System.clearProperty(DEVICE);
    }

    private static BackendProvider openCl() {
        return Registry.load(BackendProvider.class).find("opencl").orElseThrow();
    }

    /** The line of the backends table for {@code name}. */
    private static String row(CliRun run, String name) {
        return run.outLines().stream().filter(l -> l.matches("\\*?\\s+" + name + "\\s.*")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name + " in\n" + run.out()));
    }

    @Test
    void backendsListsTheOpenClDeviceWithItsMemoryAndFp64() {
        Availability a = openCl().probe();
        assumeTrue(a.available(), () -> "OpenCL unavailable here: " + a.explain());
        CliRun run = fsnn("backends");
        assertEquals(0, run.status(), run.err());
        String opencl = row(run, "opencl");
        assertTrue(opencl.matches("\\*?\\s+opencl\\s+\\d+\\s+yes\\s+.*"), opencl);
        assertTrue(opencl.contains(a.detail()), opencl);
        assertTrue(opencl.matches(".*, \\d+(\\.\\d)? GiB, fp64\\).*"), "device memory and fp64: " + opencl);
        assertTrue(opencl.endsWith("org.fsnn.gpu.opencl"), opencl);
    }

    @Test
    void forcedOpenClWithASelectorMatchingNothingFailsWithTheReasonAndAHint() {
        System.setProperty(DEVICE, "no-such-device-xyz");
        Availability a = openCl().probe();
        assertFalse(a.available(), a.explain());
        assertFalse(a.hint().isEmpty(), "a hint: " + a.explain());
        CliRun run = fsnn("--backend", "opencl", "backends");
        assertEquals(2, run.status(), run.out());
        assertTrue(row(run, "opencl").matches("\\s+opencl\\s+\\d+\\s+no\\s+.*"), run.out());
        assertEquals("fsnn: error: backend 'opencl' is unavailable: " + a.explain(), run.err().strip());
        if (!a.detail().contains("native library")) {
            assertTrue(a.detail().contains("no-such-device-xyz") && a.hint().contains("0:0"), a.explain());
        }
    }

    @Test
    void smallModelJobsKeepAForcedBackend() {
        System.setProperty(Backends.PROPERTY, "opencl");
        StringWriter said = new StringWriter();
        SmallModelBackend.preferCpu(new PrintWriter(said, true));
        assertEquals("opencl", System.getProperty(Backends.PROPERTY), "--backend opencl is not overridden");
        assertEquals("", said.toString());
    }

    @Test
    void smallModelJobsPreferTheCpuBackendOtherwise() {
        assumeTrue(System.getenv(Backends.ENVIRONMENT) == null, "a backend is forced by " + Backends.ENVIRONMENT);
        BackendProvider cpu = Registry.load(BackendProvider.class).find("cpu").orElseThrow();
        assumeTrue(cpu.probe().available(), () -> "cpu backend unavailable here: " + cpu.probe().explain());
        SmallModelBackend.preferCpu(new PrintWriter(new StringWriter(), true));
        assertEquals("cpu", Backends.system().choose().name());
    }
}
