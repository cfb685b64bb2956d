// SPDX-License-Identifier: Apache-2.0
/** Benchmarks of fsnn. */
module org.fsnn.bench {
    requires org.fsnn.training;
    requires jmh.core;

    exports org.fsnn.bench;
}
