// SPDX-License-Identifier: Apache-2.0
/** Layer plugins (feed-forward, bLAT, coupling flow, negative Schur form, low-rank bilinear) and the fast–slow neural network. */
package org.fsnn.layers;
