package app.settle.portal.imports;

import static app.settle.api.db.Tables.IMPORT_BATCH;

import app.settle.api.AuditEntry;
import app.settle.api.db.tables.records.ImportBatchRecord;
import app.settle.portal.audit.AuditTrail;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code import_batch} rows: one per import of a file, IMPORTING while it runs, then COMPLETED or FAILED,
 * with its counts. An unfinished batch (IMPORTING after a crash, or FAILED) of the same kind and file (SHA-256)
 * is resumed by the next import of that file instead of starting a new one. Each start, resume, completion and
 * failure writes an audit row with the counts and who did it.
 */
@Component
class ImportBatches {

    static final String AUDIT_ENTITY = "import_batch";

    private final DSLContext dsl;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ImportBatches(DSLContext dsl, AuditTrail audit, Clock clock, PlatformTransactionManager transactionManager) {
        this.dsl = dsl;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Where an import starts: a new batch, or an unfinished one of the same file with what it has done. */
    record Start(long batchId, boolean resumed, long processed, long created, long skipped, long rejected,
                 long suspense) {
    }

    /**
     * Starts or resumes the batch of a file in a transaction of its own. Two imports starting at the same moment
     * can deadlock on the batch table (the loser's transaction is rolled back whole); the start is tried up to
     * three times.
     */
    Start startOrResume(ImportKind kind, String fileName, String sha256, ValidationReport report,
                        BigDecimal controlTotal, String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status ->
                        startOrResumeOnce(kind, fileName, sha256, report, controlTotal, actor));
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private Start startOrResumeOnce(ImportKind kind, String fileName, String sha256, ValidationReport report,
                                    BigDecimal controlTotal, String actor) {
        ImportBatchRecord unfinished = dsl.selectFrom(IMPORT_BATCH)
                .where(IMPORT_BATCH.KIND.eq(kind.name()), IMPORT_BATCH.FILE_SHA256.eq(sha256),
                        IMPORT_BATCH.STATUS.in("IMPORTING", "FAILED"))
                .orderBy(IMPORT_BATCH.ID.desc()).limit(1).forUpdate().fetchOne();
        if (unfinished != null) {
            dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.STATUS, "IMPORTING").setNull(IMPORT_BATCH.FAILURE_REASON)
                    .where(IMPORT_BATCH.ID.eq(unfinished.getId())).execute();
            audit.record(actor, "host", new AuditEntry("IMPORT_RESUMED", AUDIT_ENTITY, unfinished.getId().toString(),
                    counts(unfinished), "{\"file\":" + json(fileName) + ",\"status\":\"IMPORTING\"}"));
            return new Start(unfinished.getId(), true, unfinished.getProcessedRows(), unfinished.getImportedRows(),
                    unfinished.getSkippedRows(), unfinished.getRejectedRows(), unfinished.getSuspenseRows());
        }
        long id = dsl.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.KIND, kind.name())
                .set(IMPORT_BATCH.FILE_NAME, cut(fileName, 255))
                .set(IMPORT_BATCH.FILE_SHA256, sha256)
                .set(IMPORT_BATCH.STATUS, "IMPORTING")
                .set(IMPORT_BATCH.TOTAL_ROWS, (int) report.totalRows())
                .set(IMPORT_BATCH.VALID_ROWS, (int) report.validRows())
                .set(IMPORT_BATCH.CONTROL_TOTAL, controlTotal)
                .set(IMPORT_BATCH.CREATED_BY, cut(actor, 64))
                .set(IMPORT_BATCH.CREATED_AT, now())
                .returning(IMPORT_BATCH.ID).fetchOne(IMPORT_BATCH.ID);
        audit.record(actor, "host", new AuditEntry("IMPORT_STARTED", AUDIT_ENTITY, Long.toString(id), null,
                "{\"kind\":\"" + kind + "\",\"file\":" + json(fileName) + ",\"sha256\":\"" + sha256
                        + "\",\"totalRows\":" + report.totalRows() + ",\"validRows\":" + report.validRows()
                        + ",\"invalidRows\":" + report.invalidRows() + ",\"alreadyImported\":"
                        + report.alreadyImported() + "}"));
        return new Start(id, false, 0, 0, 0, 0, 0);
    }

    /** Adds a committed chunk's counts; runs on the chunk's transaction so counts and rows commit together. */
    void progress(long batchId, long processed, long created, long skipped, long rejected, long suspense) {
        progress(dsl, batchId, processed, created, skipped, rejected, suspense);
    }

    /** The same, on a transaction the caller holds outside Spring's (the placement writer's own connection). */
    void progress(DSLContext transaction, long batchId, long processed, long created, long skipped, long rejected,
                  long suspense) {
        transaction.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.PROCESSED_ROWS, IMPORT_BATCH.PROCESSED_ROWS.plus((int) processed))
                .set(IMPORT_BATCH.IMPORTED_ROWS, IMPORT_BATCH.IMPORTED_ROWS.plus((int) created))
                .set(IMPORT_BATCH.SKIPPED_ROWS, IMPORT_BATCH.SKIPPED_ROWS.plus((int) skipped))
                .set(IMPORT_BATCH.REJECTED_ROWS, IMPORT_BATCH.REJECTED_ROWS.plus((int) rejected))
                .set(IMPORT_BATCH.SUSPENSE_ROWS, IMPORT_BATCH.SUSPENSE_ROWS.plus((int) suspense))
                .where(IMPORT_BATCH.ID.eq(batchId)).execute();
    }

    @Transactional
    ImportBatchRecord complete(long batchId, String actor) {
        dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.STATUS, "COMPLETED").set(IMPORT_BATCH.COMPLETED_AT, now())
                .where(IMPORT_BATCH.ID.eq(batchId)).execute();
        ImportBatchRecord batch = dsl.fetchSingle(IMPORT_BATCH, IMPORT_BATCH.ID.eq(batchId));
        audit.record(actor, "host", new AuditEntry("IMPORT_COMPLETED", AUDIT_ENTITY, Long.toString(batchId), null,
                counts(batch)));
        return batch;
    }

    @Transactional
    void fail(long batchId, String reason, String actor) {
        dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.STATUS, "FAILED").set(IMPORT_BATCH.FAILURE_REASON, cut(reason, 500))
                .where(IMPORT_BATCH.ID.eq(batchId)).execute();
        ImportBatchRecord batch = dsl.fetchSingle(IMPORT_BATCH, IMPORT_BATCH.ID.eq(batchId));
        audit.record(actor, "host", new AuditEntry("IMPORT_FAILED", AUDIT_ENTITY, Long.toString(batchId), null,
                counts(batch).replaceFirst("}$", ",\"reason\":" + json(reason) + "}")));
    }

    /** The newest batches, newest first. */
    List<ImportBatchSummary> recent(int limit) {
        return dsl.selectFrom(IMPORT_BATCH).orderBy(IMPORT_BATCH.ID.desc()).limit(limit)
                .fetch(ImportBatches::summary);
    }

    ImportBatchSummary find(long batchId) {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batchId)).fetchOptional(ImportBatches::summary)
                .orElseThrow();
    }

    private static ImportBatchSummary summary(ImportBatchRecord r) {
        return new ImportBatchSummary(r.getId(), ImportKind.valueOf(r.getKind()), r.getFileName(), r.getStatus(),
                r.getTotalRows(), r.getValidRows(), r.getProcessedRows(), r.getImportedRows(), r.getSuspenseRows(),
                r.getSkippedRows(), r.getRejectedRows(), r.getControlTotal(), r.getCreatedBy(),
                r.getCreatedAt().toInstant(ZoneOffset.UTC),
                r.getCompletedAt() == null ? null : r.getCompletedAt().toInstant(ZoneOffset.UTC), r.getFailureReason());
    }

    private static String counts(ImportBatchRecord batch) {
        return "{\"status\":\"" + batch.getStatus() + "\",\"totalRows\":" + batch.getTotalRows() + ",\"processedRows\":"
                + batch.getProcessedRows() + ",\"created\":" + batch.getImportedRows() + ",\"suspense\":"
                + batch.getSuspenseRows() + ",\"alreadyImported\":" + batch.getSkippedRows() + ",\"rejected\":"
                + batch.getRejectedRows() + "}";
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    LocalDateTime utcNow() {
        return now();
    }

    static String json(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
