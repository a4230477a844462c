package app.settle.portal.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The set-based way to write one chunk of checked placements, for the chunks {@link PlacementBulkWriter} cannot
 * prove new (and for servers that refuse {@code LOAD DATA LOCAL INFILE} there): on the caller's transaction, the
 * rows go into a per-connection temporary table with {@code LOAD DATA LOCAL INFILE} fed from memory (or batched
 * inserts if the server refuses local infile), then one {@code INSERT IGNORE … SELECT} per target table creates
 * what is new, comparing references the way the database does (its collation ignores case and accents).
 *
 * <p>Idempotence comes from the unique keys: creditor code, debtor (creditor, external_ref), contact point
 * (debtor, kind, value), account (creditor, external_ref). Rows of an account that exists, or that an earlier row
 * of the chunk names, are dropped from the temporary table first, so they create nothing (like the fast path);
 * existing debtors are reused and contact points are added only to debtors this chunk created; a "Placed by …" timeline entry is written for each
 * account created. Joins run in the written order (STRAIGHT_JOIN): debtors and accounts are found through their
 * unique keys from the chunk; contact points and timeline entries start from the rows this chunk created (ids
 * above the maximum before it, with this chunk's creation time), a primary-key range, instead of looking each
 * one up in a large table. A chunk naming an account twice keeps its first row. Returns how many accounts were
 * created.
 */
final class PlacementStageWriter {

    private static final Logger log = LoggerFactory.getLogger(PlacementStageWriter.class);

    private static final String STAGE = "settle_placement_stage";
    private static final String COLUMNS = "line, creditor_code, creditor_name, account_ref, debtor_ref, debtor_type,"
            + " first_name, last_name, business_name, date_of_birth, ssn_last4, address, city, state, postal_code,"
            + " time_zone, phone_1, phone_2, email, currency, original_balance, current_balance, delinquency_date,"
            + " charge_off_date, last_payment_date, validation_notice_date, statute_date, team_id";
    private static final int COLUMN_COUNT = 28;

    private static final String CREATE_STAGE = "CREATE TEMPORARY TABLE IF NOT EXISTS " + STAGE + " ("
            + "line BIGINT NOT NULL, creditor_code VARCHAR(40) NOT NULL, creditor_name VARCHAR(200),"
            + " account_ref VARCHAR(64) NOT NULL, debtor_ref VARCHAR(64) NOT NULL, debtor_type VARCHAR(10) NOT NULL,"
            + " first_name VARCHAR(100), last_name VARCHAR(100), business_name VARCHAR(200), date_of_birth DATE,"
            + " ssn_last4 CHAR(4), address VARCHAR(320), city VARCHAR(100), state CHAR(2), postal_code VARCHAR(10),"
            + " time_zone VARCHAR(40), phone_1 VARCHAR(20), phone_2 VARCHAR(20), email VARCHAR(320),"
            + " currency CHAR(3) NOT NULL, original_balance DECIMAL(19,4) NOT NULL,"
            + " current_balance DECIMAL(19,4) NOT NULL, delinquency_date DATE NOT NULL, charge_off_date DATE,"
            + " last_payment_date DATE, validation_notice_date DATE, statute_date DATE, team_id BIGINT NOT NULL,"
            + " PRIMARY KEY (line), KEY ix_stage_debtor (creditor_code, debtor_ref),"
            + " KEY ix_stage_account (creditor_code, account_ref))"
            + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

    /** Later rows of an account already in the chunk, compared the way the database compares references. */
    private static final String DROP_REPEATS = "DELETE later FROM " + STAGE + " later JOIN " + STAGE + " earlier"
            + " ON earlier.creditor_code = later.creditor_code AND earlier.account_ref = later.account_ref"
            + " AND earlier.line < later.line";
    /** Rows whose account exists: nothing of them is written (no debtor, no contact point). */
    private static final String DROP_EXISTING = "DELETE s FROM " + STAGE + " s JOIN creditor c ON c.code = s.creditor_code"
            + " JOIN account a ON a.creditor_id = c.id AND a.external_ref = s.account_ref";
    private static final String NEW_CREDITORS = "INSERT IGNORE INTO creditor (code, name, created_at)"
            + " SELECT s.creditor_code, MIN(s.creditor_name), ? FROM " + STAGE + " s"
            + " WHERE s.creditor_name IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM creditor c WHERE c.code = s.creditor_code) GROUP BY s.creditor_code";
    private static final String NEW_DEBTORS = "INSERT IGNORE INTO debtor (creditor_id, external_ref, kind,"
            + " first_name, last_name, business_name, date_of_birth, ssn_last4, time_zone, state, created_at,"
            + " updated_at) SELECT STRAIGHT_JOIN c.id, s.debtor_ref, s.debtor_type, s.first_name, s.last_name,"
            + " s.business_name, s.date_of_birth, s.ssn_last4, s.time_zone, s.state, ?, ? FROM " + STAGE + " s"
            + " JOIN creditor c ON c.code = s.creditor_code";
    /** One pass over the chunk: each new debtor's row crossed with the four contact kinds, blanks dropped. */
    private static final String NEW_CONTACT_POINTS = "INSERT IGNORE INTO contact_point (debtor_id, kind, label, value,"
            + " city, state, postal_code, time_zone, created_at)"
            + " SELECT STRAIGHT_JOIN d.id, IF(k.n <= 2, 'PHONE', IF(k.n = 3, 'EMAIL', 'ADDRESS')),"
            + " IF(k.n = 1, 'phone 1', IF(k.n = 2, 'phone 2', NULL)),"
            + " CASE k.n WHEN 1 THEN s.phone_1 WHEN 2 THEN s.phone_2 WHEN 3 THEN s.email ELSE s.address END,"
            + " IF(k.n = 4, s.city, NULL), IF(k.n = 4, s.state, NULL), IF(k.n = 4, s.postal_code, NULL),"
            + " IF(k.n = 4, s.time_zone, NULL), ?"
            + " FROM debtor d JOIN creditor c ON c.id = d.creditor_id"
            + " JOIN " + STAGE + " s ON s.creditor_code = c.code AND s.debtor_ref = d.external_ref"
            + " JOIN (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) k"
            + " WHERE d.id > ? AND d.created_at = ? AND CASE k.n WHEN 1 THEN s.phone_1 WHEN 2 THEN s.phone_2 WHEN 3 THEN s.email"
            + " ELSE s.address END IS NOT NULL";
    private static final String NEW_ACCOUNTS = "INSERT IGNORE INTO account (creditor_id, external_ref, debtor_id,"
            + " team_id, currency, original_balance, current_balance, delinquency_date, charge_off_date,"
            + " last_payment_date, validation_notice_date, statute_date, status, placed_at, updated_at)"
            + " SELECT STRAIGHT_JOIN c.id, s.account_ref, d.id, s.team_id, s.currency, s.original_balance,"
            + " s.current_balance, s.delinquency_date, s.charge_off_date, s.last_payment_date,"
            + " s.validation_notice_date, s.statute_date,"
            + " 'ACTIVE', ?, ? FROM " + STAGE + " s JOIN creditor c ON c.code = s.creditor_code"
            + " JOIN debtor d ON d.creditor_id = c.id AND d.external_ref = s.debtor_ref";
    private static final String PLACED_ENTRIES = "INSERT INTO timeline_entry (account_id, occurred_at, kind, title,"
            + " detail, source, user_name)"
            + " SELECT STRAIGHT_JOIN a.id, ?, 'PLACED', LEFT(CONCAT('Placed by ', c.name), 200),"
            + " LEFT(CONCAT('Placement file ', ?), 2000), 'host', ?"
            + " FROM account a JOIN creditor c ON c.id = a.creditor_id"
            + " WHERE a.id > ? AND a.placed_at = ?";

    /** Set once the server refused LOAD DATA LOCAL: from then on the stage is filled with batched inserts. */
    private static volatile boolean localInfileRefused;

    private PlacementStageWriter() {
    }

    /** Writes the chunk on {@code connection} (inside the caller's transaction); returns accounts created. */
    static int write(Connection connection, List<Placement> chunk, String fileName, String actor, LocalDateTime now)
            throws SQLException {
        if (chunk.isEmpty()) {
            return 0;
        }
        chunk = firstOfEachAccount(chunk);
        Timestamp at = Timestamp.valueOf(now);
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_STAGE);
            statement.execute("DELETE FROM " + STAGE);
        }
        stage(connection, chunk);
        update(connection, DROP_REPEATS);
        update(connection, DROP_EXISTING);
        update(connection, NEW_CREDITORS, at);
        long debtorsBefore = maxId(connection, "debtor");
        update(connection, NEW_DEBTORS, at, at);
        update(connection, NEW_CONTACT_POINTS, at, debtorsBefore, at);
        long accountsBefore = maxId(connection, "account");
        int created = update(connection, NEW_ACCOUNTS, at, at);
        update(connection, PLACED_ENTRIES, at, fileName, actor, accountsBefore, at);
        return created;
    }

    /** The chunk without later rows of an account already in it (they count as already imported). */
    static List<Placement> firstOfEachAccount(List<Placement> chunk) {
        java.util.Map<String, Placement> first = new java.util.LinkedHashMap<>(chunk.size() * 2);
        for (Placement p : chunk) {
            first.putIfAbsent(p.creditorCode() + '\u0000' + p.accountRef(), p);
        }
        return first.size() == chunk.size() ? chunk : List.copyOf(first.values());
    }

    private static void stage(Connection connection, List<Placement> chunk) throws SQLException {
        if (!localInfileRefused) {
            try {
                loadData(connection, chunk);
                return;
            } catch (SQLException e) {
                if (!PlacementWriteSession.localInfileRefused(e)) {
                    throw e;
                }
                localInfileRefused = true;
                log.warn("The database refused LOAD DATA LOCAL INFILE ({}); placement imports use batched inserts,"
                        + " which are slower. Allow local_infile on the server and allowLocalInfile in the JDBC URL.",
                        e.getMessage());
            }
        }
        insertBatch(connection, chunk);
    }

    private static void loadData(Connection connection, List<Placement> chunk) throws SQLException {
        ByteArrayOutputStream tsv = new ByteArrayOutputStream(chunk.size() * 320);
        StringBuilder line = new StringBuilder(512);
        for (Placement p : chunk) {
            line.setLength(0);
            Object[] values = values(p);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                appendTsv(line, values[i]);
            }
            line.append('\n');
            tsv.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        try (Statement statement = connection.createStatement()) {
            statement.unwrap(org.mariadb.jdbc.Statement.class)
                    .setLocalInfileInputStream(new ByteArrayInputStream(tsv.toByteArray()));
            statement.execute("LOAD DATA LOCAL INFILE 'placements.tsv' INTO TABLE " + STAGE
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
                    + " LINES TERMINATED BY '\\n' (" + COLUMNS + ")");
        }
    }

    private static void insertBatch(Connection connection, List<Placement> chunk) throws SQLException {
        String marks = "?" + ",?".repeat(COLUMN_COUNT - 1);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + STAGE + " (" + COLUMNS + ") VALUES (" + marks + ")")) {
            for (Placement p : chunk) {
                Object[] values = values(p);
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Object[] values(Placement p) {
        return new Object[] {p.line(), p.creditorCode(), p.creditorName(), p.accountRef(), p.debtorRef(),
            p.debtorType(), p.firstName(), p.lastName(), p.businessName(), p.dateOfBirth(), p.ssnLast4(), p.address(),
            p.city(), p.state(), p.postalCode(), p.timeZone(), p.phone1(), p.phone2(), p.email(), p.currency(),
            p.originalBalance(), p.currentBalance(), p.delinquencyDate(), p.chargeOffDate(), p.lastPaymentDate(),
            p.validationNoticeDate(), p.statuteDate(), p.teamId()};
    }

    /** A value in LOAD DATA's text form: \N for null, backslash-escaped tab, newline, CR and backslash. */
    private static void appendTsv(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String text = value instanceof BigDecimal amount ? amount.toPlainString()
                : value instanceof LocalDate date ? date.toString() : value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                default -> out.append(c);
            }
        }
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
