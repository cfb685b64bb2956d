// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

/** A backend was asked for that cannot run here; the message gives the reason and a hint. */
public final class BackendUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the backend, the reason and what would fix it */
    public BackendUnavailableException(String message) {
        super(message);
    }

    /**
     * @param message the backend, the reason and what would fix it
     * @param cause the underlying failure
     */
    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
