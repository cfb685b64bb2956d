// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.autodiff;

import java.util.List;
import org.fsnn.api.backend.Backend;
import org.fsnn.api.tensor.Tensor;

/**
 * Ops that move elements without arithmetic: each backward moves the gradient back the same way
 * (slice ↔ scatter, gather ↔ scatter-add, concat ↔ slices, reshape and transpose undone).
 */
final class Layout {
    private Layout() {}

    /** Joins along the last axis; each part's gradient is its slice of ȳ. */
    static Var concat(List<Var> list) {
        List<Var> parts = List.copyOf(list);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("concat: needs at least one tensor");
        }
        Backend be = parts.get(0).value().backend();
        Tensor y = be.concat(parts.stream().map(Var::value).toList());
        return Tape.record(y, g -> {
            Tensor[] grads = new Tensor[parts.size()];
            int col = 0;
            for (int i = 0; i < grads.length; i++) {
                int width = parts.get(i).value().dim(-1);
                grads[i] = parts.get(i).requiresGrad() ? be.slice(g, col, col + width) : null;
                col += width;
            }
            return grads;
        }, parts.toArray(Var[]::new));
    }

    /** Columns {@code [from, to)} of the last axis; x̄ is ȳ scattered back into place. */
    static Var slice(Var x, int from, int to) {
        Tensor xv = x.value();
        Backend be = xv.backend();
        Tensor y = be.slice(xv, from, to);
        int[] columns = new int[to - from];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = from + j;
        }
        return Tape.record(y, g -> new Tensor[] {be.scatterAddLast(g, columns, xv.dim(-1))}, x);
    }

    /** The same elements with other dimensions. */
    static Var reshape(Var x, int... dims) {
        Tensor xv = x.value();
        int[] original = xv.shape().dims();
        return Tape.record(xv.reshape(dims), g -> new Tensor[] {g.reshape(original)}, x);
    }

    /** The last two axes swapped. */
    static Var transpose(Var x) {
        Backend be = x.value().backend();
        return Tape.record(be.transpose(x.value()), g -> new Tensor[] {be.transpose(g)}, x);
    }

    /** {@code y[..., j] = x[..., index[j]]} (0 where the index is negative). */
    static Var gatherLast(Var x, int[] index) {
        Tensor xv = x.value();
        Backend be = xv.backend();
        int[] idx = index.clone();
        return Tape.record(be.gatherLast(xv, idx), g -> new Tensor[] {be.scatterAddLast(g, idx, xv.dim(-1))}, x);
    }

    /** {@code y[..., index[j]] += x[..., j]} into a last axis of size {@code width}. */
    static Var scatterAddLast(Var x, int[] index, int width) {
        Backend be = x.value().backend();
        int[] idx = index.clone();
        return Tape.record(be.scatterAddLast(x.value(), idx, width), g -> new Tensor[] {be.gatherLast(g, idx)}, x);
    }

    /** {@code y[i] = x[rows[i]]} along axis 0. */
    static Var gatherRows(Var x, int[] rows) {
        Tensor xv = x.value();
        Backend be = xv.backend();
        int[] idx = rows.clone();
        return Tape.record(be.gatherRows(xv, idx), g -> new Tensor[] {be.scatterAddRows(g, idx, xv.dim(0))}, x);
    }

    /** {@code y[rows[i]] += x[i]} into {@code count} rows. */
    static Var scatterAddRows(Var x, int[] rows, int count) {
        Backend be = x.value().backend();
        int[] idx = rows.clone();
        return Tape.record(be.scatterAddRows(x.value(), idx, count), g -> new Tensor[] {be.gatherRows(g, idx)}, x);
    }
}
