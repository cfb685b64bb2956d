// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.fsnn.training.io.AtomicFiles;

/**
 * A run's output directory, built in a hidden staging directory beside its final place and moved
 * there in one rename by {@link #publish()}: a run that fails before it has anything worth keeping
 * ({@link #discard()}) leaves nothing behind. Every file is written atomically.
 */
public final class RunDirectory {
    /** The name of the plots folder inside a run directory. */
    public static final String PLOTS = "plots";

    private final Path target;
    private final Path staging;
    private boolean published;

    private RunDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Starts a run directory that will be published at {@code target}.
     *
     * @throws IllegalArgumentException if {@code target} exists already
     */
    public static RunDirectory stage(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new IllegalArgumentException(target + ": the output directory exists already; choose another --out");
        }
        try {
            Files.createDirectories(absolute.getParent());
            Path staging = AtomicFiles.siblingName(absolute, ".staging");
            Files.createDirectories(staging.resolve(PLOTS));
            return new RunDirectory(absolute, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run directory " + target, e);
        }
    }

    /** Where files go now: the staging directory until published, then the final one. */
    public synchronized Path path() {
        return published ? target : staging;
    }

    /** The final place of the run directory. */
    public Path target() {
        return target;
    }

    /** Writes a file (a path relative to the run directory) atomically. */
    public synchronized void write(String relative, byte[] bytes) {
        Path file = path().resolve(relative);
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes a UTF-8 text file atomically. */
    public void writeString(String relative, String text) {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Moves the staging directory to its final place, once; later calls do nothing. */
    public synchronized void publish() {
        if (published) {
            return;
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException(target + ": the output directory appeared while the run was going; "
                    + "the run is kept in " + staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the run directory " + target, e);
        }
        published = true;
    }

    /** Deletes the staging directory, unless it was published. */
    public synchronized void discard() {
        if (published || !Files.exists(staging)) {
            return;
        }
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + staging, e);
        }
    }
}
