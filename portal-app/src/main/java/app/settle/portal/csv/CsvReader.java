package app.settle.portal.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 CSV from bytes that must be UTF-8: one record at a time, never the whole file in memory.
 *
 * <p>What it accepts: a UTF-8 byte-order mark at the start (skipped), comma-separated fields, fields in
 * double quotes (which may hold commas, line breaks and doubled quotes), CRLF or LF line ends, blank lines
 * (skipped). What it refuses, with a {@link CsvFormatException} naming the line: bytes that are not UTF-8,
 * a record longer than the limit (so a 2 GB single line stops after the limit, it is never loaded), a quote
 * inside an unquoted field, text after a closing quote, and a quoted field still open at the end of the file.
 *
 * <p>Line numbers are physical lines of the file, starting at 1, as a text editor or spreadsheet shows them.
 * Not thread-safe; close it to close the stream.
 */
public final class CsvReader implements Closeable {

    /** The default longest record, in characters. */
    public static final int DEFAULT_MAX_RECORD = 65_536;

    private static final int EOF = -1;

    private final InputStream in;
    private final int maxRecord;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long bytesRead;
    private boolean started;

    /** The line the reader is on (1-based), counting the line breaks consumed so far. */
    private long line = 1;
    /** The line the last record returned started on. */
    private long recordLine;
    /** Characters decoded ahead (the low half of a surrogate pair, a look-ahead), last in first out. */
    private final int[] pending = new int[2];
    private int pendingCount;

    private final StringBuilder field = new StringBuilder();
    private int recordLength;

    public CsvReader(InputStream in) {
        this(in, DEFAULT_MAX_RECORD);
    }

    public CsvReader(InputStream in, int maxRecordCharacters) {
        this.in = in;
        this.maxRecord = maxRecordCharacters;
    }

    /** The next record's fields, or null at the end of the file. */
    public String[] next() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        int c = read();
        while (c == '\n' || c == '\r') {
            c = skipLineBreak(c);
        }
        if (c == EOF) {
            return null;
        }
        recordLine = line;
        recordLength = 0;
        List<String> fields = new ArrayList<>(32);
        while (true) {
            field.setLength(0);
            int after = c == '"' ? quotedField() : unquotedField(c);
            fields.add(field.toString());
            if (after == ',') {
                c = read();
                count();
                continue;
            }
            endLine(after);
            return fields.toArray(String[]::new);
        }
    }

    /** The line the record last returned by {@link #next()} starts on. */
    public long recordLine() {
        return recordLine;
    }

    /** Bytes consumed from the stream so far (for progress). */
    public long bytesRead() {
        return bytesRead - (limit - position);
    }

    /** Reads an unquoted field starting with {@code c}; returns the delimiter that ended it (or EOF). */
    private int unquotedField(int c) throws IOException {
        while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
            if (c == '"') {
                throw new CsvFormatException(line, "Line " + line
                        + " has a quote (\") inside a field that does not start with one; quote the whole field"
                        + " and double the quotes inside it");
            }
            field.append((char) c);
            count();
            c = read();
        }
        return c;
    }

    /** Reads a quoted field (the opening quote is consumed); returns the delimiter after the closing quote. */
    private int quotedField() throws IOException {
        long opened = line;
        count();
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new CsvFormatException(opened, "A quoted field opened on line " + opened + " is never closed");
            }
            if (c == '"') {
                int next = read();
                if (next == '"') {
                    field.append('"');
                    count();
                    continue;
                }
                if (next == ',' || next == '\n' || next == '\r' || next == EOF) {
                    return next;
                }
                throw new CsvFormatException(line, "Line " + line
                        + " has text after the closing quote of a field; a quote inside a quoted field is written"
                        + " as two quotes (\"\")");
            }
            if (c == '\n') {
                line++;
            } else if (c == '\r') {
                int next = read();
                if (next == '\n') {
                    field.append('\r');
                    count();
                    c = next;
                } else {
                    unread(next);
                }
                line++;
            }
            field.append((char) c);
            count();
        }
    }

    private void count() throws CsvFormatException {
        if (++recordLength > maxRecord) {
            throw new CsvFormatException(recordLine, String.format("Line %d is longer than %,d characters",
                    recordLine, maxRecord));
        }
    }

    /** Consumes a line break starting with {@code c}; returns the character after it. */
    private int skipLineBreak(int c) throws IOException {
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                line++;
                return next;
            }
        }
        line++;
        return read();
    }

    /** Consumes the rest of a line break that started with {@code c} (CR, LF or CRLF); EOF is left alone. */
    private void endLine(int c) throws IOException {
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                unread(next);
            }
        }
        if (c != EOF) {
            line++;
        }
    }

    private void unread(int c) {
        pending[pendingCount++] = c;
    }

    private void skipByteOrderMark() throws IOException {
        if (fill() && limit - position >= 3 && (buffer[position] & 0xFF) == 0xEF
                && (buffer[position + 1] & 0xFF) == 0xBB && (buffer[position + 2] & 0xFF) == 0xBF) {
            position += 3;
        }
    }

    /** The next UTF-16 char, decoding UTF-8 strictly (no overlong forms, no surrogates, at most U+10FFFF). */
    private int read() throws IOException {
        if (pendingCount > 0) {
            return pending[--pendingCount];
        }
        int b = nextByte();
        if (b < 0x80) {
            return b;
        }
        int codePoint;
        int continuation;
        int min;
        if (b >= 0xC2 && b <= 0xDF) {
            codePoint = b & 0x1F;
            continuation = 1;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            codePoint = b & 0x0F;
            continuation = 2;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            codePoint = b & 0x07;
            continuation = 3;
            min = 0x10000;
        } else {
            throw notUtf8();
        }
        for (int i = 0; i < continuation; i++) {
            int next = nextByte();
            if (next == EOF || (next & 0xC0) != 0x80) {
                throw notUtf8();
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            throw notUtf8();
        }
        if (codePoint >= 0x10000) {
            unread(Character.lowSurrogate(codePoint));
            return Character.highSurrogate(codePoint);
        }
        return codePoint;
    }

    private CsvFormatException notUtf8() {
        return new CsvFormatException(line, "The file is not UTF-8 text (first bad byte at line " + line
                + "); save it as CSV UTF-8 and try again");
    }

    private int nextByte() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position++] & 0xFF;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            position = 0;
            limit = 0;
            return false;
        }
        bytesRead += n;
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
