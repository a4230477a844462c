package app.settle.portal.imports;

import app.settle.portal.csv.CsvFormatException;
import app.settle.portal.csv.CsvHeader;
import app.settle.portal.csv.CsvReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Streams the data rows of an import file to a handler, after checking the header: required columns present,
 * no column named like card data, unknown columns ignored with a warning. Every field of every row is checked
 * for something that looks like a card number (the value never appears in the problem). Blank rows are
 * skipped; a row with more or fewer fields than the header is a problem of the row. A payment file may end
 * with a trailer row {@code TRAILER,<control_total>,<row_count>}.
 */
final class ImportFile {

    /** Rows between two progress reports. */
    static final int PROGRESS_EVERY = 2_000;

    /** Receives each data row; {@code row.problems()} already holds the file-level checks' problems. */
    @FunctionalInterface
    interface RowHandler {
        void row(ImportRow row) throws Exception;
    }

    /** The trailer row of a payment file. */
    record Trailer(BigDecimal controlTotal, Long rowCount) {
    }

    /** What a complete pass over the file saw. */
    record Scan(List<String> warnings, long rows, String sha256, Trailer trailer) {
    }

    private final List<String> required;
    private final List<String> known;
    private final boolean trailerAllowed;

    ImportFile(List<String> required, List<String> known, boolean trailerAllowed) {
        this.required = required;
        this.known = known;
        this.trailerAllowed = trailerAllowed;
    }

    /**
     * Reads the file from the start, handing every data row after the first {@code skipRows} to the handler.
     *
     * @throws CsvFormatException the file cannot be read as this kind of import file (message for the user)
     */
    Scan scan(Path file, long skipRows, ImportProgress progress, RowHandler handler) throws Exception {
        long size = Files.size(file);
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                digest); CsvReader reader = new CsvReader(in)) {
            String[] names = reader.next();
            if (names == null) {
                throw new CsvFormatException(1, "The file is empty: it has no header row");
            }
            CsvHeader header = CsvHeader.of(names, 1);
            List<String> warnings = checkHeader(header, names);
            Map<String, Integer> positions = known.stream().filter(name -> header.index(name) >= 0)
                    .collect(Collectors.toMap(Function.identity(), header::index));
            String[] columnNames = new String[names.length];
            for (int i = 0; i < names.length; i++) {
                columnNames[i] = names[i].strip();
            }
            long rows = 0;
            Trailer trailer = null;
            for (String[] fields = reader.next(); fields != null; fields = reader.next()) {
                if (isBlank(fields)) {
                    continue;
                }
                if (trailer != null) {
                    throw new CsvFormatException(reader.recordLine(), "Line " + reader.recordLine()
                            + " follows the TRAILER row; the trailer must be the last row");
                }
                if (trailerAllowed && "TRAILER".equalsIgnoreCase(fields[0].strip())) {
                    trailer = trailer(fields, reader.recordLine());
                    continue;
                }
                rows++;
                if (rows > skipRows) {
                    ImportRow row = new ImportRow(reader.recordLine(), fields, positions);
                    fileLevelChecks(row, columnNames);
                    handler.row(row);
                }
                if (rows % PROGRESS_EVERY == 0) {
                    progress.update(rows, reader.bytesRead(), size);
                }
            }
            progress.update(rows, size, size);
            return new Scan(warnings, rows, HexFormat.of().formatHex(digest.digest()), trailer);
        }
    }

    /** The SHA-256 of a file, hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private List<String> checkHeader(CsvHeader header, String[] names) throws CsvFormatException {
        List<String> cardColumns = new ArrayList<>();
        for (String name : names) {
            if (CardNumbers.isCardColumn(name)) {
                cardColumns.add(name.strip());
            }
        }
        if (!cardColumns.isEmpty()) {
            throw new CsvFormatException(1, "The file has a column for card data (" + String.join(", ", cardColumns)
                    + "); Settle never stores card numbers or security codes: remove the column and try again");
        }
        List<String> missing = header.missing(required);
        if (!missing.isEmpty()) {
            throw new CsvFormatException(1, "The header row lacks the required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (found: " + String.join(", ", List.of(names)) + ")");
        }
        List<String> unknown = header.unknown(known);
        return unknown.isEmpty() ? List.of() : List.of("Ignored column" + (unknown.size() > 1 ? "s" : "")
                + " that Settle does not know: " + String.join(", ", unknown));
    }

    private static void fileLevelChecks(ImportRow row, String[] columnNames) {
        String[] fields = row.fields();
        if (fields.length != columnNames.length) {
            row.problem("", String.format("has %d fields, the header has %d", fields.length, columnNames.length));
        }
        for (int i = 0; i < fields.length; i++) {
            if (CardNumbers.containsCardNumber(fields[i])) {
                row.problem(i < columnNames.length ? columnNames[i] : "column " + (i + 1),
                        "looks like a card number (value not shown); Settle never stores card numbers");
            }
        }
    }

    private static Trailer trailer(String[] fields, long line) throws CsvFormatException {
        try {
            BigDecimal total = fields.length > 1 && !fields[1].isBlank() ? new BigDecimal(fields[1].strip()) : null;
            Long count = fields.length > 2 && !fields[2].isBlank() ? Long.valueOf(fields[2].strip()) : null;
            return new Trailer(total, count);
        } catch (NumberFormatException e) {
            throw new CsvFormatException(line, "The TRAILER row on line " + line
                    + " must read TRAILER,<control total>,<row count>, e.g. TRAILER,10250.00,120");
        }
    }

    private static boolean isBlank(String[] fields) {
        for (String field : fields) {
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
