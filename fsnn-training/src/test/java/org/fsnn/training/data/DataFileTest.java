// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fsnn.api.augment.RhsSamples;
import org.fsnn.api.solver.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFileTest {
    private static final TrajectoryRecipe RECIPE = new TrajectoryRecipe("simple-manifold", Map.of(),
            new EpsilonSampler.LogUniform(1e-4, 1e-2), SolverSpec.TRAJECTORIES,
            new SubsetSpec(3, 4, 0.25, StepScale.FIXED), new SubsetSpec(2, 3, 0.25, StepScale.OVER_EPSILON),
            new SlowStart.FromManifold(0.01), 7, 5);

    @TempDir
    Path dir;

    @Test
    void fastSlowDatasetRoundTripsBitForBit() throws IOException {
        FastSlowDataset data = RECIPE.generate(1, ProgressListener.NONE);
        Path file = dir.resolve("d.fsnd");
        DatasetCodec.encode(RECIPE.toMap(), data).write(file);
        DataFile read = DataFile.read(file);
        FastSlowDataset back = DatasetCodec.decodeFastSlow(read);
        assertArrayEquals(data.fast().states(), back.fast().states());
        assertArrayEquals(data.fast().times(), back.fast().times());
        assertArrayEquals(data.slow().states(), back.slow().states());
        assertArrayEquals(data.slow().epsilon(), back.slow().epsilon());
        assertArrayEquals(data.manifold().states(), back.manifold().states());
        assertArrayEquals(data.fast().shape(), back.fast().shape());
        assertEquals(DataFile.canonical(RECIPE.toMap()), DataFile.canonical(read.recipe()));
        String header = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(header.contains("\"fsnn\":\"" + DataFile.fsnnVersion() + "\""), header.substring(0, 200));
        assertNotEquals("unknown", DataFile.fsnnVersion());
    }

    @Test
    void specialValuesRoundTripExactly() throws IOException {
        double[] odd = {-0.0, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, 1e308, Math.PI, -1};
        RhsSamples samples = new RhsSamples(1, odd, Arrays.copyOf(odd, odd.length), odd.clone());
        Path file = dir.resolve("rhs.fsnd");
        DatasetCodec.encode(Map.of("labels", "burst"), samples).write(file);
        RhsSamples back = DatasetCodec.decodeRhs(DataFile.read(file));
        for (int i = 0; i < odd.length; i++) {
            assertEquals(Double.doubleToRawLongBits(odd[i]), Double.doubleToRawLongBits(back.states()[i]));
            assertEquals(Double.doubleToRawLongBits(odd[i]), Double.doubleToRawLongBits(back.labels()[i]));
        }
    }

    private Path written() throws IOException {
        Path file = dir.resolve("small.fsnd");
        RhsSamples samples = new RhsSamples(2, new double[] {1, 2, 3, 4}, new double[] {0.1, 0.2},
                new double[] {5, 6, 7, 8});
        DatasetCodec.encode(Map.of("seed", 1), samples).write(file);
        return file;
    }

    @Test
    void truncatedFileFailsNamingTheProblem() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));
        IOException e = assertThrows(IOException.class, () -> DataFile.read(file));
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains(file.toString()), e.getMessage());
        Files.write(file, Arrays.copyOf(bytes, 20));
        e = assertThrows(IOException.class, () -> DataFile.read(file));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void corruptBodyFailsTheChecksum() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 5] ^= 0x10;
        Files.write(file, bytes);
        IOException e = assertThrows(IOException.class, () -> DataFile.read(file));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void foreignOrCorruptHeaderFailsClearly() throws IOException {
        Path file = dir.resolve("x.fsnd");
        Files.writeString(file, "not a dataset at all");
        IOException e = assertThrows(IOException.class, () -> DataFile.read(file));
        assertTrue(e.getMessage().contains("not an fsnn dataset"), e.getMessage());
        byte[] bytes = Files.readAllBytes(written());
        bytes[18] = '#';
        Files.write(file, bytes);
        e = assertThrows(IOException.class, () -> DataFile.read(file));
        assertTrue(e.getMessage().contains("corrupt dataset header"), e.getMessage());
    }

    @Test
    void cacheMakesEachRecipeOnceAndKeysByRecipe() {
        DatasetCache cache = new DatasetCache(dir.resolve("cache"));
        int[] made = {0};
        Map<String, Object> recipe = RECIPE.toMap();
        RhsSamples samples = new RhsSamples(1, new double[] {1}, new double[] {0.1}, new double[] {2});
        DataFile first = cache.load(recipe, () -> {
            made[0]++;
            return DatasetCodec.encode(recipe, samples);
        });
        DataFile second = cache.load(recipe, () -> {
            made[0]++;
            return DatasetCodec.encode(recipe, samples);
        });
        assertEquals(1, made[0]);
        assertArrayEquals(first.array("labels").values(), second.array("labels").values());
        Map<String, Object> other = new java.util.LinkedHashMap<>(recipe);
        other.put("seed", 6L);
        assertNotEquals(cache.fileFor(recipe), cache.fileFor(other));
    }

    @Test
    void cachedTrajectoryRecipeEqualsAFreshOne() {
        DatasetCache cache = new DatasetCache(dir);
        FastSlowDataset made = cache.load(RECIPE, 1, ProgressListener.NONE);
        FastSlowDataset loaded = cache.load(RECIPE, 1, (d, t) -> {
            throw new AssertionError("a cached recipe was simulated again");
        });
        assertArrayEquals(made.fast().states(), loaded.fast().states());
        assertEquals(1, List.of(dir.toFile().list()).size());
    }

    @Test
    void cachedRhsRecipeWithFuzzyCloudEqualsAFreshOne() {
        RhsRecipe recipe = new RhsRecipe(RECIPE, LabelSpec.of(LabelMode.BURST_RICHARDSON, 1e-2), "fuzzy-cloud",
                Map.of("k", 2, "labels", Map.of("mode", "burst-richardson")), 3);
        DatasetCache cache = new DatasetCache(dir);
        RhsSamples made = cache.load(recipe, 2, ProgressListener.NONE);
        // base: (3 fast + 2 slow sequences) x their points; cloud: 2 per base sample
        int base = 3 * 5 + 2 * 4;
        assertEquals(base * 3, made.count());
        RhsSamples loaded = cache.load(recipe, 1, (d, t) -> {
            throw new AssertionError("a cached recipe was made again");
        });
        assertArrayEquals(made.labels(), loaded.labels());
        assertArrayEquals(recipe.generate(1, ProgressListener.NONE).states(), loaded.states());
    }
}
