// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

/**
 * The elementwise functions every backend computes, each with its derivative: the scalar
 * definitions here are the reference that faster backends are tested against.
 *
 * <p>Three take parameters {@code p} and {@code q}: {@link #POW} ({@code x^p}), {@link #CLAMP}
 * ({@code min(max(x, p), q)}) and {@link #AFFINE} ({@code p·x + q}); the rest ignore them.
 */
public enum UnaryOp {
    /** −x. */
    NEG {
        public double apply(double x, double p, double q) { return -x; }
        public double derivative(double x, double p, double q) { return -1; }
    },
    /** x². */
    SQUARE {
        public double apply(double x, double p, double q) { return x * x; }
        public double derivative(double x, double p, double q) { return 2 * x; }
    },
    /** √x. */
    SQRT {
        public double apply(double x, double p, double q) { return Math.sqrt(x); }
        public double derivative(double x, double p, double q) { return 0.5 / Math.sqrt(x); }
    },
    /** eˣ. */
    EXP {
        public double apply(double x, double p, double q) { return Math.exp(x); }
        public double derivative(double x, double p, double q) { return Math.exp(x); }
    },
    /** ln x. */
    LOG {
        public double apply(double x, double p, double q) { return Math.log(x); }
        public double derivative(double x, double p, double q) { return 1 / x; }
    },
    /** tanh x. */
    TANH {
        public double apply(double x, double p, double q) { return Math.tanh(x); }
        public double derivative(double x, double p, double q) {
            double t = Math.tanh(x);
            return 1 - t * t;
        }
    },
    /** 1 / (1 + e⁻ˣ). */
    SIGMOID {
        public double apply(double x, double p, double q) { return sigmoid(x); }
        public double derivative(double x, double p, double q) {
            double s = sigmoid(x);
            return s * (1 - s);
        }
    },
    /** x·σ(x), also called swish. */
    SILU {
        public double apply(double x, double p, double q) { return x * sigmoid(x); }
        public double derivative(double x, double p, double q) {
            double s = sigmoid(x);
            return s * (1 + x * (1 - s));
        }
    },
    /** ln(1 + eˣ), computed without overflow. */
    SOFTPLUS {
        public double apply(double x, double p, double q) { return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))); }
        public double derivative(double x, double p, double q) { return sigmoid(x); }
    },
    /** max(x, 0). */
    RELU {
        public double apply(double x, double p, double q) { return x > 0 ? x : 0; }
        public double derivative(double x, double p, double q) { return x > 0 ? 1 : 0; }
    },
    /** sin x. */
    SIN {
        public double apply(double x, double p, double q) { return Math.sin(x); }
        public double derivative(double x, double p, double q) { return Math.cos(x); }
    },
    /** cos x. */
    COS {
        public double apply(double x, double p, double q) { return Math.cos(x); }
        public double derivative(double x, double p, double q) { return -Math.sin(x); }
    },
    /** sinh x. */
    SINH {
        public double apply(double x, double p, double q) { return Math.sinh(x); }
        public double derivative(double x, double p, double q) { return Math.cosh(x); }
    },
    /** cosh x. */
    COSH {
        public double apply(double x, double p, double q) { return Math.cosh(x); }
        public double derivative(double x, double p, double q) { return Math.sinh(x); }
    },
    /** asinh x = ln(x + √(x² + 1)), odd and accurate for large |x|. */
    ASINH {
        public double apply(double x, double p, double q) { return asinh(x); }
        public double derivative(double x, double p, double q) { return 1 / Math.sqrt(x * x + 1); }
    },
    /** |x|; its derivative at 0 is taken as 0. */
    ABS {
        public double apply(double x, double p, double q) { return Math.abs(x); }
        public double derivative(double x, double p, double q) { return Math.signum(x); }
    },
    /** The sign of x (−1, 0 or 1); derivative 0. */
    SIGN {
        public double apply(double x, double p, double q) { return Math.signum(x); }
        public double derivative(double x, double p, double q) { return 0; }
    },
    /** xᵖ. */
    POW {
        public double apply(double x, double p, double q) { return Math.pow(x, p); }
        public double derivative(double x, double p, double q) { return p == 0 ? 0 : p * Math.pow(x, p - 1); }
    },
    /** min(max(x, p), q); derivative 1 strictly inside (p, q), 0 outside. */
    CLAMP {
        public double apply(double x, double p, double q) { return Math.min(Math.max(x, p), q); }
        public double derivative(double x, double p, double q) { return x > p && x < q ? 1 : 0; }
    },
    /** p·x + q. */
    AFFINE {
        public double apply(double x, double p, double q) { return p * x + q; }
        public double derivative(double x, double p, double q) { return p; }
    };

    /** f(x) with the op's parameters. */
    public abstract double apply(double x, double p, double q);

    /** f′(x) with the op's parameters. */
    public abstract double derivative(double x, double p, double q);

    /** The logistic function, written so that it never overflows. */
    static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** Inverse hyperbolic sine, odd by construction. */
    static double asinh(double x) {
        double a = Math.abs(x);
        double r = a > 1e8 ? Math.log(a) + Math.log(2) : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }
}
