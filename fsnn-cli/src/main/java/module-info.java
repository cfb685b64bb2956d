// SPDX-License-Identifier: Apache-2.0
/** The fsnn command line. */
module org.fsnn.cli {
    requires org.fsnn.training;
    requires info.picocli;

    opens org.fsnn.cli to info.picocli;
}
