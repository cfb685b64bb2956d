// SPDX-License-Identifier: Apache-2.0
package org.fsnn.integrators.reference;

/**
 * The coefficients of RODAS4 in the form Hairer and Wanner implement (method 1 of their code
 * {@code rodas.f}, Solving Ordinary Differential Equations II, section IV.7, table 7.2 and
 * eq. (7.25)):
 *
 * <pre>
 * (I/(h γ) − J) k_i = f(t + c_i h, z + Σ_j a_ij k_j) + Σ_j (c_ij / h) k_j + h d_i ∂f/∂t,
 * z_new = z + Σ_j a_6j k_j + k_6,   error estimate k_6,
 * </pre>
 *
 * with the dense output z(t + θh) = (1−θ) z + θ (z_new + (1−θ)(q_2 + θ q_3)),
 * q_m = Σ_j dense_mj k_j. The method is stiffly accurate and L-stable; the step is order 4, the
 * embedded solution order 3 and the dense output order 3.
 */
final class Rodas4Tableau {
    /** The number of stages. */
    static final int STAGES = 6;
    /** The diagonal coefficient γ. */
    static final double GAMMA = 0.25;

    /** Stage times c_i. */
    static final double[] C = {0, 0.386, 0.21, 0.63, 1, 1};
    /** Coefficients d_i of the time derivative ∂f/∂t. */
    static final double[] D = {0.25, -0.1043, 0.1035, -0.0362, 0, 0};

    /** Stage-argument coefficients a_ij, j &lt; i. */
    static final double[][] A = {
        {},
        {1.544},
        {0.9466785280815826, 0.2557011698983284},
        {3.314825187068521, 2.896124015972201, 0.9986419139977817},
        {1.221224509226641, 6.019134481288629, 12.53708332932087, -0.6878860361058950},
        {1.221224509226641, 6.019134481288629, 12.53708332932087, -0.6878860361058950, 1},
    };

    /** Coupling coefficients c_ij, j &lt; i. */
    static final double[][] COUPLING = {
        {},
        {-5.6688},
        {-2.430093356833875, -0.2063599157091915},
        {-0.1073529058151375, -9.594562251023355, -20.47028614809616},
        {7.496443313967647, -10.24680431464352, -33.99990352819905, 11.70890893206160},
        {8.083246795921522, -7.981132988064893, -31.52159432874371, 16.31930543123136, -6.058818238834054},
    };

    /** Dense-output coefficients: {@code DENSE[0]} gives q_2, {@code DENSE[1]} gives q_3 (over k_1..k_5). */
    static final double[][] DENSE = {
        {10.12623508344586, -7.487995877610167, -34.80091861555747, -7.992771707568823, 1.025137723295662},
        {-0.6762803392801253, 6.087714651680015, 16.43084320892478, 24.76722511418386, -6.594389125716872},
    };

    private Rodas4Tableau() {
    }
}
