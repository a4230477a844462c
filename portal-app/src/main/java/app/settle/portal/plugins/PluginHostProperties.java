package app.settle.portal.plugins;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir folder the host loads plugin jars from (only {@code *.jar} files directly in it)
 */
@ConfigurationProperties("settle.plugins")
record PluginHostProperties(@DefaultValue("data/plugins") Path dir) {
}
