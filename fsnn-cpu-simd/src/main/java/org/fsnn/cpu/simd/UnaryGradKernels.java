// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import static jdk.incubator.vector.VectorOperators.COS;
import static jdk.incubator.vector.VectorOperators.COSH;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.POW;
import static jdk.incubator.vector.VectorOperators.SIN;
import static jdk.incubator.vector.VectorOperators.SINH;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.fsnn.api.backend.UnaryOp;

/**
 * The backward of {@link UnaryKernels}: {@code gy · op′(x; p, q)} over a range, one vector at a
 * time, with the derivative formulas of {@link UnaryOp}. One loop per op, for the reason given in
 * {@link UnaryKernels}; the last partial vector is masked ({@link Lanes}) or computed out of line
 * ({@link OutOfLineTail}).
 */
final class UnaryGradKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private UnaryGradKernels() {}

    /** {@code y[i] = gy[i] · op′(x[i]; p, q)} for {@code i} in {@code [from, to)}. */
    static void apply(UnaryOp op, double[] x, double[] gy, double[] y, int from, int to, double p, double q) {
        switch (op) {
            case NEG -> neg(x, gy, y, from, to);
            case SQUARE -> square(x, gy, y, from, to);
            case SQRT -> sqrt(x, gy, y, from, to);
            case EXP -> exp(x, gy, y, from, to);
            case LOG -> log(x, gy, y, from, to);
            case TANH -> tanh(x, gy, y, from, to);
            case SIGMOID -> sigmoid(x, gy, y, from, to);
            case SILU -> silu(x, gy, y, from, to);
            case SOFTPLUS -> softplus(x, gy, y, from, to);
            case RELU -> relu(x, gy, y, from, to);
            case SIN -> sin(x, gy, y, from, to);
            case COS -> cos(x, gy, y, from, to);
            case SINH -> sinh(x, gy, y, from, to);
            case COSH -> cosh(x, gy, y, from, to);
            case ASINH -> asinh(x, gy, y, from, to);
            case ABS -> abs(x, gy, y, from, to);
            case SIGN -> sign(x, gy, y, from, to);
            case POW -> pow(x, gy, y, from, to, p, q);
            case CLAMP -> clamp(x, gy, y, from, to, p, q);
            case AFFINE -> affine(x, gy, y, from, to, p, q);
        }
    }

    private static void neg(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var g = DoubleVector.fromArray(S, gy, i);
            g.neg().intoArray(y, i);
        }
        if (i < to) {
            var m = UnaryKernels.tail(i, to);
            var g = Lanes.load(gy, i, m);
            Lanes.store(g.neg(), y, i, m);
        }
    }

    private static void square(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(v.mul(2.0)).intoArray(y, i);
        }
        if (i < to) {
            var m = UnaryKernels.tail(i, to);
            var v = Lanes.load(x, i, m);
            var g = Lanes.load(gy, i, m);
            Lanes.store(g.mul(v.mul(2.0)), y, i, m);
        }
    }

    private static void sqrt(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(DoubleVector.broadcast(S, 0.5).div(v.sqrt())).intoArray(y, i);
        }
        if (i < to) {
            var m = UnaryKernels.tail(i, to);
            var v = Lanes.load(x, i, m);
            var g = Lanes.load(gy, i, m);
            Lanes.store(g.mul(DoubleVector.broadcast(S, 0.5).div(v.sqrt())), y, i, m);
        }
    }

    private static void exp(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(VectorExp.exp(v)).intoArray(y, i);
        }
        if (i < to) {
            OutOfLineTail.apply(x, gy, y, i, to, (v, g) -> g.mul(VectorExp.exp(v)));
        }
    }

    private static void log(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(DoubleVector.broadcast(S, 1.0).div(v)).intoArray(y, i);
        }
        if (i < to) {
            var m = UnaryKernels.tail(i, to);
            var v = Lanes.load(x, i, m);
            var g = Lanes.load(gy, i, m);
            Lanes.store(g.mul(DoubleVector.broadcast(S, 1.0).div(v)), y, i, m);
        }
    }

    private static void tanh(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(oneMinusSquare(VectorTanh.tanh(v))).intoArray(y, i);
        }
        if (i < to) {
            OutOfLineTail.apply(x, gy, y, i, to, (v, g) -> g.mul(oneMinusSquare(VectorTanh.tanh(v))));
        }
    }

    private static void sigmoid(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(sigmoidSlope(UnaryKernels.sigmoid(v))).intoArray(y, i);
        }
        if (i < to) {
            OutOfLineTail.apply(x, gy, y, i, to, (v, g) -> g.mul(sigmoidSlope(UnaryKernels.sigmoid(v))));
        }
    }

    private static void silu(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(siluSlope(v)).intoArray(y, i);
        }
        if (i < to) {
            OutOfLineTail.apply(x, gy, y, i, to, (v, g) -> g.mul(siluSlope(v)));
        }
    }

    private static void softplus(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(UnaryKernels.sigmoid(v)).intoArray(y, i);
        }
        if (i < to) {
            OutOfLineTail.apply(x, gy, y, i, to, (v, g) -> g.mul(UnaryKernels.sigmoid(v)));
        }
    }

    private static void relu(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(DoubleVector.zero(S).blend(1.0, v.compare(GT, 0.0))).intoArray(y, i);
        }
        if (i < to) {
            var m = UnaryKernels.tail(i, to);
            var v = Lanes.load(x, i, m);
            var g = Lanes.load(gy, i, m);
            Lanes.store(g.mul(DoubleVector.zero(S).blend(1.0, v.compare(GT, 0.0))), y, i, m);
        }
    }

    private static void sin(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(v.lanewise(COS)).intoArray(y, i);
        }
        if (i < to) {
            var m = UnaryKernels.tail(i, to);
            var v = Lanes.load(x, i, m);
            var g = Lanes.load(gy, i, m);
            Lanes.store(g.mul(v.lanewise(COS)), y, i, m);
        }
    }

    private static void cos(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(v.lanewise(SIN).neg()).intoArray(y, i);
        }
        if (i < to) {
            var m = UnaryKernels.tail(i, to);
            var v = Lanes.load(x, i, m);
            var g = Lanes.load(gy, i, m);
            Lanes.store(g.mul(v.lanewise(SIN).neg()), y, i, m);
        }
    }

    private static void sinh(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(v.lanewise(COSH)).intoArray(y, i);
        }
        if (i < to) {
            var m = UnaryKernels.tail(i, to);
            var v = Lanes.load(x, i, m);
            var g = Lanes.load(gy, i, m);
            Lanes.store(g.mul(v.lanewise(COSH)), y, i, m);
        }
    }

    private static void cosh(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(v.lanewise(SINH)).intoArray(y, i);
        }
        if (i < to) {
            var m = UnaryKernels.tail(i, to);
            var v = Lanes.load(x, i, m);
            var g = Lanes.load(gy, i, m);
            Lanes.store(g.mul(v.lanewise(SINH)), y, i, m);
        }
    }

    private static void asinh(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(DoubleVector.broadcast(S, 1.0).div(v.mul(v).add(1.0).sqrt())).intoArray(y, i);
        }
        if (i < to) {
            var m = UnaryKernels.tail(i, to);
            var v = Lanes.load(x, i, m);
            var g = Lanes.load(gy, i, m);
            Lanes.store(g.mul(DoubleVector.broadcast(S, 1.0).div(v.mul(v).add(1.0).sqrt())), y, i, m);
        }
    }

    private static void abs(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(UnaryKernels.sign(v)).intoArray(y, i);
        }
        if (i < to) {
            var m = UnaryKernels.tail(i, to);
            var v = Lanes.load(x, i, m);
            var g = Lanes.load(gy, i, m);
            Lanes.store(g.mul(UnaryKernels.sign(v)), y, i, m);
        }
    }

    private static void sign(double[] x, double[] gy, double[] y, int from, int to) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(0.0).intoArray(y, i);
        }
        if (i < to) {
            var m = UnaryKernels.tail(i, to);
            var g = Lanes.load(gy, i, m);
            Lanes.store(g.mul(0.0), y, i, m);
        }
    }

    private static void pow(double[] x, double[] gy, double[] y, int from, int to, double p, double q) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(p == 0 ? DoubleVector.zero(S) : v.lanewise(POW, p - 1).mul(p)).intoArray(y, i);
        }
        if (i < to) {
            var m = UnaryKernels.tail(i, to);
            var v = Lanes.load(x, i, m);
            var g = Lanes.load(gy, i, m);
            Lanes.store(g.mul(p == 0 ? DoubleVector.zero(S) : v.lanewise(POW, p - 1).mul(p)), y, i, m);
        }
    }

    private static void clamp(double[] x, double[] gy, double[] y, int from, int to, double p, double q) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(DoubleVector.zero(S).blend(1.0, v.compare(GT, p).and(v.compare(LT, q)))).intoArray(y, i);
        }
        if (i < to) {
            var m = UnaryKernels.tail(i, to);
            var v = Lanes.load(x, i, m);
            var g = Lanes.load(gy, i, m);
            Lanes.store(g.mul(DoubleVector.zero(S).blend(1.0, v.compare(GT, p).and(v.compare(LT, q)))), y, i, m);
        }
    }

    private static void affine(double[] x, double[] gy, double[] y, int from, int to, double p, double q) {
        int i = from;
        for (int end = UnaryKernels.bound(from, to); i < end; i += L) {
            var g = DoubleVector.fromArray(S, gy, i);
            g.mul(p).intoArray(y, i);
        }
        if (i < to) {
            var m = UnaryKernels.tail(i, to);
            var g = Lanes.load(gy, i, m);
            Lanes.store(g.mul(p), y, i, m);
        }
    }

    /** 1 − t², the slope of tanh from its value. */
    private static DoubleVector oneMinusSquare(DoubleVector t) {
        return DoubleVector.broadcast(S, 1.0).sub(t.mul(t));
    }

    /** s·(1 − s), the slope of the logistic function from its value. */
    private static DoubleVector sigmoidSlope(DoubleVector s) {
        return s.mul(DoubleVector.broadcast(S, 1.0).sub(s));
    }

    /** σ(x)·(1 + x·(1 − σ(x))), the slope of x·σ(x). */
    private static DoubleVector siluSlope(DoubleVector x) {
        var s = UnaryKernels.sigmoid(x);
        return s.mul(x.mul(DoubleVector.broadcast(S, 1.0).sub(s)).add(1.0));
    }
}
