// SPDX-License-Identifier: Apache-2.0
/** Abstract JUnit conformance suites that every provider's tests extend. */
module org.fsnn.testkit {
    requires transitive org.fsnn.api;
    requires transitive org.junit.jupiter.api;
}
