// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.experiment;

import java.nio.file.Path;
import org.fsnn.training.report.RunMetrics;

/**
 * What a run produced.
 *
 * @param runDir the run directory
 * @param experiment the experiment run
 * @param metrics its metrics
 */
public record RunOutcome(Path runDir, Experiment experiment, RunMetrics metrics) {
}
