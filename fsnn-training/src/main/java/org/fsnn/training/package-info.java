// SPDX-License-Identifier: Apache-2.0
/** Datasets, losses, optimizers, the trainer and experiments. */
package org.fsnn.training;
