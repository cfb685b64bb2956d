// SPDX-License-Identifier: Apache-2.0
/**
 * Abstract JUnit conformance suites that every provider's tests extend, such as
 * {@link org.fsnn.testkit.BackendConformance} for compute backends.
 */
module org.fsnn.testkit {
    requires transitive org.fsnn.api;
    requires transitive org.junit.jupiter.api;

    exports org.fsnn.testkit;
    opens org.fsnn.testkit to org.junit.platform.commons;
}
