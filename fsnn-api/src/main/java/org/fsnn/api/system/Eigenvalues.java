// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.system;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A multiset of complex eigenvalues λ_i = re[i] + i·im[i]; complex-conjugate pairs appear as two
 * entries. Immutable: the arrays are copied in and out.
 *
 * @param re the real parts
 * @param im the imaginary parts, as many as real parts
 */
public record Eigenvalues(double[] re, double[] im) {

    /** Validates and copies the parts. */
    public Eigenvalues {
        if (re.length != im.length) {
            throw new IllegalArgumentException("eigenvalues need as many imaginary parts as real parts: " + re.length
                    + " real, " + im.length + " imaginary");
        }
        re = re.clone();
        im = im.clone();
    }

    /** Real eigenvalues. */
    public static Eigenvalues real(double... re) {
        return new Eigenvalues(re, new double[re.length]);
    }

    /** The value {@code value} repeated {@code count} times. */
    public static Eigenvalues repeated(double value, int count) {
        double[] re = new double[count];
        Arrays.fill(re, value);
        return real(re);
    }

    /** The union of several multisets, in order. */
    public static Eigenvalues concat(Eigenvalues... parts) {
        int n = Arrays.stream(parts).mapToInt(Eigenvalues::size).sum();
        double[] re = new double[n];
        double[] im = new double[n];
        int at = 0;
        for (Eigenvalues p : parts) {
            System.arraycopy(p.re, 0, re, at, p.size());
            System.arraycopy(p.im, 0, im, at, p.size());
            at += p.size();
        }
        return new Eigenvalues(re, im);
    }

    /** The real parts. */
    @Override
    public double[] re() {
        return re.clone();
    }

    /** The imaginary parts. */
    @Override
    public double[] im() {
        return im.clone();
    }

    /** How many eigenvalues, counted with multiplicity. */
    public int size() {
        return re.length;
    }

    /** The same multiset sorted by real part, then imaginary part: a canonical order for comparisons. */
    public Eigenvalues sorted() {
        Integer[] order = IntStream.range(0, size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> re[i]).thenComparingDouble(i -> im[i]));
        double[] r = new double[size()];
        double[] m = new double[size()];
        for (int i = 0; i < size(); i++) {
            r[i] = re[order[i]];
            m[i] = im[order[i]];
        }
        return new Eigenvalues(r, m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Eigenvalues e && Arrays.equals(re, e.re) && Arrays.equals(im, e.im);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(re) + Arrays.hashCode(im);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < size(); i++) {
            s.append(i == 0 ? "" : ", ").append(re[i]);
            if (im[i] != 0) {
                s.append(im[i] < 0 ? " - " : " + ").append(Math.abs(im[i])).append('i');
            }
        }
        return s.append(']').toString();
    }
}
