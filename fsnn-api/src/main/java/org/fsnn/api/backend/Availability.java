// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.backend;

/**
 * What a {@link BackendProvider#probe()} found: whether the backend can be opened here and, if
 * not, why and what would fix it.
 *
 * @param available whether {@link BackendProvider#open()} is expected to succeed
 * @param detail the device in words when available, the reason when not
 * @param hint what a user can do to make it available; empty when available
 */
public record Availability(boolean available, String detail, String hint) {

    /** Non-null fields. */
    public Availability {
        detail = detail == null ? "" : detail;
        hint = hint == null ? "" : hint;
    }

    /** Available, with a description of the device. */
    public static Availability available(String device) {
        return new Availability(true, device, "");
    }

    /** Unavailable, with the reason and a hint for the user. */
    public static Availability unavailable(String reason, String hint) {
        return new Availability(false, reason, hint);
    }

    /** The reason and the hint in one line, for an error message. */
    public String explain() {
        return hint.isEmpty() ? detail : detail + " (" + hint + ")";
    }
}
