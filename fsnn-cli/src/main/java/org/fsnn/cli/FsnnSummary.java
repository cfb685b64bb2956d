// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.fsnn.training.fsnn.FsnnEvaluation;
import org.fsnn.training.fsnn.FsnnOutcome;
import org.fsnn.training.fsnn.FsnnRunner;

/** Prints what an FSNN run produced: its rollout errors and eigenvalue error per ε, and its report. */
final class FsnnSummary {
    private FsnnSummary() {
    }

    static void print(PrintWriter out, FsnnOutcome o) {
        for (FsnnEvaluation.EpsResult r : o.results()) {
            out.printf(Locale.ROOT, "%s eps = %s: full L2 %.3e, hybrid L2 %.3e, closure L2 %.3e, fast eigenvalue"
                    + " max error %.3e%n", o.experiment().name(), r.eps(), r.fullL2(), r.hybridL2(), r.closureL2(),
                    r.eigMaxError());
        }
        out.println("report: " + o.runDir().resolve(FsnnRunner.REPORT));
        out.flush();
    }
}
