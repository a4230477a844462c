package app.settle.portal.plugins;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param dir     folder the host loads plugin jars from (only {@code *.jar} files directly in it)
 * @param dataDir folder under which each plugin gets a folder of its own for files ({@code HostContext.dataFolder()})
 * @param maxUploadSize the largest plugin jar the plugin manager accepts for upload
 */
@ConfigurationProperties("settle.plugins")
record PluginHostProperties(@DefaultValue("data/plugins") Path dir,
                            @DefaultValue("data/plugin-data") Path dataDir,
                            @DefaultValue("50MB") DataSize maxUploadSize) {
}
