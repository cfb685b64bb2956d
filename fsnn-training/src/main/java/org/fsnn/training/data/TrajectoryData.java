// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

/**
 * Sequences of states sampled at equal steps, each with its own ε, row-major: {@code states} is
 * {@code [count, steps + 1, dimension]}, {@code times} is {@code [count, steps + 1]} and
 * {@code epsilon} is {@code [count]}.
 *
 * <p>The arrays are shared with the caller, not copied; treat them as read-only.
 *
 * @param count the number of sequences
 * @param steps the steps per sequence
 * @param dimension the state dimension
 * @param states the states
 * @param times the time of each state
 * @param epsilon each sequence's ε
 */
public record TrajectoryData(int count, int steps, int dimension, double[] states, double[] times, double[] epsilon) {

    /** Validates the shapes. */
    public TrajectoryData {
        if (count < 0 || steps < 1 || dimension < 1) {
            throw new IllegalArgumentException("trajectory data: need count >= 0, steps >= 1, dimension >= 1; got "
                    + count + ", " + steps + ", " + dimension);
        }
        long points = (long) count * (steps + 1);
        if (states.length != points * dimension || times.length != points || epsilon.length != count) {
            throw new IllegalArgumentException("trajectory data of shape [" + count + ", " + (steps + 1) + ", "
                    + dimension + "] needs " + points * dimension + " states, " + points + " times and " + count
                    + " epsilons; got " + states.length + ", " + times.length + ", " + epsilon.length);
        }
    }

    /** The shape of {@link #states()}: {@code {count, steps + 1, dimension}}. */
    public int[] shape() {
        return new int[] {count, steps + 1, dimension};
    }

    /** The state of sequence {@code i} at step {@code k}, copied. */
    public double[] state(int i, int k) {
        int from = (i * (steps + 1) + k) * dimension;
        return java.util.Arrays.copyOfRange(states, from, from + dimension);
    }

    /** The time of sequence {@code i} at step {@code k}. */
    public double time(int i, int k) {
        return times[i * (steps + 1) + k];
    }

    /** The step of sequence {@code i}. */
    public double dt(int i) {
        return time(i, 1) - time(i, 0);
    }
}
