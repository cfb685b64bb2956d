// SPDX-License-Identifier: Apache-2.0
/** Headless PNG charts for run reports, drawn with XChart. */
package org.fsnn.training.plot;
