package app.settle.portal.imports;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the validation pass found in a file, before anything is written.
 *
 * @param kind            placement or payment file
 * @param fileName        the name the file was uploaded with
 * @param sha256          the file's SHA-256 (hex): the same file imported again continues or repeats the same batch
 * @param fileError       why the file as a whole cannot be imported (not UTF-8, missing columns, quote left open,
 *                        a line over the limit…), or null; when set, nothing may be imported
 * @param warnings        things the administrator should know that do not stop the import (ignored columns)
 * @param totalRows       data rows read (header and trailer not counted)
 * @param validRows       rows that pass every check (including those already imported)
 * @param invalidRows     rows with at least one problem
 * @param alreadyImported valid rows whose account (placement) or payment reference is already in Settle
 * @param errors          the problems found, in file order, at most {@link #MAX_ERRORS}
 * @param errorCount      all problems found (may exceed the list)
 * @param amountTotal     payment files: the sum of the valid rows' amounts; null for placements
 * @param controlTotal    payment files: the control total of the trailer row, if any
 */
public record ValidationReport(ImportKind kind, String fileName, String sha256, String fileError,
                               List<String> warnings, long totalRows, long validRows, long invalidRows,
                               long alreadyImported, List<RowError> errors, long errorCount,
                               BigDecimal amountTotal, BigDecimal controlTotal) {

    /** How many problems a report keeps; it goes on counting beyond. */
    public static final int MAX_ERRORS = 10_000;

    /** True when there is something to import: the file is readable and has new valid rows. */
    public boolean canImport() {
        return fileError == null && validRows - alreadyImported > 0;
    }

    /** Valid rows not yet in Settle. */
    public long newRows() {
        return validRows - alreadyImported;
    }

    /** True when the error list holds fewer problems than were found. */
    public boolean errorsTruncated() {
        return errorCount > errors.size();
    }
}
