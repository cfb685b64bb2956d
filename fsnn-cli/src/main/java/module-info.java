// SPDX-License-Identifier: Apache-2.0
/**
 * The fsnn command line: {@code fsnn backends}, {@code fsnn plugins} and the commands that run
 * experiments. Backends and plugins are found at runtime through fsnn-api's registries.
 */
module org.fsnn.cli {
    requires org.fsnn.training;
    requires info.picocli;

    opens org.fsnn.cli to info.picocli;
}
