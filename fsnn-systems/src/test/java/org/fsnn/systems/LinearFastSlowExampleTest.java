// SPDX-License-Identifier: Apache-2.0
package org.fsnn.systems;

import org.fsnn.api.system.SystemProvider;
import org.fsnn.testkit.SystemConformance;

/** The example user plugin passes the same conformance suite, including the exact-manifold check. */
class LinearFastSlowExampleTest extends SystemConformance {

    @Override
    protected SystemProvider provider() {
        return new LinearFastSlowExample.Provider();
    }
}
