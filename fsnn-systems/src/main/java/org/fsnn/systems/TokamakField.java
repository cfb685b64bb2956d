// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

/**
 * The idealized tokamak equilibrium of the FSNN paper (eq. 5.22) in Cartesian coordinates:
 * B = B_r e_r + B_φ e_φ + B_z e_z with r = √(x² + y²),
 *
 * <pre>
 *   B_r = −z B0 / (q r),   B_φ = R0 B0 / r,   B_z = (r − R0) B0 / (q r),
 *   q(r, z) = q0 + q2 ((r − R0)² + z²) / a²
 * </pre>
 *
 * <p>that is B = ∇ψ × e_φ / r + R0 B0 e_φ / r with ψ = B0 a² ln(q) / (2 q2) (eq. 5.23), so ∇·B = 0.
 * Defined for r > 0.
 */
record TokamakField(double b0, double r0, double q0, double q2, double minor) {

    /** The safety factor q(r, z). */
    double safetyFactor(double r, double z) {
        double d = r - r0;
        return q0 + q2 * (d * d + z * z) / (minor * minor);
    }

    /** Writes B at the point p[offset..offset+2] into b[at..at+2]. */
    void field(double[] p, int offset, double[] b, int at) {
        double x = p[offset];
        double y = p[offset + 1];
        double z = p[offset + 2];
        double rr = x * x + y * y;
        double r = Math.sqrt(rr);
        double q = safetyFactor(r, z);
        double g = 1 / (q * rr);
        b[at] = b0 * (-z * x * g - r0 * y / rr);
        b[at + 1] = b0 * (-z * y * g + r0 * x / rr);
        b[at + 2] = b0 * (r - r0) / (q * r);
    }

    /** Writes the gradient ∂B_i/∂p_j, row-major 3×3, into {@code db}. */
    void gradient(double[] p, int offset, double[] db) {
        double x = p[offset];
        double y = p[offset + 1];
        double z = p[offset + 2];
        double rr = x * x + y * y;
        double r = Math.sqrt(rr);
        double r4 = rr * rr;
        double q = safetyFactor(r, z);
        double g = 1 / (q * rr);
        double scale = 2 * q2 / (minor * minor);
        double qx = scale * (r - r0) * x / r;
        double qy = scale * (r - r0) * y / r;
        double qz = scale * z;
        // g = 1/(q r²): ∂g = −g² ∂(q r²)
        double gx = -g * g * (qx * rr + 2 * q * x);
        double gy = -g * g * (qy * rr + 2 * q * y);
        double gz = -g * g * qz * rr;
        db[0] = b0 * (-z * g - z * x * gx + 2 * r0 * x * y / r4);
        db[1] = b0 * (-z * x * gy - r0 / rr + 2 * r0 * y * y / r4);
        db[2] = b0 * (-x * g - z * x * gz);
        db[3] = b0 * (-z * y * gx + r0 / rr - 2 * r0 * x * x / r4);
        db[4] = b0 * (-z * g - z * y * gy - 2 * r0 * x * y / r4);
        db[5] = b0 * (-y * g - z * y * gz);
        // B_z = B0 (1/q − R0/(q r))
        double qr2 = q * r * q * r;
        db[6] = b0 * (-qx / (q * q) + r0 * (qx * r + q * x / r) / qr2);
        db[7] = b0 * (-qy / (q * q) + r0 * (qy * r + q * y / r) / qr2);
        db[8] = -b0 * qz * (r - r0) / (q * q * r);
    }
}
