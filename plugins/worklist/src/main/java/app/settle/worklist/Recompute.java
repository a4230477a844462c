package app.settle.worklist;

import static app.settle.worklist.db.Tables.WORKLIST_ACCOUNT;
import static app.settle.worklist.db.Tables.WORKLIST_ZONE;

import app.settle.api.HostContext;
import app.settle.api.core.Timeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Rebuilds the worklist's derived data for a {@link Scope} of accounts in set-based SQL (no per-row Java): the
 * account facts and counters in {@code worklist_account} (from account, debtor, holds, contact attempts and
 * payments), the points per score component and the score, the zone window, then every queue's entries. Runs
 * nightly for all accounts, every minute for new placements, and for the accounts named by account events.
 */
final class Recompute {

    /** A promise to pay counts as broken when no payment was posted within this many days of it. */
    static final int PROMISE_GRACE_DAYS = 14;

    private final HostContext host;

    Recompute(HostContext host) {
        this.host = host;
    }

    /**
     * One recomputation at a time in this portal: the background jobs and a supervisor's save would otherwise
     * update the same rows in opposite orders and deadlock.
     */
    static final Object LOCK = new Object();

    /** Recomputes the accounts in scope and returns how many accounts were (re)computed. */
    int run(Scope scope) {
        synchronized (LOCK) {
            return runLocked(scope);
        }
    }

    private int runLocked(Scope scope) {
        Instant now = host.clock().instant();
        LocalDateTime nowUtc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        LocalDate today = nowUtc.toLocalDate();
        ScoreModel model = new ScoreModels(host).current();
        DSLContext base = host.data().dsl();
        ContactLimits limits = ContactLimits.inForce(base, today);
        int accounts = host.data().inTransaction(dsl -> {
            int n = facts(dsl, scope, nowUtc, today);
            contacts(dsl, scope, nowUtc, limits, new ContactEffects(host).restHours());
            zones(dsl, scope, now, limits);
            points(dsl, scope, model);
            return n;
        });
        if (scope.isAll()) {
            new Queues(host).ensureStarterQueues(); // teams created since the last run get theirs now
        }
        List<QueueDefinition> queues = new Queues(host).all();
        for (QueueDefinition queue : queues) {
            host.data().inTransaction(dsl -> {
                int members = Queues.refreshMembers(dsl, queue, scope, nowUtc);
                if (scope.isAll()) {
                    dsl.update(app.settle.worklist.db.Tables.WORKLIST_QUEUE)
                            .set(app.settle.worklist.db.Tables.WORKLIST_QUEUE.MEMBER_COUNT, members)
                            .set(app.settle.worklist.db.Tables.WORKLIST_QUEUE.REFRESHED_AT, nowUtc)
                            .where(app.settle.worklist.db.Tables.WORKLIST_QUEUE.ID.eq(queue.id())).execute();
                }
            });
        }
        return accounts;
    }

    private static int facts(DSLContext dsl, Scope scope, LocalDateTime now, LocalDate today) {
        return dsl.execute("""
                INSERT INTO worklist_account (account_id, team_id, collector_id, status, balance, currency, days_past_due,
                    state, time_zone, paid_percent, contact_blocked, on_hold, computed_at)
                SELECT account.id, account.team_id, account.collector_id, account.status, account.current_balance,
                    account.currency, GREATEST(0, DATEDIFF(?, account.delinquency_date)), debtor.state, debtor.time_zone,
                    CASE WHEN account.original_balance > 0
                         THEN LEAST(100, ROUND(account.paid_total * 100 / account.original_balance, 2)) ELSE 0 END,
                    (debtor.cease_communication OR debtor.attorney_represented OR debtor.bankruptcy OR debtor.deceased
                      OR EXISTS (SELECT 1 FROM account_hold h WHERE h.account_id = account.id AND h.released_at IS NULL
                                 AND h.blocks_contact)),
                    EXISTS (SELECT 1 FROM account_hold h WHERE h.account_id = account.id AND h.released_at IS NULL),
                    ?
                FROM account JOIN debtor ON debtor.id = account.debtor_id
                WHERE %s
                ON DUPLICATE KEY UPDATE team_id = VALUES(team_id), collector_id = VALUES(collector_id),
                    status = VALUES(status), balance = VALUES(balance), currency = VALUES(currency),
                    days_past_due = VALUES(days_past_due), state = VALUES(state), time_zone = VALUES(time_zone),
                    paid_percent = VALUES(paid_percent), contact_blocked = VALUES(contact_blocked),
                    on_hold = VALUES(on_hold), computed_at = VALUES(computed_at)
                """.formatted(scope.sql("account.id")), today, now);
    }

