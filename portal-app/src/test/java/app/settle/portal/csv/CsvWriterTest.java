package app.settle.portal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void neutralisesEveryFormulaTriggerForSpreadsheets() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = CsvWriter.forSpreadsheets(out)) {
            writer.writeRow("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "plain", "");
        }
        assertThat(out.toString()).isEqualTo(
                "\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),'\tx,\"'\rx\",plain,\r\n");
    }

    @Test
    void plainWritesValuesUnchangedButQuoted() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = CsvWriter.plain(out)) {
            writer.writeRow("-12.50", "a,b", "say \"x\"", "two\nlines", null);
        }
        assertThat(out.toString()).isEqualTo("-12.50,\"a,b\",\"say \"\"x\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void whatItWritesReadsBackTheSame() throws IOException {
        StringWriter out = new StringWriter();
        String[] row = {"a,\"b\"", "line1\r\nline2", "", "ünï"};
        try (CsvWriter writer = CsvWriter.plain(out)) {
            writer.writeRow(row);
        }
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(
                out.toString().getBytes(StandardCharsets.UTF_8)))) {
            assertThat(reader.next()).containsExactly(row);
            assertThat(reader.next()).isNull();
        }
    }
}
