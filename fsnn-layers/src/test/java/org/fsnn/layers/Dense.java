// SPDX-License-Identifier: Apache-2.0
package org.fsnn.layers;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/** Dense-matrix reference computations (Hipparchus) for checking structured layers. */
final class Dense {
    private Dense() {}

    /** Matrix s of a batch stored row-major as {@code [b, rows, cols]}. */
    static RealMatrix matrix(double[] batch, int s, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(batch, (s * rows + i) * cols, m[i], 0, cols);
        }
        return new Array2DRowRealMatrix(m, false);
    }

    /** The largest singular value. */
    static double spectralNorm(RealMatrix m) {
        return new SingularValueDecomposition(m).getNorm();
    }

    /** The smallest singular value. */
    static double smallestSingularValue(RealMatrix m) {
        double[] s = new SingularValueDecomposition(m).getSingularValues();
        return s[s.length - 1];
    }
}
