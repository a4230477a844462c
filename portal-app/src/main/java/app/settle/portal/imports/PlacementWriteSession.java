package app.settle.portal.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writer thread's connection for one placement import, and how each chunk is written on it.
 *
 * <p>Lifecycle: opened when an import starts (one pooled connection, READ COMMITTED, no auto-commit), used by
 * the import's writer thread only, closed when the import ends or stops. Each chunk is one transaction, taken
 * under the placement write lock, a MariaDB named lock per database ({@code GET_LOCK}) that is released only
 * after the commit or rollback: at most one chunk of any import, on any portal node, picks debtor and account
 * ids at a time, and each sees everything the chunks before it committed. A portal that dies loses its
 * connection, which rolls the open chunk back and frees the lock. In the transaction: the rows through
 * {@link PlacementBulkWriter}, or, if it refuses the chunk (or the server refuses {@code LOAD DATA LOCAL}), a
 * rollback and the same chunk through {@link PlacementStageWriter}; then the batch's counts.
 */
final class PlacementWriteSession implements AutoCloseable {

    /** Adds a chunk's counts to its batch, on the chunk's transaction. */
    @FunctionalInterface
    interface ChunkCounts {
        void record(DSLContext transaction, int created);
    }

    private static final Logger log = LoggerFactory.getLogger(PlacementWriteSession.class);
    private static final String LOCK = "CONCAT('settle.placements.', MD5(DATABASE()))";
    private static final int LOCK_WAIT_SECONDS = 300;

    private final DataSource dataSource;
    private final Connection connection;
    private final DSLContext transaction;
    private final PlacementBulkWriter bulk;
    private final String fileName;
    private final String actor;
    private final PlacementWriteTimings timings;
    /** Creditor codes in Settle when the import started: only their accounts and debtors can exist already. */
    private final Set<String> creditorsAtStart = new HashSet<>();
    private volatile boolean bulkRefused;
    /** Whether creditors new since the start are trusted to have no rows but this import's (until a chunk says no). */
    private volatile boolean trustNewCreditors = true;

    PlacementWriteSession(DataSource dataSource, String fileName, String actor, PlacementWriteTimings timings)
            throws SQLException {
        this.dataSource = dataSource;
        this.connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        this.transaction = DSL.using(connection, SQLDialect.MARIADB);
        creditorsAtStart.addAll(transaction.fetchValues("SELECT code FROM creditor").stream().map(String::valueOf)
                .toList());
        connection.commit();
        this.bulk = new PlacementBulkWriter(fileName, actor, timings);
        this.fileName = fileName;
        this.actor = actor;
        this.timings = timings;
    }

    /**
     * Reads what the database holds for a chunk's references ahead of its turn, on a connection of its own: call
     * from the reading thread after the chunk before the one being written has committed. Creditors that were not
     * in Settle when the import started are not looked up: the only rows they can have are this import's (and a
     * chunk that meets others is written again with every creditor looked up). Null when this import writes
     * through the staged path.
     *
     * @param chunk the chunk, each account once ({@link PlacementStageWriter#firstOfEachAccount})
     */
    PlacementBulkWriter.Known lookUp(List<Placement> chunk) throws SQLException {
        if (bulkRefused || chunk.isEmpty()) {
            return null;
        }
        long started = System.nanoTime();
        try (Connection reading = dataSource.getConnection()) {
            return bulk.lookUp(reading, chunk, trustNewCreditors ? creditorsAtStart : null);
        } finally {
            timings.add(PlacementWriteTimings.Step.PREFETCH, started);
        }
    }

    /**
     * Writes one chunk and its counts in one transaction; returns how many accounts it created.
     *
     * @param chunk the chunk, each account once
     * @param known what {@link #lookUp} read for the chunk, or null
     */
    int write(List<Placement> chunk, PlacementBulkWriter.Known known, LocalDateTime now, ChunkCounts counts)
            throws SQLException {
        lock();
        try {
            int created = writeRows(chunk, known, now);
            long started = System.nanoTime();
            counts.record(transaction, created);
            connection.commit();
            timings.add(PlacementWriteTimings.Step.COMMIT, started);
            return created;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw e;
        } finally {
            unlock();
        }
    }

    private int writeRows(List<Placement> chunk, PlacementBulkWriter.Known known, LocalDateTime now)
            throws SQLException {
        if (chunk.isEmpty()) {
            return 0;
        }
        if (!bulkRefused) {
            try {
                return bulkWrite(chunk, known, now);
            } catch (PlacementBulkWriter.Refused e) {
                log.info("Placement chunk from line {} goes through the staged path: {}", chunk.getFirst().line(),
                        e.getMessage());
            } catch (SQLException e) {
                if (!localInfileRefused(e)) {
                    throw e;
                }
                bulkRefused = true;
                log.warn("The database refused LOAD DATA LOCAL INFILE ({}); this placement import uses the staged"
                        + " path, which is slower. Allow local_infile on the server and allowLocalInfile in the"
                        + " JDBC URL.", e.getMessage());
            }
        }
        long started = System.nanoTime();
        connection.rollback();
        timings.stagedChunk();
        int created = PlacementStageWriter.write(connection, chunk, fileName, actor, now);
        timings.add(PlacementWriteTimings.Step.STAGED, started);
        return created;
    }

    /**
     * The fast path; if it was trusting new creditors and the database disagrees (a reference seen in an older
     * chunk, another import's rows), once more with every creditor looked up, and no more trust for this import.
     */
    private int bulkWrite(List<Placement> chunk, PlacementBulkWriter.Known known, LocalDateTime now)
            throws SQLException, PlacementBulkWriter.Refused {
        boolean trusted = known != null && known.partial();
        try {
            return bulk.write(connection, chunk, trusted && !trustNewCreditors ? null : known, now);
        } catch (PlacementBulkWriter.Refused e) {
            if (!trusted || !trustNewCreditors) {
                throw e;
            }
            long started = System.nanoTime();
            connection.rollback();
            timings.add(PlacementWriteTimings.Step.STAGED, started);
            trustNewCreditors = false;
            log.info("Placement chunk from line {} is written again with look-ups of every creditor: {}",
                    chunk.getFirst().line(), e.getMessage());
            return bulk.write(connection, chunk, null, now);
        }
    }

    private void lock() throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(" + LOCK + ", ?)")) {
            statement.setInt(1, LOCK_WAIT_SECONDS);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (result.getInt(1) != 1) {
                    throw new ImportFailedException("Another placement import kept the database busy for "
                            + LOCK_WAIT_SECONDS / 60 + " minutes");
                }
            }
        } finally {
            timings.add(PlacementWriteTimings.Step.LOCK, started);
        }
    }

    private void unlock() {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(" + LOCK + ")")) {
            statement.execute();
            connection.commit();
        } catch (SQLException e) {
            log.warn("Could not release the placement write lock (it ends with the connection): {}", e.getMessage());
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    static boolean localInfileRefused(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return e.getErrorCode() == 1148 || e.getErrorCode() == 4166 || message.contains("local infile")
                || message.contains("local_infile");
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } finally {
            connection.close();
        }
    }
}
