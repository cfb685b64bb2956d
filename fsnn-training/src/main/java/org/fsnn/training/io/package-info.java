// SPDX-License-Identifier: Apache-2.0
/** Files and terminal output of runs: atomic writes, trajectory files, progress on stderr. */
package org.fsnn.training.io;
