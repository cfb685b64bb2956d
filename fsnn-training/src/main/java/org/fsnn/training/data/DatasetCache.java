// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A directory of dataset files keyed by their recipe, so that expensive data are made once: the
 * file name is the first 16 hex digits of the SHA-256 of the recipe's canonical JSON, and a hit is
 * used only if the recipe stored in the file is the same.
 *
 * @param directory where the files live; created on first write
 */
public record DatasetCache(Path directory) {

    /** The file extension of dataset files. */
    public static final String EXTENSION = ".fsnd";

    /** The file a recipe is cached in. */
    public Path fileFor(Map<String, Object> recipe) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(DataFile.canonical(recipe).getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(digest, 0, 8) + EXTENSION);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /**
     * The cached file of {@code recipe}, or {@code make}'s, written to the cache first. A cached file
     * that is corrupt, or made from another recipe, is made again and replaced.
     *
     * @throws UncheckedIOException if the cache cannot be written
     */
    public DataFile load(Map<String, Object> recipe, Supplier<DataFile> make) {
        Path file = fileFor(recipe);
        if (Files.isRegularFile(file)) {
            try {
                DataFile cached = DataFile.read(file);
                if (DataFile.canonical(cached.recipe()).equals(DataFile.canonical(recipe))) {
                    return cached;
                }
            } catch (IOException e) {
                System.getLogger(DatasetCache.class.getName()).log(System.Logger.Level.WARNING,
                        "remaking unreadable cached dataset: {0}", e.getMessage());
            }
        }
        DataFile made = make.get();
        try {
            Files.createDirectories(directory);
            made.write(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cached dataset " + file + ": " + e.getMessage(), e);
        }
        return made;
    }

    /** The dataset of a recipe, from the cache or generated (and cached). */
    public FastSlowDataset load(TrajectoryRecipe recipe, int threads, org.fsnn.api.solver.ProgressListener progress) {
        Map<String, Object> key = recipe.toMap();
        return DatasetCodec.decodeFastSlow(load(key, () -> DatasetCodec.encode(key, recipe.generate(threads, progress))));
    }

    /** The right-hand-side dataset of a recipe, from the cache or generated (and cached). */
    public org.fsnn.api.augment.RhsSamples load(RhsRecipe recipe, int threads,
            org.fsnn.api.solver.ProgressListener progress) {
        Map<String, Object> key = recipe.toMap();
        return DatasetCodec.decodeRhs(load(key, () -> DatasetCodec.encode(key, recipe.generate(threads, progress))));
    }
}
