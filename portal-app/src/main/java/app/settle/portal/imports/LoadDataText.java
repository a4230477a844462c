package app.settle.portal.imports;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Rows in the text form {@code LOAD DATA} reads with {@link #FORMAT}, built in memory as UTF-8: a tab between
 * fields, a newline after each row, {@code \N} for SQL NULL, and backslash escapes for the characters that would
 * otherwise end a field or a row (backslash, tab, newline, carriage return, NUL). An empty string stays an empty
 * string; quotes and every other character (any Unicode, including characters outside the BMP) are written as
 * they are. Not thread-safe; one instance per file being built.
 */
final class LoadDataText {

    /** The clause that tells the server how to read this text; put it after {@code INTO TABLE t}. */
    static final String FORMAT = "CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
            + " LINES TERMINATED BY '\\n'";

    /** Writes row {@code row} of a table into {@code out}, ending it with {@link #endRow()}. */
    @FunctionalInterface
    interface RowEncoder {
        void encode(int row, LoadDataText out);
    }

    private byte[] bytes;
    private int size;
    private int rows;
    private boolean rowStarted;

    LoadDataText(int expectedBytes) {
        bytes = new byte[Math.max(expectedBytes, 64)];
    }

    /** A text field, or NULL when {@code value} is null. */
    LoadDataText text(String value) {
        separate();
        if (value == null) {
            return writeNull();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escape('\\');
                    case '\t' -> escape('t');
                    case '\n' -> escape('n');
                    case '\r' -> escape('r');
                    case '\0' -> escape('0');
                    default -> put((byte) c);
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                utf8(Character.toCodePoint(c, value.charAt(++i)));
            } else {
                utf8(Character.isSurrogate(c) ? 0xFFFD : c);
            }
        }
        return this;
    }

    /** A whole number. */
    LoadDataText number(long value) {
        separate();
        ascii(Long.toString(value));
        return this;
    }

    /** A decimal in plain notation (no exponent), or NULL. */
    LoadDataText decimal(BigDecimal value) {
        separate();
        return value == null ? writeNull() : ascii(value.toPlainString());
    }

    /** A date as YYYY-MM-DD, or NULL. */
    LoadDataText date(LocalDate value) {
        separate();
        return value == null ? writeNull() : ascii(value.toString());
    }

    /** A field already in this format (written by {@link #text} and friends into another instance's bytes). */
    LoadDataText encoded(byte[] field) {
        separate();
        ensure(field.length);
        System.arraycopy(field, 0, bytes, size, field.length);
        size += field.length;
        return this;
    }

    /** Ends the current row. */
    LoadDataText endRow() {
        put((byte) '\n');
        rows++;
        rowStarted = false;
        return this;
    }

    int rows() {
        return rows;
    }

    int size() {
        return size;
    }

    /** The bytes written so far, as a stream for {@code setLocalInfileInputStream}. */
    InputStream stream() {
        return new ByteArrayInputStream(bytes, 0, size);
    }

    /**
     * A stream of {@code rows} rows encoded on demand, some tens of kilobytes at a time: handed to
     * {@code setLocalInfileInputStream}, the text is built while the server is already inserting the rows before.
     */
    static InputStream lazily(int rows, RowEncoder encoder) {
        return new LazyRows(rows, encoder);
    }

    /** The bytes written so far (a copy). */
    byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }

    /** One field on its own, encoded: for values repeated on many rows (encode once, copy with {@link #encoded}). */
    static byte[] field(String value) {
        LoadDataText text = new LoadDataText(value == null ? 2 : value.length() + 8);
        text.text(value);
        return text.toBytes();
    }

    private void clear() {
        size = 0;
        rows = 0;
        rowStarted = false;
    }

    private void separate() {
        if (rowStarted) {
            put((byte) '\t');
        }
        rowStarted = true;
    }

    private LoadDataText writeNull() {
        put((byte) '\\');
        put((byte) 'N');
        return this;
    }

    private LoadDataText ascii(String value) {
        ensure(value.length());
        for (int i = 0; i < value.length(); i++) {
            bytes[size++] = (byte) value.charAt(i);
        }
        return this;
    }

    private void escape(char c) {
        put((byte) '\\');
        put((byte) c);
    }

    private void utf8(int codePoint) {
        ensure(4);
        if (codePoint < 0x800) {
            bytes[size++] = (byte) (0xC0 | codePoint >> 6);
        } else if (codePoint < 0x10000) {
            bytes[size++] = (byte) (0xE0 | codePoint >> 12);
            bytes[size++] = (byte) (0x80 | (codePoint >> 6 & 0x3F));
        } else {
            bytes[size++] = (byte) (0xF0 | codePoint >> 18);
            bytes[size++] = (byte) (0x80 | (codePoint >> 12 & 0x3F));
            bytes[size++] = (byte) (0x80 | (codePoint >> 6 & 0x3F));
        }
        bytes[size++] = (byte) (0x80 | (codePoint & 0x3F));
    }

    private void put(byte b) {
        if (size == bytes.length) {
            ensure(1);
        }
        bytes[size++] = b;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** Rows encoded when the reader needs them. */
    private static final class LazyRows extends InputStream {
        private static final int BATCH_BYTES = 1 << 16;

        private final int rows;
        private final RowEncoder encoder;
        private final LoadDataText text = new LoadDataText(BATCH_BYTES + 4096);
        private int next;
        private int position;

        LazyRows(int rows, RowEncoder encoder) {
            this.rows = rows;
            this.encoder = encoder;
        }

        @Override
        public int read() {
            return fill() ? text.bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, text.size - position);
            System.arraycopy(text.bytes, position, into, offset, n);
            position += n;
            return n;
        }

        /** True when unread bytes are ready, encoding the next rows if needed. */
        private boolean fill() {
            if (position < text.size) {
                return true;
            }
            if (next >= rows) {
                return false;
            }
            text.clear();
            position = 0;
            while (next < rows && text.size < BATCH_BYTES) {
                encoder.encode(next++, text);
            }
            return true;
        }
    }
}
