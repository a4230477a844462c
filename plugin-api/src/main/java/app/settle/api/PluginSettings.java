package app.settle.api;

import java.util.Optional;

/**
 * This plugin's settings, read from the host's configuration under {@code settle.plugins.<plugin-id>.*}.
 * Values are read at call time, so a changed setting takes effect without a restart where the host
 * supports it.
 */
public interface PluginSettings {

    Optional<String> get(String key);

    default String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }
}
