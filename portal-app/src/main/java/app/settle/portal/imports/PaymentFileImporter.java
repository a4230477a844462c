package app.settle.portal.imports;

import static app.settle.api.db.Tables.PAYMENT;

import app.settle.portal.csv.CsvFormatException;
import app.settle.portal.payments.IncomingPayment;
import app.settle.portal.payments.PaymentPosting;
import app.settle.portal.payments.PostingResult;
import app.settle.portal.payments.Reconciliation;
import app.settle.portal.payments.ReconciliationReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports payment files (format in {@link PaymentRules}, optional trailer {@code TRAILER,<control total>,<row
 * count>}): a validation pass that writes nothing, then each valid row is handed to {@link PaymentPosting#post}
 * with the batch id. Posting is idempotent by the payment's reference, so a re-import posts nothing twice.
 *
 * <p>Rows are posted in chunks of {@link #CHUNK} rows, each chunk one transaction together with the batch's
 * progress (posting runs as a savepoint inside it): an import stopped half way has either posted a whole chunk
 * and counted it, or nothing of it, and importing the same file again continues after the last chunk.
 */
@Service
public class PaymentFileImporter {

    static final int CHUNK = 500;
    private static final int LOOKUP_CHUNK = 2_000;

    private final DSLContext dsl;
    private final ImportBatches batches;
    private final ImportRunGuard guard;
    private final PaymentPosting posting;
    private final Reconciliation reconciliation;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ImportFile format = new ImportFile(PaymentRules.REQUIRED_COLUMNS, PaymentRules.COLUMNS, true);

    private int chunkSize = CHUNK;
    /** Test hook: after this many processed rows are committed, the import throws as if the server died. */
    private long failAfterRows = -1;

    PaymentFileImporter(DSLContext dsl, ImportBatches batches, ImportRunGuard guard, PaymentPosting posting,
                        Reconciliation reconciliation, PlatformTransactionManager transactionManager, Clock clock) {
        this.dsl = dsl;
        this.batches = batches;
        this.guard = guard;
        this.posting = posting;
        this.reconciliation = reconciliation;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Reads the whole file and reports what an import would do; writes nothing. The report's
     * {@code controlTotal} is the trailer's; a trailer whose row count or total disagrees with the file gives a
     * warning (the import is still allowed: the reconciliation then shows the difference).
     */
    public ValidationReport validate(Path file, String fileName, ImportProgress progress) {
        ReportBuilder report = new ReportBuilder(ImportKind.PAYMENT, fileName);
        PaymentRules rules = rules();
        List<String> refs = new ArrayList<>();
        try {
            ImportFile.Scan scan = format.scan(file, 0, progress, row -> {
                IncomingPayment payment = rules.check(row);
                if (payment == null) {
                    report.invalid(row.problems());
                } else {
                    report.valid();
                    report.amount(payment.amount());
                    refs.add(payment.externalRef());
                    if (refs.size() >= LOOKUP_CHUNK) {
                        report.alreadyImported(existing(refs));
                    }
                }
            });
            report.alreadyImported(existing(refs));
            ValidationReport built = report.build(scan, scan.trailer() == null ? null : scan.trailer().controlTotal());
            return withTrailerWarnings(built, scan);
        } catch (CsvFormatException e) {
            return report.fileError(e.getMessage());
        } catch (Exception e) {
            throw new ImportFailedException("The file could not be read: " + e.getMessage(), e);
        }
    }

    /** {@link #importValidated(Path, String, ValidationReport, BigDecimal, String, ImportProgress)} without a
     * control total from the form (the trailer's, if any, applies). */
    public ImportResult importValidated(Path file, String fileName, ValidationReport report, String actor,
                                        ImportProgress progress) {
        return importValidated(file, fileName, report, null, actor, progress);
    }

    /**
     * Posts the valid rows of a validated file as one import batch (kind PAYMENT) and returns the counts;
     * {@link #reconciliation(long)} then gives the batch's reconciliation.
     *
     * @param controlTotal the total typed on the import form; wins over the trailer's; null for none
     * @throws ImportFailedException as for placements: file changed, already running, or stopped half way
     */
    public ImportResult importValidated(Path file, String fileName, ValidationReport report, BigDecimal controlTotal,
                                        String actor, ImportProgress progress) {
        BigDecimal control = controlTotal != null ? controlTotal : report.controlTotal();
        return guard.exclusively(file, report, sha256 -> {
            ImportBatches.Start start = batches.startOrResume(ImportKind.PAYMENT, fileName, sha256, report, control,
                    actor);
            long[] counts = {start.processed(), start.created(), start.suspense(), start.skipped(), start.rejected()};
            try {
                PaymentRules rules = rules();
                List<ImportRow> chunk = new ArrayList<>();
                format.scan(file, start.processed(), progress, row -> {
                    chunk.add(row);
                    if (chunk.size() >= chunkSize) {
                        post(start.batchId(), chunk, rules, actor, counts);
                    }
                });
                post(start.batchId(), chunk, rules, actor, counts);
                batches.complete(start.batchId(), actor);
                return new ImportResult(start.batchId(), ImportKind.PAYMENT, start.resumed(), counts[1], counts[2],
                        counts[3], counts[4]);
            } catch (Exception e) {
                batches.fail(start.batchId(), ImportFailedException.reasonOf(e), actor);
                throw new ImportFailedException("The import stopped: " + ImportFailedException.reasonOf(e)
                        + ". Nothing after the last saved chunk was written; import the same file again to continue.",
                        e);
            }
        });
    }

    /** The reconciliation of a payment batch (matched, suspense, rejected, duplicates, totals). */
    public ReconciliationReport reconciliation(long batchId) {
        return reconciliation.forBatch(batchId);
    }

    /** Posts one chunk and its counts in one transaction; counts = processed, posted, suspense, duplicate, rejected. */
    private void post(long batchId, List<ImportRow> chunk, PaymentRules rules, String actor, long[] counts) {
        if (chunk.isEmpty()) {
            return;
        }
        long[] delta = transactions.execute(status -> {
            long[] d = new long[5];
            for (ImportRow row : chunk) {
                d[0]++;
                IncomingPayment payment = row.hasProblems() ? null : rules.check(row);
                if (payment == null) {
                    d[4]++;
                    continue;
                }
                PostingResult result = posting.post(payment, batchId, actor);
                switch (result.outcome()) {
                    case POSTED -> d[1]++;
                    case SUSPENSE -> d[2]++;
                    case DUPLICATE -> d[3]++;
                    case REJECTED -> d[4]++;
                }
            }
            batches.progress(batchId, d[0], d[1], d[3], d[4], d[2]);
            return d;
        });
        for (int i = 0; i < counts.length; i++) {
            counts[i] += delta[i];
        }
        chunk.clear();
        if (failAfterRows >= 0 && counts[0] >= failAfterRows) {
            throw new IllegalStateException("injected failure after " + counts[0] + " rows");
        }
    }

    private static ValidationReport withTrailerWarnings(ValidationReport report, ImportFile.Scan scan) {
        if (scan.trailer() == null) {
            return report;
        }
        List<String> warnings = new ArrayList<>(report.warnings());
        if (scan.trailer().rowCount() != null && scan.trailer().rowCount() != scan.rows()) {
            warnings.add(String.format("The trailer declares %,d rows but the file has %,d",
                    scan.trailer().rowCount(), scan.rows()));
        }
        BigDecimal total = report.amountTotal() == null ? BigDecimal.ZERO : report.amountTotal();
        if (scan.trailer().controlTotal() != null && scan.trailer().controlTotal().compareTo(total) != 0) {
            warnings.add("The trailer's control total " + scan.trailer().controlTotal().toPlainString()
                    + " differs from the sum of the valid rows, " + total.toPlainString());
        }
        return new ValidationReport(report.kind(), report.fileName(), report.sha256(), report.fileError(),
                List.copyOf(warnings), report.totalRows(), report.validRows(), report.invalidRows(),
                report.alreadyImported(), report.errors(), report.errorCount(), report.amountTotal(),
                report.controlTotal());
    }

    private long existing(List<String> refs) {
        if (refs.isEmpty()) {
            return 0;
        }
        long found = dsl.fetchCount(PAYMENT, PAYMENT.EXTERNAL_REF.in(refs));
        refs.clear();
        return found;
    }

    private PaymentRules rules() {
        return new PaymentRules(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    void chunkSize(int rows) {
        this.chunkSize = rows;
    }

    void failAfterRows(long rows) {
        this.failAfterRows = rows;
    }
}
