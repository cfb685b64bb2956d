// SPDX-License-Identifier: Apache-2.0
/** Dynamical-system plugins of fsnn. */
package org.fsnn.systems;
