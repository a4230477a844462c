package app.settle.portal.imports;

import app.settle.portal.csv.CsvWriter;
import app.settle.portal.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds import files for tests: a header and rows of column values, with defaults for what a test leaves out. */
final class TestFiles {

    private final List<String> columns;
    private final List<Map<String, String>> rows = new ArrayList<>();
    private final Map<String, String> defaults;

    private TestFiles(List<String> columns, Map<String, String> defaults) {
        this.columns = columns;
        this.defaults = defaults;
    }

    /** A placement file for creditor {@code creditor} (named on every row), team East Coast Recovery. */
    static TestFiles placements(String creditor) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("creditor_code", creditor);
        defaults.put("creditor_name", "Bank " + creditor);
        defaults.put("debtor_type", "PERSON");
        defaults.put("first_name", "Pat");
        defaults.put("last_name", "Doe");
        defaults.put("state", "NY");
        defaults.put("currency", "USD");
        defaults.put("original_balance", "1500.00");
        defaults.put("current_balance", "1250.50");
        defaults.put("delinquency_date", "2025-03-01");
        defaults.put("team", "East Coast Recovery");
        return new TestFiles(PlacementRules.COLUMNS, defaults);
    }

    static TestFiles payments() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("kind", "PAYMENT");
        defaults.put("currency", "USD");
        defaults.put("paid_on", "2026-01-15");
        defaults.put("method", "ACH");
        return new TestFiles(PaymentRules.COLUMNS, defaults);
    }

    /** Adds a row: alternating column names and values, over the defaults. */
    TestFiles row(String... columnsAndValues) {
        Map<String, String> row = new LinkedHashMap<>(defaults);
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        rows.add(row);
        return this;
    }

    /** The CSV text: header line, then the rows (CRLF). */
    String text() {
        try (java.io.StringWriter out = new java.io.StringWriter(); CsvWriter writer = CsvWriter.plain(out)) {
            writer.writeRow(columns);
            for (Map<String, String> row : rows) {
                writer.writeRow(columns.stream().map(column -> row.getOrDefault(column, "")).toList());
            }
            writer.flush();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write() {
        return write(text());
    }

    static Path write(String text) {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(byte[] bytes) {
        try {
            Path dir = Files.createDirectories(TestDatabase.workDir().resolve("imports"));
            Path file = Files.createTempFile(dir, "import-", ".csv");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void append(Path file, String text) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND)) {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
