package app.settle.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this plugin API, which a plugin's {@code Plugin-Requires} range is checked against. */
public final class HostApi {

    /** Semantic version of the plugin API this host implements, e.g. {@code 1.0.0}. */
    public static final String VERSION = readVersion();

    private HostApi() {
    }

    private static String readVersion() {
        try (InputStream in = HostApi.class.getResourceAsStream("host-api.properties")) {
            if (in == null) {
                throw new IllegalStateException("host-api.properties is missing from plugin-api");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version").trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
