// SPDX-License-Identifier: Apache-2.0
package org.fsnn.api.spi;

/**
 * A plugin with a short kebab-case name, used in configs and on the command line.
 *
 * <p>Every service provider interface of fsnn extends this type, so that one {@link Registry}
 * can find any kind of plugin by name.
 */
public interface Named {

    /** The plugin's name: lower-case ASCII words joined by single hyphens, e.g. {@code davis-skodje}. */
    String name();

    /** One line saying what the plugin does; empty by default. */
    default String description() {
        return "";
    }
}
