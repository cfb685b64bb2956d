// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.fsnn.training.experiment.ExperimentJson;

/**
 * The environment a run happened in, for {@code run.json}: the git revision of the working
 * directory (when it is a git checkout), the JDK, the OS and architecture and the backend.
 *
 * @param gitRevision the commit, with {@code +dirty} for uncommitted changes, or {@code unknown}
 * @param jdk the Java runtime version and vendor
 * @param os the operating system name and version
 * @param arch the CPU architecture
 * @param backend the compute backend's name
 * @param device the backend's device in words
 */
public record Provenance(String gitRevision, String jdk, String os, String arch, String backend, String device) {

    /** The current environment, with the given backend. */
    public static Provenance current(String backend, String device) {
        return new Provenance(readGitRevision().orElse("unknown"),
                System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version"), System.getProperty("os.arch"),
                backend, device);
    }

    /** The fields as a JSON object. */
    public ObjectNode toJson() {
        return ExperimentJson.mapper().createObjectNode().put("gitRevision", gitRevision).put("jdk", jdk)
                .put("os", os).put("arch", arch).put("backend", backend).put("device", device);
    }

    private static Optional<String> readGitRevision() {
        try {
            Process p = new ProcessBuilder("git", "describe", "--always", "--dirty=+dirty", "--abbrev=40")
                    .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
            if (!p.waitFor(3, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static java.io.File nullDevice() {
        Path unix = Path.of("/dev/null");
        return Files.exists(unix) ? unix.toFile() : new java.io.File("NUL");
    }
}
