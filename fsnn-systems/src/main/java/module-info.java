// SPDX-License-Identifier: Apache-2.0
/** Dynamical-system plugins of fsnn. */
module org.fsnn.systems {
    requires transitive org.fsnn.api;
}
