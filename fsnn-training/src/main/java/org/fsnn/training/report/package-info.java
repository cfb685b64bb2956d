// SPDX-License-Identifier: Apache-2.0
/**
 * What a run leaves behind: the atomically published run directory, {@code metrics.json},
 * {@code run.json} provenance, {@code report.md}, the PNG figures, and the ablation tables with the
 * paper's Table 1 for comparison.
 */
package org.fsnn.training.report;
