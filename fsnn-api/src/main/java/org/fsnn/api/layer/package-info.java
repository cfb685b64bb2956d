// SPDX-License-Identifier: Apache-2.0
/** Layer plugins: differentiable, optionally invertible maps of batches, conditioned on ε. */
package org.fsnn.api.layer;
