// SPDX-License-Identifier: Apache-2.0
/**
 * The fsnn command line. {@link org.fsnn.cli.Main} is the top command; each subcommand is one
 * picocli class listed in its {@code subcommands}.
 */
package org.fsnn.cli;
