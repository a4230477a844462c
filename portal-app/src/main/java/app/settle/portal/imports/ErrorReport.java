package app.settle.portal.imports;

import app.settle.portal.csv.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * The validation problems as a CSV file for the administrator (and the creditor who sent the file): line,
 * column, reason. UTF-8 with a byte-order mark so spreadsheets detect the encoding, and written with
 * {@link CsvWriter#forSpreadsheets} because column names come from the uploaded file and could carry formulas.
 */
final class ErrorReport {

    private ErrorReport() {
    }

    static void write(ValidationReport report, OutputStream out) throws IOException {
        OutputStreamWriter text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write('\uFEFF');
        CsvWriter csv = CsvWriter.forSpreadsheets(text);
        csv.writeRow("line", "column", "reason");
        if (report.fileError() != null) {
            csv.writeRow("", "", report.fileError());
        }
        for (RowError error : report.errors()) {
            csv.writeRow(error.line() == 0 ? "" : Long.toString(error.line()), error.column(), error.reason());
        }
        if (report.errorsTruncated()) {
            csv.writeRow("", "", String.format("… and %,d more problems not listed (the report keeps the first %,d)",
                    report.errorCount() - report.errors().size(), ValidationReport.MAX_ERRORS));
        }
        csv.flush();
    }

    /** A file name for the report of {@code fileName}: "placements.csv" gives "placements-errors.csv". */
    static String fileName(String fileName) {
        String base = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
        int dot = base.lastIndexOf('.');
        return (dot > 0 ? base.substring(0, dot) : base).replaceAll("[^A-Za-z0-9._-]", "_") + "-errors.csv";
    }
}
