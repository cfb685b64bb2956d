// SPDX-License-Identifier: Apache-2.0
/**
 * Target transforms ({@code identity}, {@code asinh-mad}) that compress the dynamic range of
 * stiff time derivatives before regression, and robust scale estimates.
 */
package org.fsnn.training.transform;