    /**
     * Last contact, callback (the latest contact's), the predicted call block (the rest after a contact without a
     * callback, the quiet period after a conversation, the 7-in-7 limit), broken promises, usable phones.
     */
    private static void contacts(DSLContext dsl, Scope scope, LocalDateTime now, ContactLimits limits, int restHours) {
        String inScope = scope.sql("w.account_id");
        dsl.execute("""
                UPDATE worklist_account w SET w.last_contact_at = NULL, w.callback_at = NULL, w.broken_promises = 0,
                    w.blocked_until = '1970-01-01 00:00:00'
                WHERE %s""".formatted(inScope));
        dsl.execute("""
                UPDATE worklist_account w JOIN (
                    SELECT c.account_id, MAX(c.occurred_at) AS last_at, MAX(c.id) AS last_id,
                        MAX(CASE WHEN c.channel = 'CALL' AND c.conversation THEN c.occurred_at END) AS last_conversation
                    FROM contact_attempt c WHERE %s GROUP BY c.account_id) x ON x.account_id = w.account_id
                JOIN contact_attempt lc ON lc.id = x.last_id
                SET w.last_contact_at = x.last_at, w.callback_at = lc.callback_at,
                    w.blocked_until = GREATEST(
                        CASE WHEN lc.callback_at IS NULL THEN x.last_at + INTERVAL ? HOUR ELSE '1970-01-01 00:00:00' END,
                        COALESCE(x.last_conversation + INTERVAL ? DAY, '1970-01-01 00:00:00'))
                """.formatted(scope.sql("c.account_id")), restHours, limits.quietDays());
        dsl.execute("""
                UPDATE worklist_account w JOIN (
                    SELECT r.account_id, r.occurred_at FROM (
                        SELECT c.account_id, c.occurred_at,
                            ROW_NUMBER() OVER (PARTITION BY c.account_id ORDER BY c.occurred_at DESC) AS n
                        FROM contact_attempt c
                        WHERE %s AND c.channel = 'CALL' AND c.direction = 'OUTBOUND' AND c.occurred_at > ?) r
                    WHERE r.n = ?) x ON x.account_id = w.account_id
                SET w.blocked_until = GREATEST(w.blocked_until, x.occurred_at + INTERVAL ? DAY)
                """.formatted(scope.sql("c.account_id")), now.minusDays(limits.callWindowDays()),
                limits.maxCallAttempts(), limits.callWindowDays());
        dsl.execute("""
                UPDATE worklist_account w JOIN (
                    SELECT c.account_id, COUNT(*) AS broken FROM contact_attempt c
                    WHERE %s AND c.outcome = 'PROMISE_TO_PAY' AND c.occurred_at < ?
                      AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.account_id = c.account_id AND p.status = 'POSTED'
                          AND p.kind = 'PAYMENT' AND p.paid_on >= DATE(c.occurred_at)
                          AND p.paid_on <= DATE(c.occurred_at) + INTERVAL ? DAY)
                    GROUP BY c.account_id) x ON x.account_id = w.account_id
                SET w.broken_promises = x.broken
                """.formatted(scope.sql("c.account_id")), now.minusDays(PROMISE_GRACE_DAYS), PROMISE_GRACE_DAYS);
        // promises another plugin tracked and found broken (timeline kind PROMISE_BROKEN, plugin API 1.2)
        dsl.execute("""
                UPDATE worklist_account w JOIN (
                    SELECT t.account_id, COUNT(*) AS broken FROM timeline_entry t
                    WHERE t.kind = ? AND %s GROUP BY t.account_id) x ON x.account_id = w.account_id
                SET w.broken_promises = w.broken_promises + x.broken
                """.formatted(scope.sql("t.account_id")), Timeline.PROMISE_BROKEN);
        dsl.execute("""
                UPDATE worklist_account w JOIN account a ON a.id = w.account_id
                SET w.usable_phones = (SELECT COUNT(*) FROM contact_point cp WHERE cp.debtor_id = a.debtor_id
                    AND cp.kind = 'PHONE' AND NOT EXISTS (SELECT 1 FROM contact_attempt c WHERE c.account_id = a.id
                        AND c.address = cp.value AND c.outcome = 'WRONG_NUMBER'))
                WHERE %s""".formatted(inScope));
    }

