package app.settle.portal.imports;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CREDITOR;
import static app.settle.api.db.Tables.TEAM;

import app.settle.portal.csv.CsvFormatException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports placement files: CSV rows of new accounts with their debtors (format in {@link PlacementRules}).
 *
 * <p>Two passes over the file. {@link #validate} reads it once and writes nothing: it reports every bad row
 * (line, column, reason), the counts, and how many accounts are already in Settle. {@link #importValidated}
 * reads it again and writes the valid rows in chunks of {@link #chunkSize} rows: the calling thread reads and
 * checks the next chunk while a writer thread writes the previous one through a {@link PlacementWriteSession}
 * (one transaction per chunk, with the batch's counts, under a database lock; MariaDB's bulk loader fed from
 * memory by {@link PlacementBulkWriter}). If the import stops half way (crash, lost connection), importing the
 * same file again continues after the last committed chunk; since rows are matched on the creditor's
 * references, nothing is ever created twice. Accounts that already exist are skipped, not updated.
 */
@Service
public class PlacementImporter {

    static final int DEFAULT_CHUNK = 20_000;
    private static final int LOOKUP_CHUNK = 2_000;

    private static final Logger log = LoggerFactory.getLogger(PlacementImporter.class);

    private final DSLContext dsl;
    private final DataSource dataSource;
    private final ImportBatches batches;
    private final ImportRunGuard guard;
    private final Clock clock;
    private final ImportFile format = new ImportFile(PlacementRules.REQUIRED_COLUMNS, PlacementRules.COLUMNS, false);

    private int chunkSize = DEFAULT_CHUNK;
    /** Test hook: after this many processed rows are committed, the import throws as if the server died. */
    private long failAfterRows = -1;

    /** Where the last import's writing time went (for the benchmark). */
    private volatile PlacementWriteTimings lastTimings;

    PlacementImporter(DSLContext dsl, DataSource dataSource, ImportBatches batches, ImportRunGuard guard,
                      Clock clock) {
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.batches = batches;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Reads the whole file and reports what an import would do; writes nothing. A file that cannot be read
     * (not UTF-8, a quote left open, an overlong line, missing columns) gives a report with {@code fileError}.
     */
    public ValidationReport validate(Path file, String fileName, ImportProgress progress) {
        ReportBuilder report = new ReportBuilder(ImportKind.PLACEMENT, fileName);
        PlacementRules rules = rules();
        ExistingAccounts existing = new ExistingAccounts();
        try {
            ImportFile.Scan scan = format.scan(file, 0, progress, row -> {
                Placement placement = rules.check(row);
                if (placement == null) {
                    report.invalid(row.problems());
                } else {
                    report.valid();
                    existing.add(placement);
                    if (existing.pending() >= LOOKUP_CHUNK) {
                        report.alreadyImported(existing.countAndClear());
                    }
                }
            });
            report.alreadyImported(existing.countAndClear());
            return report.build(scan, null);
        } catch (CsvFormatException e) {
            return report.fileError(e.getMessage());
        } catch (Exception e) {
            throw new ImportFailedException("The file could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Imports the valid rows of a file validated by {@link #validate}: creates creditors (unknown codes),
     * debtors, their contact points, accounts (ACTIVE, placed now) and a "Placed by …" timeline entry per new
     * account. Rows whose account exists are counted as already imported; invalid rows as rejected. Continues
     * an unfinished import of the same file. Writes audit rows for the start and the end.
     *
     * @throws IllegalArgumentException if the report carries a file error
     * @throws ImportFailedException    if the file changed since validation, is being imported right now, or
     *                                  the import stopped (the batch is FAILED and the next import continues it)
     */
    public ImportResult importValidated(Path file, String fileName, ValidationReport report, String actor,
                                        ImportProgress progress) {
        return guard.exclusively(file, report, sha256 -> {
            ImportBatches.Start start = batches.startOrResume(ImportKind.PLACEMENT, fileName, sha256, report, null,
                    actor);
            Counter counter = new Counter(start);
            PlacementWriteTimings timings = new PlacementWriteTimings();
            lastTimings = timings;
            ExecutorService writer = Executors.newSingleThreadExecutor(runnable ->
                    new Thread(runnable, "settle-placement-writer"));
            PlacementWriteSession session = null;
            ChunkPipeline pipeline = null;
            try {
                PlacementWriteSession writing = new PlacementWriteSession(dataSource, fileName, actor, timings);
                session = writing;
                pipeline = new ChunkPipeline(writer, chunk -> commit(writing, start.batchId(), chunk, counter));
                PlacementRules rules = rules();
                Chunk[] chunk = {new Chunk(chunkSize)};
                ChunkPipeline chunks = pipeline;
                format.scan(file, start.processed(), progress, row -> {
                    Placement placement = rules.check(row);
                    if (placement == null) {
                        chunk[0].rejected++;
                    } else {
                        chunk[0].placements.add(placement);
                    }
                    if (++chunk[0].processed >= chunkSize) {
                        chunk[0].lookUp(writing);
                        chunks.submit(chunk[0]);
                        chunk[0] = new Chunk(chunkSize);
                    }
                });
                chunk[0].lookUp(writing);
                pipeline.submit(chunk[0]);
                pipeline.finish();
                batches.complete(start.batchId(), actor);
                log.info("Placement import of {} ({} rows) written: {}", fileName, counter.processed,
                        timings.summary());
                return new ImportResult(start.batchId(), ImportKind.PLACEMENT, start.resumed(), counter.created, 0,
                        counter.skipped, counter.rejected);
            } catch (Exception e) {
                if (pipeline != null) {
                    pipeline.abandon();
                }
                batches.fail(start.batchId(), ImportFailedException.reasonOf(e), actor);
                throw new ImportFailedException("The import stopped: " + ImportFailedException.reasonOf(e)
                        + ". Nothing after the last saved chunk was written; import the same file again to continue.",
                        e);
            } finally {
                writer.shutdownNow();
                closeQuietly(session);
            }
        });
    }

    /**
     * Starts or resumes the batch. Two imports starting at the same moment can deadlock on the batch table's
     * index (a locking read, then an insert); the database rolls one back, which simply tries again.
     */
    /** Writes one chunk and its counts in one transaction (on the writer thread). */
    private void commit(PlacementWriteSession session, long batchId, Chunk chunk, Counter counter) {
        if (chunk.processed == 0) {
            return;
        }
        List<Placement> placements = chunk.placements;
        int created;
        try {
            created = session.write(chunk.unique, chunk.known, batches.utcNow(), (transaction, n) -> batches.progress(transaction,
                    batchId, chunk.processed, n, placements.size() - n, chunk.rejected, 0));
        } catch (java.sql.SQLException e) {
            throw new ImportFailedException("The database refused a chunk: " + e.getMessage(), e);
        }
        counter.chunkDone(chunk, created);
        if (failAfterRows >= 0 && counter.processed >= failAfterRows) {
            throw new IllegalStateException("injected failure after " + counter.processed + " rows");
        }
    }

    private static void closeQuietly(PlacementWriteSession session) {
        if (session != null) {
            try {
                session.close();
            } catch (java.sql.SQLException e) {
                log.warn("Closing the placement writer's connection failed: {}", e.getMessage());
            }
        }
    }

    PlacementWriteTimings lastTimings() {
        return lastTimings;
    }

    private PlacementRules rules() {
        Map<String, Long> teams = new HashMap<>();
        dsl.select(TEAM.NAME, TEAM.ID).from(TEAM)
                .forEach(r -> teams.put(r.value1().toLowerCase(Locale.ROOT), r.value2()));
        Set<String> creditors = new HashSet<>(dsl.select(CREDITOR.CODE).from(CREDITOR).fetch(CREDITOR.CODE));
        return new PlacementRules(teams, creditors, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    void chunkSize(int rows) {
        this.chunkSize = rows;
    }

    void failAfterRows(long rows) {
        this.failAfterRows = rows;
    }

    /**
     * Rows read for one transaction: the valid placements, how many rows were read and rejected, and what the
     * database held for them when the chunk was read.
     */
    private static final class Chunk {
        final List<Placement> placements;
        /** The placements without later rows of an account already in the chunk (those count as already imported). */
        List<Placement> unique = List.of();
        PlacementBulkWriter.Known known;
        long processed;
        long rejected;

        Chunk(int capacity) {
            placements = new ArrayList<>(capacity);
        }

        /** Once the chunk is complete, on the reading thread: its unique rows and what the database holds of them. */
        void lookUp(PlacementWriteSession session) throws java.sql.SQLException {
            unique = PlacementStageWriter.firstOfEachAccount(placements);
            known = session.lookUp(unique);
        }
    }

    /**
     * Overlaps reading and writing: while the writer thread commits one chunk, the caller reads the next. At
     * most one chunk waits, and chunks commit in file order, so "processed rows" stays a clean resume point.
     */
    private static final class ChunkPipeline {
        private final ExecutorService writer;
        private final java.util.function.Consumer<Chunk> write;
        private Future<?> pending;

        ChunkPipeline(ExecutorService writer, java.util.function.Consumer<Chunk> write) {
            this.writer = writer;
            this.write = write;
        }

        void submit(Chunk chunk) throws Exception {
            finish();
            pending = writer.submit(() -> write.accept(chunk));
        }

        /** Waits for the chunk being written; rethrows what stopped it. */
        void finish() throws Exception {
            if (pending == null) {
                return;
            }
            try {
                pending.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            } finally {
                pending = null;
            }
        }

        /** After a failure: lets a chunk still being written end (commit or roll back) before the batch is marked. */
        void abandon() {
            try {
                finish();
            } catch (Exception ignored) {
                // the first failure is the one reported
            }
        }
    }

    /** Running counts of an import (including what a resumed batch had done before); written by the writer. */
    private static final class Counter {
        volatile long processed;
        volatile long created;
        volatile long skipped;
        volatile long rejected;

        Counter(ImportBatches.Start start) {
            processed = start.processed();
            created = start.created();
            skipped = start.skipped();
            rejected = start.rejected();
        }

        void chunkDone(Chunk chunk, int createdInChunk) {
            processed += chunk.processed;
            created += createdInChunk;
            skipped += chunk.placements.size() - createdInChunk;
            rejected += chunk.rejected;
        }
    }

    /** Counts valid rows whose account is already in Settle, a few thousand references per query. */
    private final class ExistingAccounts {
        private final Map<String, List<String>> refsByCreditor = new HashMap<>();
        private int pending;

        void add(Placement placement) {
            refsByCreditor.computeIfAbsent(placement.creditorCode(), code -> new ArrayList<>())
                    .add(placement.accountRef());
            pending++;
        }

        int pending() {
            return pending;
        }

        long countAndClear() {
            long found = 0;
            for (Map.Entry<String, List<String>> entry : refsByCreditor.entrySet()) {
                found += dsl.fetchCount(dsl.select(ACCOUNT.ID).from(ACCOUNT).join(CREDITOR)
                        .on(CREDITOR.ID.eq(ACCOUNT.CREDITOR_ID))
                        .where(CREDITOR.CODE.eq(entry.getKey()), ACCOUNT.EXTERNAL_REF.in(entry.getValue())));
            }
            refsByCreditor.clear();
            pending = 0;
            return found;
        }
    }
}
