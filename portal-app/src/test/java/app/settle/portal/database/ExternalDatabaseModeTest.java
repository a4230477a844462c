package app.settle.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With standard spring.datasource.* properties the portal uses that MariaDB server and starts no embedded
 * one. Runs when SETTLE_EXTERNAL_DB_URL names a server (CI sets it for the server on 127.0.0.1:3306).
 */
@SpringBootTest(properties = "settle.demo-data=true")
@EnabledIfEnvironmentVariable(named = "SETTLE_EXTERNAL_DB_URL", matches = ".+")
class ExternalDatabaseModeTest {

    private static final String SERVER = System.getenv("SETTLE_EXTERNAL_DB_URL");

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws Exception {
        String server = SERVER.endsWith("/") ? SERVER : SERVER + "/";
        String name = "settle_external_mode_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(server, "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "`");
        }
        registry.add("spring.datasource.url", () -> server + name);
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;

    @Test
    void usesTheConfiguredServerAndMigratesIt() {
        assertThat(context.getBeansOfType(EmbeddedMariaDb.class)).isEmpty();
        int expectedPort = Integer.parseInt(SERVER.replaceAll(".*:(\\d+)/?.*", "$1"));
        assertThat(dsl.fetchSingle("SELECT @@port").get(0, Integer.class)).isEqualTo(expectedPort);
        assertThat(dsl.fetchSingle("SELECT COUNT(*) FROM DATABASECHANGELOG").get(0, Integer.class)).isPositive();
        assertThat(dsl.fetchSingle("SELECT COUNT(*) FROM app_user").get(0, Integer.class)).isEqualTo(5);
    }
}
