package app.settle.portal.demo;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a CSV file row by row (RFC 4180: comma separated, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, inner quotes doubled), reusing one buffer so that millions of rows cost no
 * garbage to speak of.
 */
final class CsvFileWriter implements Closeable {

    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(512);
    private boolean firstField = true;
    private long rows;

    CsvFileWriter(Path file) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
    }

    /** A text field, quoted if needed; null is written as an empty field. */
    CsvFileWriter field(String value) {
        separate();
        if (value != null) {
            if (needsQuotes(value)) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return this;
    }

    /** An amount of cents as dollars with two decimals, e.g. 123456 as {@code 1234.56}. */
    CsvFileWriter cents(long cents) {
        separate();
        line.append(cents / 100).append('.');
        long rest = cents % 100;
        if (rest < 10) {
            line.append('0');
        }
        line.append(rest);
        return this;
    }

    CsvFileWriter date(java.time.LocalDate date) {
        separate();
        if (date != null) {
            line.append(date);
        }
        return this;
    }

    /** Ends the row (rows after the header are counted). */
    void endRow() throws IOException {
        line.append("\r\n");
        out.append(line);
        line.setLength(0);
        firstField = true;
        rows++;
    }

    /** Rows written, the header included. */
    long rows() {
        return rows;
    }

    void header(String header) throws IOException {
        for (String name : header.split(",")) {
            field(name);
        }
        endRow();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void separate() {
        if (!firstField) {
            line.append(',');
        }
        firstField = false;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
