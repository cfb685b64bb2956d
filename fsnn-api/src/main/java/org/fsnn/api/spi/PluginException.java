// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.spi;

/** A plugin could not be found, loaded or used; the message says what was wrong and what is valid. */
public final class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and what would be valid */
    public PluginException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what would be valid
     * @param cause the underlying failure
     */
    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
