package app.settle.portal.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects the counts and problems of a validation pass; keeps the first {@link ValidationReport#MAX_ERRORS}. */
final class ReportBuilder {

    private final ImportKind kind;
    private final String fileName;
    private final List<RowError> errors = new ArrayList<>();
    private long errorCount;
    private long valid;
    private long invalid;
    private long alreadyImported;
    private BigDecimal amountTotal;

    ReportBuilder(ImportKind kind, String fileName) {
        this.kind = kind;
        this.fileName = fileName;
    }

    void invalid(List<RowError> problems) {
        invalid++;
        for (RowError problem : problems) {
            errorCount++;
            if (errors.size() < ValidationReport.MAX_ERRORS) {
                errors.add(problem);
            }
        }
    }

    void valid() {
        valid++;
    }

    void alreadyImported(long rows) {
        alreadyImported += rows;
    }

    void amount(BigDecimal amount) {
        amountTotal = amountTotal == null ? amount : amountTotal.add(amount);
    }

    /** Adds a problem of the file as a whole that still lets its valid rows be imported (e.g. a control total). */
    void fileProblem(String column, String reason) {
        errors.addFirst(new RowError(0, column, reason));
        errorCount++;
    }

    ValidationReport build(ImportFile.Scan scan, BigDecimal controlTotal) {
        return new ValidationReport(kind, fileName, scan.sha256(), null, scan.warnings(), scan.rows(), valid, invalid,
                alreadyImported, List.copyOf(errors), errorCount, amountTotal, controlTotal);
    }

    ValidationReport fileError(String message) {
        return new ValidationReport(kind, fileName, null, message, List.of(), 0, 0, 0, 0, List.of(), 0, null, null);
    }
}
