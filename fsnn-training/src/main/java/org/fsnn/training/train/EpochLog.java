// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.fsnn.training.io.AtomicFiles;

/**
 * The CSV log of training, one row per epoch: {@code epoch, train_loss, train_<term>…, val_loss,
 * lr, seconds}. Numbers are Java's shortest round-trip decimals. Each row is appended with a
 * single write; when a run resumes, rows after the checkpoint's epoch are dropped first (one
 * atomic rewrite), so the log always matches the parameters that continue.
 */
final class EpochLog {
    private final Path file;
    private boolean headerWritten;

    EpochLog(Path file) {
        this.file = file;
    }

    /** Starts a fresh log, removing an old one. */
    void reset() throws IOException {
        Files.deleteIfExists(file);
        headerWritten = false;
    }

    /** Keeps the header and the rows of epochs up to {@code epoch}. */
    void truncateAfter(int epoch) throws IOException {
        if (!Files.exists(file)) {
            headerWritten = false;
            return;
        }
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (kept.isEmpty()) {
                kept.add(line);
            } else if (!line.isBlank() && Integer.parseInt(line.substring(0, line.indexOf(','))) <= epoch) {
                kept.add(line);
            }
        }
        AtomicFiles.writeString(file, kept.isEmpty() ? "" : String.join("\n", kept) + "\n");
        headerWritten = !kept.isEmpty();
    }

    /** Appends a row, writing the header first if the log is empty. */
    void append(List<String> header, List<String> row) throws IOException {
        String text = String.join(",", row) + "\n";
        if (!headerWritten) {
            text = String.join(",", header) + "\n" + text;
            headerWritten = true;
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
    }
}
