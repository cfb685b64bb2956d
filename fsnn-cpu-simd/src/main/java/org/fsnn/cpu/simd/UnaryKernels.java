// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cpu.simd;

import static jdk.incubator.vector.VectorOperators.COS;
import static jdk.incubator.vector.VectorOperators.COSH;
import static jdk.incubator.vector.VectorOperators.EXP;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LOG;
import static jdk.incubator.vector.VectorOperators.LOG1P;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.POW;
import static jdk.incubator.vector.VectorOperators.SIN;
import static jdk.incubator.vector.VectorOperators.SINH;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;
import org.fsnn.api.backend.UnaryOp;

/**
 * The elementwise functions of {@link UnaryOp} over a range of an array, one vector at a time.
 *
 * <p>Each op has its own loop so that the JIT sees one constant vector operation per loop (a
 * shared loop calling through a switch or an interface would box the vectors). The formulas are
 * those of {@link UnaryOp}, lane by lane. The exponential (and with it the logistic function and
 * SiLU) is {@link VectorExp} and tanh is {@link VectorTanh}, the same bits however they run; the
 * other transcendental functions
 * are the Vector API's, which agree with {@link Math} to about one ulp. The last partial vector is
 * masked ({@link Lanes}), or for the long functions computed out of line ({@link OutOfLineTail}).
 */
