package app.settle.portal.dashboard;

import app.settle.api.JobLocks;
import app.settle.api.core.ContactOutcome;
import app.settle.portal.jobs.JobLockService;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dashboard's pre-aggregated tables ({@code kpi_activity_day}, {@code kpi_account_group}) equal to what
 * the raw rows say, so the dashboard reads a few thousand rows instead of millions.
 *
 * <p>What changed since the last run is found two ways: rows that are only ever inserted (contact attempts,
 * payments, timeline entries, accounts) by id above a watermark, reading a trailing window of ids below it again
 * when it holds more rows than at the last run (a transaction that committed late with a lower id); rows changed in
 * place (an account's balance or status, a payment posted from suspense) by database triggers that mark the day or
 * delinquency date dirty.
 * Every affected day or delinquency date is then rebuilt whole from the raw rows, in one transaction with the
 * removal of its dirty mark, so a run that dies half way leaves every rebuilt slice right and the rest marked.
 * The first run of each UTC day rebuilds every slice, a safety net for a late commit below the window.
 *
 * <p>Runs under the job lock {@code host:kpi-refresh}, so of several portal nodes one refreshes at a time.
 */
@Service
public class KpiRefresh {

    static final LocalDate ACTIVE = LocalDate.of(9999, 12, 1);
    /** How many ids below the watermark are looked at again for rows that committed late. */
    static final long TRAILING_IDS = 10_000;
    /** The state row of the daily full run, which rebuilds every slice (a safety net for anything missed). */
    private static final String FULL = "full-rebuild";
    private static final int DATES_PER_TRANSACTION = 100;
    private static final Logger log = LoggerFactory.getLogger(KpiRefresh.class);
    private static final String RIGHT_PARTY = Arrays.stream(ContactOutcome.values())
            .filter(ContactOutcome::conversationWithDebtor).map(o -> "'" + o.name() + "'")
            .collect(Collectors.joining(","));

    private final DSLContext dsl;
    private final TransactionTemplate transactions;
    private final JobLocks locks;
    private final Clock clock;

    KpiRefresh(DSLContext dsl, PlatformTransactionManager transactionManager, JobLockService jobLocks, Clock clock) {
        this.dsl = dsl;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.locks = jobLocks.forOwner("host");
        this.clock = clock;
    }

    /** How far one source was aggregated, and when. */
    private record Mark(long lastId, LocalDateTime at, long windowRows) {
    }

    /** What one run rebuilt. */
    public record Outcome(boolean ran, int days, int delinquencyDates, Duration took) {
    }

    /** Refreshes unless another node or thread is refreshing right now (then returns an outcome with ran=false). */
    public Outcome refresh() {
        Outcome[] outcome = {new Outcome(false, 0, 0, Duration.ZERO)};
        locks.runOnce("kpi-refresh", Duration.ZERO, Duration.ofMinutes(30), () -> outcome[0] = refreshNow());
        return outcome[0];
    }

    /** Refreshes, waiting up to {@code patience} for a refresh running elsewhere to finish first. */
    public Outcome refreshWaiting(Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            Outcome outcome = refresh();
            if (outcome.ran() || Instant.now().isAfter(giveUp)) {
                return outcome;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return outcome;
            }
        }
    }

    /** When the figures were last brought up to date, or null before the first run. */
    public LocalDateTime refreshedAt() {
        return dsl.select(DSL.max(DSL.field("refreshed_at", LocalDateTime.class))).from("kpi_refresh_state")
                .fetchOne(0, LocalDateTime.class);
    }

    private Outcome refreshNow() {
        long started = System.nanoTime();
        Map<String, Mark> marks = new java.util.HashMap<>();
        dsl.select(DSL.field("source", String.class), DSL.field("last_id", Long.class),
                        DSL.field("refreshed_at", LocalDateTime.class), DSL.field("window_rows", Long.class))
                .from("kpi_refresh_state")
                .forEach(r -> marks.put(r.value1(), new Mark(r.value2(), r.value3(), r.value4())));
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Mark lastFull = marks.get(FULL);
        boolean full = lastFull == null || lastFull.at() == null || lastFull.at().toLocalDate().isBefore(now.toLocalDate());
        long contacts = maxId("contact_attempt");
        long payments = maxId("payment");
        long timeline = maxId("timeline_entry");
        long accounts = maxId("account");
        // counted before anything is read: a row committing during this run makes the next run's count differ
        long contactWindow = windowRows("contact_attempt", contacts);
        long paymentWindow = windowRows("payment", payments);
        long timelineWindow = windowRows("timeline_entry", timeline);
        long accountWindow = windowRows("account", accounts);

        TreeSet<LocalDate> days = new TreeSet<>();
        days.addAll(newRows("SELECT DISTINCT DATE(occurred_at) FROM contact_attempt", "contact_attempt",
                marks.get("contact_attempt"), contacts, full));
        days.addAll(newRows("SELECT DISTINCT paid_on FROM payment", "payment", marks.get("payment"), payments, full));
        days.addAll(newRows("SELECT DISTINCT DATE(occurred_at) FROM timeline_entry", "timeline_entry",
                marks.get("timeline_entry"), timeline, full, "kind IN ('PROMISE_KEPT','PROMISE_BROKEN')"));
        days.addAll(dates("SELECT day FROM kpi_dirty_day"));
        for (LocalDate day : days) {
            transactions.executeWithoutResult(tx -> rebuildDay(day));
        }

        TreeSet<LocalDate> delinquency = new TreeSet<>();
        delinquency.addAll(newRows("SELECT DISTINCT delinquency_date FROM account", "account",
                marks.get("account"), accounts, full));
        delinquency.addAll(dates("SELECT delinquency_date FROM kpi_dirty_date"));
        List<LocalDate> batch = new ArrayList<>();
        for (LocalDate date : delinquency) {
            batch.add(date);
            if (batch.size() == DATES_PER_TRANSACTION) {
                rebuildAccountGroups(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            rebuildAccountGroups(batch);
        }

        transactions.executeWithoutResult(tx -> {
            mark("contact_attempt", contacts, contactWindow, now);
            mark("payment", payments, paymentWindow, now);
            mark("timeline_entry", timeline, timelineWindow, now);
            mark("account", accounts, accountWindow, now);
            if (full) {
                mark(FULL, 0, 0, now);
            }
        });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (days.size() + delinquency.size() > 50) {
            log.info("Dashboard figures refreshed: {} days and {} delinquency dates rebuilt in {} ms", days.size(),
                    delinquency.size(), took.toMillis());
        }
        return new Outcome(true, days.size(), delinquency.size(), took);
    }

    private void rebuildDay(LocalDate day) {
        Date d = Date.valueOf(day);
        Date next = Date.valueOf(day.plusDays(1));
        dsl.execute("DELETE FROM kpi_dirty_day WHERE day = ?", d);
        dsl.execute("DELETE FROM kpi_activity_day WHERE day = ?", d);
        dsl.execute("""
                INSERT INTO kpi_activity_day (day, team_id, user_name, attempts, right_party, promises, payments,
                                              collected, promises_kept, promises_broken)
                SELECT ?, team_id, user_name, SUM(attempts), SUM(right_party), SUM(promises), SUM(payments),
                       SUM(collected), SUM(kept), SUM(broken)
                FROM (
                    SELECT a.team_id, c.user_name, c.outcome <> 'SENT' AS attempts,
                           c.outcome IN (%s) AS right_party, c.outcome = 'PROMISE_TO_PAY' AS promises,
                           0 AS payments, 0 AS collected, 0 AS kept, 0 AS broken
                    FROM contact_attempt c JOIN account a ON a.id = c.account_id
                    WHERE c.occurred_at >= ? AND c.occurred_at < ?
                    UNION ALL
                    SELECT a.team_id, COALESCE(u.username, ''), 0, 0, 0, p.kind = 'PAYMENT',
                           IF(p.kind = 'REVERSAL', -p.amount, p.amount), 0, 0
                    FROM payment p JOIN account a ON a.id = p.account_id LEFT JOIN app_user u ON u.id = a.collector_id
                    WHERE p.paid_on = ? AND p.status = 'POSTED'
                    UNION ALL
                    SELECT a.team_id, '', 0, 0, 0, 0, 0, t.kind = 'PROMISE_KEPT', t.kind = 'PROMISE_BROKEN'
                    FROM timeline_entry t JOIN account a ON a.id = t.account_id
                    WHERE t.kind IN ('PROMISE_KEPT', 'PROMISE_BROKEN') AND t.occurred_at >= ? AND t.occurred_at < ?
                ) activity
                GROUP BY team_id, user_name""".formatted(RIGHT_PARTY), d, d, next, d, d, next);
    }

    private void rebuildAccountGroups(List<LocalDate> batch) {
        Object[] dates = batch.stream().map(Date::valueOf).toArray();
        String in = batch.stream().map(x -> "?").collect(Collectors.joining(","));
        transactions.executeWithoutResult(tx -> {
            dsl.execute("DELETE FROM kpi_dirty_date WHERE delinquency_date IN (" + in + ")", dates);
            dsl.execute("DELETE FROM kpi_account_group WHERE delinquency_date IN (" + in + ")", dates);
            dsl.execute("""
                    INSERT INTO kpi_account_group (delinquency_date, team_id, placed_month, resolved_month, accounts,
                                                   original_balance, current_balance, paid_total)
                    SELECT delinquency_date, team_id, DATE_FORMAT(placed_at, '%Y-%m-01'),
                           IF(status = 'ACTIVE', '9999-12-01',
                              DATE_FORMAT(COALESCE(resolved_at, updated_at), '%Y-%m-01')),
                           COUNT(*), SUM(original_balance), SUM(current_balance), SUM(paid_total)
                    FROM account WHERE delinquency_date IN (""" + in + """
                    )
                    GROUP BY 1, 2, 3, 4""", dates);
        });
    }

    private long maxId(String table) {
        Long max = dsl.fetchOne("SELECT MAX(id) FROM " + table).get(0, Long.class);
        return max == null ? 0 : max;
    }

    /**
     * The distinct values {@code select} reads from rows inserted since the last run: every id above the watermark,
     * and, when the trailing window of ids below it holds more rows than it did at the last run (a transaction
     * that inserted before that run committed after it), the window's rows too. A full run reads every row.
     */
    private List<LocalDate> newRows(String select, String table, Mark mark, long maxId, boolean full,
                                    String... conditions) {
        String extra = conditions.length == 0 ? "" : " AND " + String.join(" AND ", conditions);
        if (full || mark == null) {
            return dates(select + " WHERE id <= ?" + extra, maxId);
        }
        long watermark = mark.lastId();
        boolean lateCommits = windowRows(table, watermark) != mark.windowRows();
        return dates(select + " WHERE id > ? AND id <= ?" + extra,
                lateCommits ? Math.max(0, watermark - TRAILING_IDS) : watermark, maxId);
    }

    /** Rows with ids in the trailing window below {@code top}. */
    private long windowRows(String table, long top) {
        return dsl.fetchOne("SELECT COUNT(*) FROM " + table + " WHERE id > ? AND id <= ?",
                Math.max(0, top - TRAILING_IDS), top).get(0, Long.class);
    }

    private List<LocalDate> dates(String sql, Object... binds) {
        return dsl.fetch(sql, binds).map(r -> r.get(0, LocalDate.class));
    }

    private void mark(String source, long lastId, long windowRows, LocalDateTime now) {
        dsl.execute("INSERT INTO kpi_refresh_state (source, last_id, window_rows, refreshed_at) VALUES (?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE last_id = VALUES(last_id), window_rows = VALUES(window_rows),"
                + " refreshed_at = VALUES(refreshed_at)", source, lastId, windowRows, now);
    }
}
