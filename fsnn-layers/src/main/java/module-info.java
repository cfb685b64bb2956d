// SPDX-License-Identifier: Apache-2.0
/** Layer plugins of fsnn. */
module org.fsnn.layers {
    requires transitive org.fsnn.api;
}
