// SPDX-License-Identifier: Apache-2.0
/** The fsnn command line. */
package org.fsnn.cli;
