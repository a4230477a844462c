package app.settle.portal.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsWithCommasLineBreaksAndDoubledQuotes() throws IOException {
        List<String[]> rows = readAll("name,note\r\n\"Doe, Pat\",\"said \"\"hi\"\"\nthen left\"\r\nx,\r\n");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly("Doe, Pat", "said \"hi\"\nthen left");
        assertThat(rows.get(2)).containsExactly("x", "");
    }

    @Test
    void acceptsLfCrlfAndCrLineEndsAndSkipsBlankLines() throws IOException {
        assertThat(readAll("a,b\n1,2\r\n\r\n3,4\r5,6")).extracting(r -> String.join("|", r))
                .containsExactly("a|b", "1|2", "3|4", "5|6");
    }

    @Test
    void reportsTheLineEachRecordStartsOn() throws IOException {
        try (CsvReader reader = reader("h\n\"two\nlines\"\n\nlast\n")) {
            reader.next();
            assertThat(reader.recordLine()).isEqualTo(1);
            reader.next();
            assertThat(reader.recordLine()).isEqualTo(2);
            assertThat(reader.next()).containsExactly("last");
            assertThat(reader.recordLine()).isEqualTo(5);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void skipsAUtf8ByteOrderMarkAndDecodesMultiByteCharacters() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "creditor_code,name\nX,Zoë 😀 Müller\n".getBytes(UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(all))) {
            assertThat(reader.next()).containsExactly("creditor_code", "name");
            assertThat(reader.next()).containsExactly("X", "Zoë 😀 Müller");
        }
    }

    @Test
    void refusesBytesThatAreNotUtf8AndNamesTheLine() {
        byte[] latin1 = "a,b\nok,ok\nM\u00fcller,x\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> readAll(latin1))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("The file is not UTF-8 text (first bad byte at line 3)");
    }

    @Test
    void refusesOverlongEncodingsAndSurrogates() {
        assertThatThrownBy(() -> readAll(new byte[] {'a', (byte) 0xC0, (byte) 0xAF}))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> readAll(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> readAll(new byte[] {'a', (byte) 0xE2, (byte) 0x82}))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void aQuoteLeftOpenIsReportedWithTheLineItOpenedOn() {
        assertThatThrownBy(() -> readAll("a,b\n1,2\n3,\"never\nclosed,4\n5,6\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("A quoted field opened on line 3 is never closed");
    }

    @Test
    void refusesStrayQuotes() {
        assertThatThrownBy(() -> readAll("a,b\n1,2\"3\n")).isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("Line 2 has a quote");
        assertThatThrownBy(() -> readAll("a,b\n\"1\"x,2\n")).isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("Line 2 has text after the closing quote");
    }

    @Test
    void aHugeSingleLineIsRefusedAfterTheLimitWithoutReadingIt() {
        CountingAs hundredMegabytes = new CountingAs(100L * 1024 * 1024);
        assertThatThrownBy(() -> {
            try (CsvReader reader = new CsvReader(hundredMegabytes)) {
                reader.next();
            }
        }).isInstanceOf(CsvFormatException.class).hasMessage("Line 1 is longer than 65,536 characters");
        assertThat(hundredMegabytes.served).isLessThan(256 * 1024);
    }

    @Test
    void theLimitCountsAQuotedRecordSpanningManyLines() {
        String longQuoted = "h\n\"" + "x\n".repeat(40) + "\"\n";
        assertThatThrownBy(() -> readAll(longQuoted.getBytes(UTF_8), 50))
                .isInstanceOf(CsvFormatException.class).hasMessage("Line 2 is longer than 50 characters");
    }

    private static List<String[]> readAll(String text) throws IOException {
        return readAll(text.getBytes(UTF_8));
    }

    private static List<String[]> readAll(byte[] bytes) throws IOException {
        return readAll(bytes, CsvReader.DEFAULT_MAX_RECORD);
    }

    private static List<String[]> readAll(byte[] bytes, int max) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), max)) {
            for (String[] row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static CsvReader reader(String text) {
        return new CsvReader(new ByteArrayInputStream(text.getBytes(UTF_8)));
    }

    /** A lazily generated stream of 'a' bytes that remembers how much of it was read. */
    private static final class CountingAs extends InputStream {
        private final long size;
        private long served;

        CountingAs(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            served += n;
            return n;
        }
    }
}
