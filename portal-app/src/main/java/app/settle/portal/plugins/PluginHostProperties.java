package app.settle.portal.plugins;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir     folder the host loads plugin jars from (only {@code *.jar} files directly in it)
 * @param dataDir folder under which each plugin gets a folder of its own for files ({@code HostContext.dataFolder()})
 */
@ConfigurationProperties("settle.plugins")
record PluginHostProperties(@DefaultValue("data/plugins") Path dir,
                            @DefaultValue("data/plugin-data") Path dataDir) {
}
