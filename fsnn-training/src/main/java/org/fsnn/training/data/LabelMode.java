// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.data;

/** How right-hand-side labels are computed; see {@link LabelSpec}. */
public enum LabelMode {
    /** The exact right-hand side f(z). */
    DIRECT("direct"),
    /** The paper's burst label (Alg. 4): D(τ) = (z(τ) − z(−τ)) / 2τ, error O(τ²). */
    BURST("burst"),
    /** Richardson extrapolation of bursts: (4 D(τ/2) − D(τ)) / 3, error O(τ⁴). */
    BURST_RICHARDSON("burst-richardson"),
    /** A burst whose τ shrinks to κ/ρ where the fastest local rate ρ exceeds κ/τ. */
    BURST_ADAPTIVE("burst-adaptive");

    private final String label;

    LabelMode(String label) {
        this.label = label;
    }

    /** The config spelling, e.g. {@code burst-richardson}. */
    public String label() {
        return label;
    }

    /** The mode spelled {@code label}; fails naming the JSON path and the valid spellings. */
    public static LabelMode of(String path, String label) {
        for (LabelMode m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException(path + ": unknown label mode '" + label
                + "'; expected one of [direct, burst, burst-richardson, burst-adaptive]");
    }
}
