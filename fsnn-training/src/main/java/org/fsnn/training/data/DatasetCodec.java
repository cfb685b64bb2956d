// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fsnn.api.augment.RhsSamples;

/** Converts datasets to and from {@link DataFile}s, naming each array by role and subset. */
public final class DatasetCodec {

    private DatasetCodec() {
    }

    /** A fast–slow dataset as arrays {@code fast.*}, {@code slow.*}, {@code manifold.*}. */
    public static DataFile encode(Map<String, Object> recipe, FastSlowDataset data) {
        Map<String, DataFile.Array> arrays = new LinkedHashMap<>();
        put(arrays, "fast", data.fast());
        put(arrays, "slow", data.slow());
        ManifoldData m = data.manifold();
        arrays.put("manifold.states", new DataFile.Array(new int[] {m.count(), m.dimension()}, m.states()));
        arrays.put("manifold.epsilon", new DataFile.Array(new int[] {m.count()}, m.epsilon()));
        return new DataFile(recipe, arrays);
    }

    /**
     * The fast–slow dataset of a file written from {@link #encode(Map, FastSlowDataset)}.
     *
     * @throws IllegalArgumentException naming a missing or ill-shaped array
     */
    public static FastSlowDataset decodeFastSlow(DataFile file) {
        DataFile.Array manifold = file.array("manifold.states");
        requireRank(manifold, "manifold.states", 2);
        return new FastSlowDataset(trajectories(file, "fast"), trajectories(file, "slow"),
                new ManifoldData(manifold.shape()[1], manifold.values(), file.array("manifold.epsilon").values()));
    }

    /** Right-hand-side samples as arrays {@code states}, {@code epsilon}, {@code labels}. */
    public static DataFile encode(Map<String, Object> recipe, RhsSamples samples) {
        Map<String, DataFile.Array> arrays = new LinkedHashMap<>();
        int[] rows = {samples.count(), samples.dimension()};
        arrays.put("states", new DataFile.Array(rows, samples.states()));
        arrays.put("epsilon", new DataFile.Array(new int[] {samples.count()}, samples.epsilon()));
        arrays.put("labels", new DataFile.Array(rows, samples.labels()));
        return new DataFile(recipe, arrays);
    }

    /**
     * The samples of a file written from {@link #encode(Map, RhsSamples)}.
     *
     * @throws IllegalArgumentException naming a missing or ill-shaped array
     */
    public static RhsSamples decodeRhs(DataFile file) {
        DataFile.Array states = file.array("states");
        requireRank(states, "states", 2);
        return new RhsSamples(states.shape()[1], states.values(), file.array("epsilon").values(),
                file.array("labels").values());
    }

    private static void put(Map<String, DataFile.Array> arrays, String prefix, TrajectoryData t) {
        arrays.put(prefix + ".states", new DataFile.Array(t.shape(), t.states()));
        arrays.put(prefix + ".times", new DataFile.Array(new int[] {t.count(), t.steps() + 1}, t.times()));
        arrays.put(prefix + ".epsilon", new DataFile.Array(new int[] {t.count()}, t.epsilon()));
    }

    private static TrajectoryData trajectories(DataFile file, String prefix) {
        DataFile.Array states = file.array(prefix + ".states");
        requireRank(states, prefix + ".states", 3);
        int[] s = states.shape();
        return new TrajectoryData(s[0], s[1] - 1, s[2], states.values(), file.array(prefix + ".times").values(),
                file.array(prefix + ".epsilon").values());
    }

    private static void requireRank(DataFile.Array array, String name, int rank) {
        if (array.shape().length != rank) {
            throw new IllegalArgumentException("dataset array '" + name + "' has shape "
                    + java.util.Arrays.toString(array.shape()) + "; expected rank " + rank);
        }
    }
}
