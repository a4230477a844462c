package app.settle.portal.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted (quotes doubled), records end with CRLF.
 *
 * <p>{@link #forSpreadsheets} also neutralises spreadsheet formula injection (OWASP "CSV Injection"): a cell
 * starting with {@code = + - @}, TAB or CR gets a leading apostrophe, so Excel, LibreOffice and Google
 * Sheets show it as text instead of running it. Use it for every file a person opens (error reports,
 * exports). {@link #plain} writes values unchanged, for machine-read data files (e.g. import files with
 * negative amounts). The caller owns the charset of the {@link Writer} (Settle writes UTF-8).
 */
public final class CsvWriter implements Closeable, Flushable {

    private final Writer out;
    private final boolean neutraliseFormulas;

    private CsvWriter(Writer out, boolean neutraliseFormulas) {
        this.out = out;
        this.neutraliseFormulas = neutraliseFormulas;
    }

    /** A writer for files people open in a spreadsheet: formula-like cells are made inert. */
    public static CsvWriter forSpreadsheets(Writer out) {
        return new CsvWriter(out, true);
    }

    /** A writer that keeps every value as given (only CSV quoting applies). */
    public static CsvWriter plain(Writer out) {
        return new CsvWriter(out, false);
    }

    public void writeRow(String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            writeCell(cells[i]);
        }
        out.write("\r\n");
    }

    public void writeRow(List<String> cells) throws IOException {
        writeRow(cells.toArray(String[]::new));
    }

    private void writeCell(String value) throws IOException {
        String cell = value == null ? "" : value;
        if (neutraliseFormulas && startsLikeAFormula(cell)) {
            cell = "'" + cell;
        }
        if (needsQuotes(cell)) {
            out.write('"');
            out.write(cell.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(cell);
        }
    }

    /** True if a spreadsheet could take the cell for a formula (OWASP's list of leading characters). */
    public static boolean startsLikeAFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