    /**
     * Encodes the zones of the accounts in scope (all zones in use for a full run, since daylight saving time moves
     * offsets) and gives each account its window key; '' stands for an unknown zone.
     */
    private static void zones(DSLContext dsl, Scope scope, Instant now, ContactLimits limits) {
        List<String> zones = dsl.selectDistinct(WORKLIST_ACCOUNT.TIME_ZONE).from(WORKLIST_ACCOUNT)
                .where(scope.on(WORKLIST_ACCOUNT.ACCOUNT_ID)).fetch(WORKLIST_ACCOUNT.TIME_ZONE);
        List<String> known = new ArrayList<>();
        for (String zone : zones) {
            known.add(zone == null ? "" : zone);
        }
        if (!known.contains("")) {
            known.add("");
        }
        for (String zone : known) {
            int key;
            try {
                key = zone.isEmpty() ? ZoneWindow.of(limits.unknownZoneCandidates(), now).key()
                        : ZoneWindow.of(List.of(ZoneId.of(zone)), now).key();
            } catch (RuntimeException notAZone) {
                key = ZoneWindow.UNKNOWN;
            }
            dsl.insertInto(WORKLIST_ZONE).set(WORKLIST_ZONE.TIME_ZONE, zone).set(WORKLIST_ZONE.WINDOW_KEY, key)
                    .onDuplicateKeyUpdate().set(WORKLIST_ZONE.WINDOW_KEY, key).execute();
        }
        dsl.execute("""
                UPDATE worklist_account w LEFT JOIN worklist_zone z ON z.time_zone = COALESCE(w.time_zone, '')
                SET w.window_key = COALESCE(z.window_key, 0) WHERE %s""".formatted(scope.sql("w.account_id")));
    }

    private static void points(DSLContext dsl, Scope scope, ScoreModel model) {
        String balance = model.pointsSql(ScoreComponent.BALANCE, "w.balance");
        String dpd = model.pointsSql(ScoreComponent.DAYS_PAST_DUE, "w.days_past_due");
        String payments = model.pointsSql(ScoreComponent.PAYMENTS, "w.paid_percent");
        String promises = model.pointsSql(ScoreComponent.PROMISES, "w.broken_promises");
        String contactability = model.pointsSql(ScoreComponent.CONTACTABILITY, "w.usable_phones");
        dsl.execute("""
                UPDATE worklist_account w SET w.pts_balance = %s, w.pts_days_past_due = %s, w.pts_payments = %s,
                    w.pts_promises = %s, w.pts_contactability = %s, w.score = %s + %s + %s + %s + %s
                WHERE %s""".formatted(balance, dpd, payments, promises, contactability,
                balance, dpd, payments, promises, contactability, scope.sql("w.account_id")));
    }
}
