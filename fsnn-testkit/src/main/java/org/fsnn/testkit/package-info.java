// SPDX-License-Identifier: Apache-2.0
/** Abstract JUnit conformance suites that every provider's tests extend. */
package org.fsnn.testkit;