final class UnaryKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private UnaryKernels() {}

    /** {@code y[i] = op(x[i]; p, q)} for {@code i} in {@code [from, to)}. */
    static void apply(UnaryOp op, double[] x, double[] y, int from, int to, double p, double q) {
        switch (op) {
            case NEG -> neg(x, y, from, to);
            case SQUARE -> square(x, y, from, to);
            case SQRT -> sqrt(x, y, from, to);
            case EXP -> exp(x, y, from, to);
            case LOG -> log(x, y, from, to);
            case TANH -> tanh(x, y, from, to);
            case SIGMOID -> sigmoid(x, y, from, to);
            case SILU -> silu(x, y, from, to);
            case SOFTPLUS -> softplus(x, y, from, to);
            case RELU -> relu(x, y, from, to);
            case SIN -> sin(x, y, from, to);
            case COS -> cos(x, y, from, to);
            case SINH -> sinh(x, y, from, to);
            case COSH -> cosh(x, y, from, to);
            case ASINH -> asinh(x, y, from, to);
            case ABS -> abs(x, y, from, to);
            case SIGN -> sign(x, y, from, to);
            case POW -> pow(x, y, from, to, p);
            case CLAMP -> clamp(x, y, from, to, p, q);
            case AFFINE -> affine(x, y, from, to, p, q);
        }
    }

    /** The lanes of the vector at i that lie before {@code to}. */
    static VectorMask<Double> tail(int i, int to) {
        return S.indexInRange(i, to);
    }

    /**
     * The end of the whole vectors in [from, to). Loops read it once: in the long kernels the JIT
     * runs out of inlining budget and leaves this a call, which made exp 1.7 times slower when it
     * was the loop condition.
     */
    static int bound(int from, int to) {
        return from + S.loopBound(to - from);
    }

    private static void neg(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            DoubleVector.fromArray(S, x, i).neg().intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            Lanes.store(Lanes.load(x, i, m).neg(), y, i, m);
        }
    }

    private static void square(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            v.mul(v).intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            var v = Lanes.load(x, i, m);
            Lanes.store(v.mul(v), y, i, m);
        }
    }

    private static void sqrt(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            DoubleVector.fromArray(S, x, i).sqrt().intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            Lanes.store(Lanes.load(x, i, m).sqrt(), y, i, m);
        }
    }

    private static void exp(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            VectorExp.exp(DoubleVector.fromArray(S, x, i)).intoArray(y, i);
        }
        if (i < to) {
            OutOfLineTail.apply(x, y, i, to, VectorExp::exp);
        }
    }

    private static void log(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            DoubleVector.fromArray(S, x, i).lanewise(LOG).intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            Lanes.store(Lanes.load(x, i, m).lanewise(LOG), y, i, m);
        }
    }

    private static void tanh(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            VectorTanh.tanh(DoubleVector.fromArray(S, x, i)).intoArray(y, i);
        }
        if (i < to) {
            OutOfLineTail.apply(x, y, i, to, VectorTanh::tanh);
        }
    }

    private static void sigmoid(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            sigmoid(DoubleVector.fromArray(S, x, i)).intoArray(y, i);
        }
        if (i < to) {
            OutOfLineTail.apply(x, y, i, to, UnaryKernels::sigmoid);
        }
    }

    private static void silu(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            v.mul(sigmoid(v)).intoArray(y, i);
        }
        if (i < to) {
            OutOfLineTail.apply(x, y, i, to, v -> v.mul(sigmoid(v)));
        }
    }

    private static void softplus(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            softplus(DoubleVector.fromArray(S, x, i)).intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            Lanes.store(softplus(Lanes.load(x, i, m)), y, i, m);
        }
    }

    private static void relu(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            var v = DoubleVector.fromArray(S, x, i);
            DoubleVector.zero(S).blend(v, v.compare(GT, 0.0)).intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            var v = Lanes.load(x, i, m);
            Lanes.store(DoubleVector.zero(S).blend(v, v.compare(GT, 0.0)), y, i, m);
        }
    }

    private static void sin(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            DoubleVector.fromArray(S, x, i).lanewise(SIN).intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            Lanes.store(Lanes.load(x, i, m).lanewise(SIN), y, i, m);
        }
    }

    private static void cos(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            DoubleVector.fromArray(S, x, i).lanewise(COS).intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            Lanes.store(Lanes.load(x, i, m).lanewise(COS), y, i, m);
        }
    }

    private static void sinh(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            DoubleVector.fromArray(S, x, i).lanewise(SINH).intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            Lanes.store(Lanes.load(x, i, m).lanewise(SINH), y, i, m);
        }
    }

    private static void cosh(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            DoubleVector.fromArray(S, x, i).lanewise(COSH).intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            Lanes.store(Lanes.load(x, i, m).lanewise(COSH), y, i, m);
        }
    }

    private static void asinh(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            asinh(DoubleVector.fromArray(S, x, i)).intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            Lanes.store(asinh(Lanes.load(x, i, m)), y, i, m);
        }
    }

    private static void abs(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            DoubleVector.fromArray(S, x, i).abs().intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            Lanes.store(Lanes.load(x, i, m).abs(), y, i, m);
        }
    }

    private static void sign(double[] x, double[] y, int from, int to) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            sign(DoubleVector.fromArray(S, x, i)).intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            Lanes.store(sign(Lanes.load(x, i, m)), y, i, m);
        }
    }

    private static void pow(double[] x, double[] y, int from, int to, double p) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            DoubleVector.fromArray(S, x, i).lanewise(POW, p).intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            Lanes.store(Lanes.load(x, i, m).lanewise(POW, p), y, i, m);
        }
    }

    private static void clamp(double[] x, double[] y, int from, int to, double p, double q) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            DoubleVector.fromArray(S, x, i).max(p).min(q).intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            Lanes.store(Lanes.load(x, i, m).max(p).min(q), y, i, m);
        }
    }

    private static void affine(double[] x, double[] y, int from, int to, double p, double q) {
        int i = from;
        for (int end = bound(from, to); i < end; i += L) {
            DoubleVector.fromArray(S, x, i).mul(p).add(q).intoArray(y, i);
        }
        if (i < to) {
            var m = tail(i, to);
            Lanes.store(Lanes.load(x, i, m).mul(p).add(q), y, i, m);
        }
    }

    // ---- formulas shared with the derivatives ---------------------------------------------

    /**
     * The logistic function as {@link UnaryOp#SIGMOID} defines it: e⁻|ˣ| keeps it from
     * overflowing. One division, 1/(1 + e), serves both signs (e/(1 + e) as e · 1/(1 + e), within
     * an ulp of the quotient): a vector division costs as much as the whole exponential.
     */
    static DoubleVector sigmoid(DoubleVector x) {
        var e = VectorExp.exp(x.abs().neg());
        var positive = DoubleVector.broadcast(S, 1).div(e.add(1));
        return e.mul(positive).blend(positive, x.compare(GE, 0.0));
    }

    /** max(x, 0) + ln(1 + e⁻|ˣ|). */
    private static DoubleVector softplus(DoubleVector x) {
        return x.max(0.0).add(x.abs().neg().lanewise(EXP).lanewise(LOG1P));
    }

    /** The sign: −1, 1, or x itself for ±0 and NaN, as {@link Math#signum}. */
    static DoubleVector sign(DoubleVector x) {
        return x.blend(1.0, x.compare(GT, 0.0)).blend(-1.0, x.compare(LT, 0.0));
    }

    /** asinh as {@link UnaryOp#ASINH} defines it: ln(2|x|) beyond 10⁸, log1p form below, sign restored. */
    static DoubleVector asinh(DoubleVector x) {
        var a = x.abs();
        var a2 = a.mul(a);
        var small = a.add(a2.div(a2.add(1).sqrt().add(1))).lanewise(LOG1P);
        var large = a.lanewise(LOG).add(Math.log(2));
        var r = small.blend(large, a.compare(GT, 1e8));
        return r.viewAsIntegralLanes().or(x.viewAsIntegralLanes().and(Long.MIN_VALUE)).viewAsFloatingLanes();
    }
}
