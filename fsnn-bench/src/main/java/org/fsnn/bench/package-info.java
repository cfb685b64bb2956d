// SPDX-License-Identifier: Apache-2.0
/** Benchmarks of fsnn. */
package org.fsnn.bench;
