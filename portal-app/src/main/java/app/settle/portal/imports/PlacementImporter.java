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
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports placement files: CSV rows of new accounts with their debtors (format in {@link PlacementRules}).
 *
 * <p>Two passes over the file. {@link #validate} reads it once and writes nothing: it reports every bad row
 * (line, column, reason), the counts, and how many accounts are already in Settle. {@link #importValidated}
 * reads it again and writes the valid rows in chunks of {@link #chunkSize} rows, each chunk one transaction
 * that also advances the batch's counts. If the import stops half way (crash, lost connection), importing the
 * same file again continues after the last committed chunk; since rows are matched on the creditor's
 * references, nothing is ever created twice. Accounts that already exist are skipped, not updated.
 */
@Service
public class PlacementImporter {

    static final int DEFAULT_CHUNK = 10_000;
    private static final int LOOKUP_CHUNK = 2_000;

    private final DSLContext dsl;
    private final ImportBatches batches;
    private final ImportRunGuard guard;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ImportFile format = new ImportFile(PlacementRules.REQUIRED_COLUMNS, PlacementRules.COLUMNS, false);

    private int chunkSize = DEFAULT_CHUNK;
    /** Test hook: after this many processed rows are committed, the import throws as if the server died. */
    private long failAfterRows = -1;

    PlacementImporter(DSLContext dsl, ImportBatches batches, ImportRunGuard guard,
                      PlatformTransactionManager transactionManager, Clock clock) {
        this.dsl = dsl;
        this.batches = batches;
        this.guard = guard;
        this.transactions = new TransactionTemplate(transactionManager);
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
            try {
                Counter counter = new Counter(start);
                PlacementRules rules = rules();
                List<Placement> chunk = new ArrayList<>(chunkSize);
                format.scan(file, start.processed(), progress, row -> {
                    Placement placement = rules.check(row);
                    if (placement == null) {
                        counter.rejectedInChunk++;
                    } else {
                        chunk.add(placement);
                    }
                    if (++counter.processedInChunk >= chunkSize) {
                        commit(start.batchId(), fileName, actor, chunk, counter);
                    }
                });
                commit(start.batchId(), fileName, actor, chunk, counter);
                batches.complete(start.batchId(), actor);
                return new ImportResult(start.batchId(), ImportKind.PLACEMENT, start.resumed(), counter.created, 0,
                        counter.skipped, counter.rejected);
            } catch (Exception e) {
                batches.fail(start.batchId(), ImportFailedException.reasonOf(e), actor);
                throw new ImportFailedException("The import stopped: " + ImportFailedException.reasonOf(e)
                        + ". Nothing after the last saved chunk was written; import the same file again to continue.",
                        e);
            }
        });
    }

    private void commit(long batchId, String fileName, String actor, List<Placement> chunk, Counter counter) {
        if (counter.processedInChunk == 0) {
            return;
        }
        long processedInChunk = counter.processedInChunk;
        long rejectedInChunk = counter.rejectedInChunk;
        int created = transactions.execute(status -> {
            int n = dsl.connectionResult(connection ->
                    PlacementWriter.write(connection, chunk, fileName, actor, batches.utcNow()));
            batches.progress(batchId, processedInChunk, n, chunk.size() - n, rejectedInChunk, 0);
            return n;
        });
        counter.chunkDone(created, chunk.size());
        chunk.clear();
        if (failAfterRows >= 0 && counter.processed >= failAfterRows) {
            throw new IllegalStateException("injected failure after " + counter.processed + " rows");
        }
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

    /** Running counts of an import (including what a resumed batch had done before). */
    private static final class Counter {
        long processed;
        long created;
        long skipped;
        long rejected;
        long processedInChunk;
        long rejectedInChunk;

        Counter(ImportBatches.Start start) {
            processed = start.processed();
            created = start.created();
            skipped = start.skipped();
            rejected = start.rejected();
        }

        void chunkDone(int createdInChunk, int validInChunk) {
            processed += processedInChunk;
            created += createdInChunk;
            skipped += validInChunk - createdInChunk;
            rejected += rejectedInChunk;
            processedInChunk = 0;
            rejectedInChunk = 0;
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
