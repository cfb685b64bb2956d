// SPDX-License-Identifier: Apache-2.0
/**
 * Benchmarks of fsnn: JMH micro-benchmarks of the backend kernels and end-to-end timings. Runs on
 * the class path from the shaded jar (see the module's README); backends are chosen through
 * {@link org.fsnn.api.backend.Backends}, never imported.
 */
module org.fsnn.bench {
    requires org.fsnn.api;
    requires org.fsnn.training;
    requires jmh.core;
    requires jdk.incubator.vector;
    requires java.management;

    exports org.fsnn.bench;
    exports org.fsnn.bench.training;
}
