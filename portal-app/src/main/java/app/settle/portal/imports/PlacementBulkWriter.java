package app.settle.portal.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fast way to write one chunk of checked placements: MariaDB's own bulk loader, {@code LOAD DATA LOCAL
 * INFILE}, straight into {@code debtor}, {@code contact_point}, {@code account} and {@code timeline_entry}, fed
 * from memory, with the debtor and account ids chosen here so that rows can point at each other without a
 * lookup per row.
 *
 * <p>Runs on the caller's transaction, which must hold the placement write lock ({@link PlacementWriteSession}):
 * only one chunk at a time picks ids above the tables' current maximum. It writes only what it believes new:
 * accounts and debtors of the chunk are looked up by the creditor's references (a few thousand per query; the
 * session skips creditors that were not in Settle when the import started, whose only rows are this import's),
 * rows whose account exists are skipped, existing debtors are reused (their contact points left as they are), and
 * a chunk naming an account twice keeps its first row. Because {@code LOAD DATA LOCAL} turns errors into warnings
 * and skips rows (the server cannot stop the client's stream), every load is checked: if the server skipped a row
 * or warned (a row that exists after all, a reference equal to another under the database's case- and
 * accent-insensitive collation, a row written meanwhile by someone else, a value it had to change), {@link Refused}
 * is thrown; the caller rolls the chunk back and writes it again with every creditor looked up, or through
 * {@link PlacementStageWriter}, whose set-based statements settle such cases the way the database compares. Nothing the database refuses is ever let in: no session setting relaxes unique,
 * foreign-key or check constraints.
 */
final class PlacementBulkWriter {

    /** The fast path cannot prove the chunk's rows new or exact; the chunk must be rolled back and staged. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** References per lookup query. */
    private static final int LOOKUP_BATCH = 5_000;
    private static final byte[] PLACED = LoadDataText.field("PLACED");
    private static final byte[] HOST = LoadDataText.field("host");
    private static final byte[] PHONE = LoadDataText.field("PHONE");
    /** Contact point kinds and labels of a row's four candidates: phone 1, phone 2, email, address. */
    private static final byte[][] KINDS = {PHONE, PHONE, LoadDataText.field("EMAIL"), LoadDataText.field("ADDRESS")};
    private static final byte[][] LABELS = {LoadDataText.field("phone 1"), LoadDataText.field("phone 2"),
        LoadDataText.field(null), LoadDataText.field(null)};
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private static final String DEBTOR_COLUMNS = "id, creditor_id, external_ref, kind, first_name, last_name,"
            + " business_name, date_of_birth, ssn_last4, time_zone, state, created_at, updated_at";
    private static final String CONTACT_COLUMNS = "debtor_id, kind, label, value, city, state, postal_code,"
            + " time_zone, created_at";
    private static final String ACCOUNT_COLUMNS = "id, creditor_id, external_ref, debtor_id, team_id, currency,"
            + " original_balance, current_balance, delinquency_date, charge_off_date, last_payment_date,"
            + " validation_notice_date, statute_date, status, placed_at, updated_at";
    private static final String TIMELINE_COLUMNS = "account_id, occurred_at, kind, title, detail, source, user_name";

    private final byte[] detail;
    private final byte[] actor;
    private final PlacementWriteTimings timings;
    /** What the last chunk written created (nothing before the first); null after a chunk staged instead. */
    private Created lastCreated = new Created(0);

    PlacementBulkWriter(String fileName, String actor, PlacementWriteTimings timings) {
        this.detail = LoadDataText.field(leftCodePoints("Placement file " + fileName, 2000));
        this.actor = LoadDataText.field(actor);
        this.timings = timings;
    }

    /**
     * What the database held for a chunk's references when it was read: the accounts that exist and the debtors
     * with their ids, keyed by creditor code and reference. Read by {@link #lookUp} ahead of the chunk's turn to
     * write (on another connection, while the chunk before it is written), then completed by {@link #write} with
     * what that chunk created.
     */
    static final class Known {
        private final Set<String> accounts = new HashSet<>();
        private final Map<String, Long> debtors = new HashMap<>();
        private boolean partial;
        private String refusal;

        /** True if some creditors of the chunk were not looked up (trusted to have nothing yet). */
        boolean partial() {
            return partial;
        }
    }

    /**
     * Reads which of the chunk's accounts and debtors exist (a few thousand references per query). Sees only
     * committed rows: {@link #write} adds what the chunk written meanwhile created.
     *
     * @param rows     the chunk, each account once
     * @param lookUpOf the creditor codes to look up, or null for all; rows of other creditors are taken as new
     */
    Known lookUp(Connection connection, List<Placement> rows, Set<String> lookUpOf) throws SQLException {
        Known known = new Known();
        Set<String> codes = new java.util.LinkedHashSet<>();
        for (Placement p : rows) {
            if (lookUpOf == null || lookUpOf.contains(p.creditorCode())) {
                codes.add(p.creditorCode());
            } else {
                known.partial = true;
            }
        }
        if (codes.isEmpty()) {
            return known;
        }
        Map<String, Creditor> creditors = findCreditors(connection, codes);
        Map<String, List<Placement>> byCreditor = new LinkedHashMap<>();
        for (Placement p : rows) {
            if (creditors.containsKey(p.creditorCode())) {
                byCreditor.computeIfAbsent(p.creditorCode(), code -> new ArrayList<>()).add(p);
            }
        }
        try {
            for (Map.Entry<String, List<Placement>> entry : byCreditor.entrySet()) {
                String code = entry.getKey();
                long creditorId = creditors.get(code).id;
                existing(connection, "account", creditorId, refs(entry.getValue(), Placement::accountRef))
                        .keySet().forEach(ref -> known.accounts.add(key(code, ref)));
                List<Placement> newAccounts = new ArrayList<>(entry.getValue().size());
                for (Placement p : entry.getValue()) {
                    if (!known.accounts.contains(key(code, p.accountRef()))) {
                        newAccounts.add(p);
                    }
                }
                existing(connection, "debtor", creditorId, refs(newAccounts, Placement::debtorRef))
                        .forEach((ref, id) -> known.debtors.put(key(code, ref), id));
            }
        } catch (Refused e) {
            known.refusal = e.getMessage();
        }
        return known;
    }

    /**
     * Writes the chunk on {@code connection} (inside the caller's transaction, under the write lock); returns how
     * many accounts it created.
     *
     * @param rows  the chunk, each account once ({@link PlacementStageWriter#firstOfEachAccount})
     * @param known what {@link #lookUp} read for these rows after the chunk before them started writing, or null
     *              to look every creditor up now
     * @throws Refused when the database saw the chunk differently; the transaction must be rolled back
     */
    int write(Connection connection, List<Placement> rows, Known known, LocalDateTime now)
            throws SQLException, Refused {
        Created before = lastCreated;
        lastCreated = null;
        long started = System.nanoTime();
        if (known == null || before == null) {
            known = lookUp(connection, rows, null);
        } else {
            known.accounts.addAll(before.accounts);
            known.debtors.putAll(before.debtors);
        }
        if (known.refusal != null) {
            throw new Refused(known.refusal);
        }
        Map<String, Creditor> creditors = creditors(connection, rows, now);
        List<Placement> fresh = new ArrayList<>(rows.size());
        List<String> freshKeys = new ArrayList<>(rows.size());
        for (Placement p : rows) {
            String key = key(p.creditorCode(), p.accountRef());
            if (!known.accounts.contains(key)) {
                fresh.add(p);
                freshKeys.add(key);
            }
        }
        Created created = new Created(fresh.size());
        if (fresh.isEmpty()) {
            timings.add(PlacementWriteTimings.Step.LOOKUPS, started);
            lastCreated = created;
            return 0;
        }
        long nextDebtor = maxId(connection, "debtor") + 1;
        long nextAccount = maxId(connection, "account") + 1;
        timings.add(PlacementWriteTimings.Step.LOOKUPS, started);

        started = System.nanoTime();
        byte[] at = LoadDataText.field(DATETIME.format(now));
        long firstAccount = nextAccount;
        long[] debtorIds = new long[fresh.size()];
        Creditor[] creditorOf = new Creditor[fresh.size()];
        List<NewDebtor> newDebtors = new ArrayList<>();
        Map<String, NewDebtor> newDebtorsByKey = new HashMap<>(fresh.size() * 2);
        for (int i = 0; i < fresh.size(); i++) {
            Placement p = fresh.get(i);
            creditorOf[i] = creditors.get(p.creditorCode());
            String debtorKey = key(p.creditorCode(), p.debtorRef());
            Long debtorId = known.debtors.get(debtorKey);
            if (debtorId == null) {
                NewDebtor debtor = newDebtorsByKey.get(debtorKey);
                if (debtor == null) {
                    debtor = new NewDebtor(nextDebtor++, creditorOf[i].id);
                    newDebtorsByKey.put(debtorKey, debtor);
                    newDebtors.add(debtor);
                    created.debtors.put(debtorKey, debtor.id);
                }
                debtor.rows.add(p);
                debtorId = debtor.id;
            }
            debtorIds[i] = debtorId;
            created.accounts.add(freshKeys.get(i));
        }
        List<Contact> contacts = new ArrayList<>(newDebtors.size() * 4);
        for (NewDebtor debtor : newDebtors) {
            debtor.addContacts(contacts);
        }
        timings.add(PlacementWriteTimings.Step.ENCODE, started);

        load(connection, "debtor", DEBTOR_COLUMNS, newDebtors.size(), (i, out) -> {
            NewDebtor d = newDebtors.get(i);
            debtorRow(out, d.id, d.creditorId, d.rows.getFirst(), at);
        }, PlacementWriteTimings.Step.DEBTOR);
        load(connection, "contact_point", CONTACT_COLUMNS, contacts.size(), (i, out) -> contacts.get(i).write(out, at),
                PlacementWriteTimings.Step.CONTACT_POINT);
        load(connection, "account", ACCOUNT_COLUMNS, fresh.size(), (i, out) -> accountRow(out, firstAccount + i,
                creditorOf[i].id, debtorIds[i], fresh.get(i), at), PlacementWriteTimings.Step.ACCOUNT);
        load(connection, "timeline_entry", TIMELINE_COLUMNS, fresh.size(), (i, out) -> out.number(firstAccount + i)
                .encoded(at).encoded(PLACED).encoded(creditorOf[i].title).encoded(detail).encoded(HOST)
                .encoded(actor).endRow(), PlacementWriteTimings.Step.TIMELINE_ENTRY);
        lastCreated = created;
        return fresh.size();
    }

    private static String key(String creditorCode, String ref) {
        return creditorCode + '\u0000' + ref;
    }

    /** The accounts and debtors a written chunk created: the next chunk's look-up could not see them yet. */
    private static final class Created {
        final Set<String> accounts;
        final Map<String, Long> debtors;

        Created(int rows) {
            accounts = new HashSet<>(rows * 2);
            debtors = new HashMap<>(rows * 2);
        }
    }

    private static void debtorRow(LoadDataText out, long id, long creditorId, Placement p, byte[] at) {
        out.number(id).number(creditorId).text(p.debtorRef()).text(p.debtorType()).text(p.firstName())
                .text(p.lastName()).text(p.businessName()).date(p.dateOfBirth()).text(p.ssnLast4())
                .text(p.timeZone()).text(p.state()).encoded(at).encoded(at).endRow();
    }

    private static void accountRow(LoadDataText out, long id, long creditorId, long debtorId, Placement p,
                                   byte[] at) {
        out.number(id).number(creditorId).text(p.accountRef()).number(debtorId).number(p.teamId())
                .text(p.currency()).decimal(p.originalBalance()).decimal(p.currentBalance())
                .date(p.delinquencyDate()).date(p.chargeOffDate()).date(p.lastPaymentDate())
                .date(p.validationNoticeDate()).date(p.statuteDate()).text("ACTIVE").encoded(at).encoded(at)
                .endRow();
    }

    /**
     * Loads {@code rows} rows into {@code table}, encoded while the server reads them, and checks that the server
     * took every row as it was: with LOCAL, duplicates and conversion problems are only warnings.
     */
    private void load(Connection connection, String table, String columns, int rows, LoadDataText.RowEncoder encoder,
                      PlacementWriteTimings.Step step) throws SQLException, Refused {
        if (rows == 0) {
            return;
        }
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.unwrap(org.mariadb.jdbc.Statement.class)
                    .setLocalInfileInputStream(LoadDataText.lazily(rows, encoder));
            long loaded = statement.executeLargeUpdate("LOAD DATA LOCAL INFILE '" + table + ".tsv' INTO TABLE "
                    + table + " " + LoadDataText.FORMAT + " (" + columns + ")");
            SQLWarning warning = statement.getWarnings();
            if (loaded != rows || warning != null) {
                throw new Refused(table + ": " + loaded + " of " + rows + " rows loaded"
                        + (warning == null ? "" : ", first warning: " + warning.getMessage()));
            }
        } catch (SQLException e) {
            if ("23000".equals(e.getSQLState())) {
                throw new Refused(table + ": " + e.getMessage());
            }
            throw e;
        } finally {
            timings.add(step, started);
        }
    }

    /** The chunk's creditors by code, creating those named for the first time (codes are exact: A-Z, 0-9, _ -). */
    private static Map<String, Creditor> creditors(Connection connection, List<Placement> rows, LocalDateTime now)
            throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        for (Placement p : rows) {
            names.merge(p.creditorCode(), p.creditorName() == null ? "" : p.creditorName(),
                    (first, next) -> first.isEmpty() ? next : first);
        }
        Map<String, Creditor> found = findCreditors(connection, names.keySet());
        if (found.size() < names.size()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT IGNORE INTO creditor (code, name, created_at) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, String> entry : names.entrySet()) {
                    if (!found.containsKey(entry.getKey())) {
                        if (entry.getValue().isEmpty()) {
                            throw new IllegalStateException("Creditor " + entry.getKey()
                                    + " is new but none of its rows names it");
                        }
                        insert.setString(1, entry.getKey());
                        insert.setString(2, entry.getValue());
                        insert.setObject(3, now);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            found = findCreditors(connection, names.keySet());
        }
        return found;
    }

    private static Map<String, Creditor> findCreditors(Connection connection, Collection<String> codes)
            throws SQLException {
        Map<String, Creditor> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, code, name FROM creditor WHERE code IN ("
                + marks(codes.size()) + ")")) {
            int i = 1;
            for (String code : codes) {
                select.setString(i++, code);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    found.put(result.getString(2), new Creditor(result.getLong(1),
                            LoadDataText.field(leftCodePoints("Placed by " + result.getString(3), 200))));
                }
            }
        }
        return found;
    }

    /**
     * The rows of {@code table} (account or debtor) with these references of the creditor, reference to id.
     *
     * @throws Refused if the database matched a reference that is not exactly one of them (its collation ignores
     *                 case and accents), which only the staged path handles the way the database compares
     */
    private static Map<String, Long> existing(Connection connection, String table, long creditorId,
                                              Set<String> refs) throws SQLException, Refused {
        Map<String, Long> found = new HashMap<>();
        List<String> all = new ArrayList<>(refs);
        for (int from = 0; from < all.size(); from += LOOKUP_BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + LOOKUP_BATCH));
            try (PreparedStatement select = connection.prepareStatement("SELECT external_ref, id FROM " + table
                    + " WHERE creditor_id = ? AND external_ref IN (" + marks(batch.size()) + ")")) {
                select.setLong(1, creditorId);
                for (int i = 0; i < batch.size(); i++) {
                    select.setString(i + 2, batch.get(i));
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        String ref = result.getString(1);
                        if (!refs.contains(ref)) {
                            throw new Refused(table + " reference " + ref + " matches a reference of the chunk only"
                                    + " under the database's collation");
                        }
                        found.put(ref, result.getLong(2));
                    }
                }
            }
        }
        return found;
    }

    private static Set<String> refs(List<Placement> rows, java.util.function.Function<Placement, String> ref) {
        Set<String> refs = new HashSet<>(rows.size() * 2);
        for (Placement p : rows) {
            refs.add(ref.apply(p));
        }
        return refs;
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String marks(int count) {
        return "?" + ",?".repeat(Math.max(0, count - 1));
    }

    /** The first {@code max} characters (code points, as SQL's LEFT counts them). */
    static String leftCodePoints(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
    }

    /** A creditor of the chunk: its id and its timeline title, encoded once. */
    private record Creditor(long id, byte[] title) {
    }

    /**
     * A debtor this chunk creates and its rows in the chunk, whose contact points it gets in row order: phone 1,
     * phone 2, email, address; a (kind, value) seen before on the debtor's rows is not repeated.
     */
    private static final class NewDebtor {
        final long id;
        final long creditorId;
        final List<Placement> rows = new ArrayList<>(2);

        NewDebtor(long id, long creditorId) {
            this.id = id;
            this.creditorId = creditorId;
        }

        void addContacts(List<Contact> out) {
            for (int r = 0; r < rows.size(); r++) {
                Placement p = rows.get(r);
                for (int kind = 0; kind < 4; kind++) {
                    String value = Contact.value(p, kind);
                    if (value != null && !seenBefore(r, kind, value)) {
                        out.add(new Contact(id, p, kind));
                    }
                }
            }
        }

        /** Whether an earlier candidate of this debtor (earlier row, or earlier kind of this row) has it already. */
        private boolean seenBefore(int row, int kind, String value) {
            for (int r = 0; r <= row; r++) {
                Placement earlier = rows.get(r);
                for (int k = 0; k < (r == row ? kind : 4); k++) {
                    if (KINDS[k] == KINDS[kind] && value.equals(Contact.value(earlier, k))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** One contact point to create: candidate {@code kind} (0 phone 1, 1 phone 2, 2 email, 3 address) of a row. */
    private record Contact(long debtorId, Placement p, int kind) {

        static String value(Placement p, int kind) {
            return switch (kind) {
                case 0 -> p.phone1();
                case 1 -> p.phone2();
                case 2 -> p.email();
                default -> p.address();
            };
        }

        void write(LoadDataText out, byte[] at) {
            boolean address = kind == 3;
            out.number(debtorId).encoded(KINDS[kind]).encoded(LABELS[kind]).text(value(p, kind))
                    .text(address ? p.city() : null).text(address ? p.state() : null)
                    .text(address ? p.postalCode() : null).text(address ? p.timeZone() : null).encoded(at).endRow();
        }
    }
}
