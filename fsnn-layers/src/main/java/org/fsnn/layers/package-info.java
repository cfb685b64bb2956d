// SPDX-License-Identifier: Apache-2.0
/** Layer plugins of fsnn. */
package org.fsnn.layers;
