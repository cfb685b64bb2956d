// SPDX-License-Identifier: Apache-2.0
package org.fsnn.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code fsnn --version}: the fsnn version from the build, the JDK and the operating system. */
final class VersionProvider implements IVersionProvider {

    /** The version Maven wrote into {@code version.properties} at build time. */
    static String fsnnVersion() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from org.fsnn.cli; rebuild fsnn");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("reading version.properties", e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "fsnn " + fsnnVersion(),
            "JDK " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.home") + ")",
            "OS " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        };
    }
}
