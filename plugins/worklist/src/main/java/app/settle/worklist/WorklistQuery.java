package app.settle.worklist;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.DEBTOR;
import static app.settle.worklist.db.Tables.WORKLIST_ACCOUNT;
import static app.settle.worklist.db.Tables.WORKLIST_QUEUE_ENTRY;
import static app.settle.worklist.db.Tables.WORKLIST_ZONE;

import app.settle.api.HostContext;
import app.settle.api.UserRef;
import app.settle.worklist.WorklistRow.Section;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Pages of a collector's worklist: callbacks due, then accounts callable now, then the rest, each in the queue's
 * rank order, with keyset paging. "Callable now" is decided in SQL from the precomputed zone window (for the few
 * window keys callable at this minute: one ordered index range each, merged), the call-frequency block and the
 * contact-blocking flags; the guard confirms the account actually offered ({@link NextAccount}). Every query
 * carries the host's team scope.
 */
final class WorklistQuery {

    /** A callback counts as due from a little before the agreed time until some hours after (as the guard has it). */
    static final Duration CALLBACK_EARLY = Duration.ofMinutes(15);
    static final Duration CALLBACK_LATE = Duration.ofHours(4);

    private final HostContext host;

    WorklistQuery(HostContext host) {
        this.host = host;
    }

    record Page(List<WorklistRow> rows, Cursor next) {
    }

    /** Up to {@code size} rows in the queue's order after {@code after} (null: from the top). */
    Page page(QueueDefinition queue, UserRef user, WorklistFilter filter, Cursor after, int size) {
        return page(queue, user, filter, WorklistSort.QUEUE, after, size);
    }

    /**
     * Up to {@code size} rows after {@code after} (null: from the top), each part of the list in the {@code sort}
     * order; {@code next} is null at the end.
     */
    Page page(QueueDefinition queue, UserRef user, WorklistFilter filter, WorklistSort sort, Cursor after, int size) {
        DSLContext dsl = host.data().dsl();
        Instant instant = host.clock().instant();
        LocalDateTime now = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        ContactLimits limits = ContactLimits.inForce(dsl, now.toLocalDate());
        Set<Integer> callable = new HashSet<>();
        Set<Integer> notCallable = new HashSet<>(Set.of(ZoneWindow.UNKNOWN));
        for (Integer key : dsl.selectDistinct(WORKLIST_ZONE.WINDOW_KEY).from(WORKLIST_ZONE).fetch(WORKLIST_ZONE.WINDOW_KEY)) {
            if (key != ZoneWindow.UNKNOWN && ZoneWindow.decode(key).callableAt(instant, limits.earliest(), limits.latest())) {
                callable.add(key);
            } else {
                notCallable.add(key);
            }
        }
        long owner = queue.personal() ? user.id() : 0L;
        List<Ranked> ranked = new ArrayList<>();
        for (Section section : Section.values()) {
            if (after != null && section.ordinal() < after.section().ordinal()) {
                continue;
            }
            if (filter.callableOnly() && section == Section.LATER) {
                break;
            }
            Cursor seek = after != null && after.section() == section ? after : null;
            ranked.addAll(section(dsl, queue, owner, filter, sort, section, callable, notCallable, now, seek,
                    size + 1 - ranked.size()));
            if (ranked.size() > size) {
                break;
            }
        }
        boolean more = ranked.size() > size;
        List<Ranked> shown = more ? ranked.subList(0, size) : ranked;
        List<WorklistRow> rows = details(dsl, shown);
        Ranked last = shown.isEmpty() ? null : shown.getLast();
        return new Page(rows, more && last != null ? new Cursor(last.section(), last.key(), last.accountId()) : null);
    }

    /** An entry's place: its account, its key in the chosen order, the queue's rank and the part it is in. */
    private record Ranked(long accountId, long key, long rank, Section section) {
    }

    private List<Ranked> section(DSLContext dsl, QueueDefinition queue, long owner, WorklistFilter filter,
                                 WorklistSort sort, Section section, Set<Integer> callable, Set<Integer> notCallable, LocalDateTime now,
                                 Cursor seek, int limit) {
        var e = WORKLIST_QUEUE_ENTRY;
        Condition free = e.BLOCKED_UNTIL.le(now);
        // a callback further ahead hides the account until then (IS NULL: SQL's NULL never compares)
        Condition visible = e.CALLBACK_AT.isNull().or(e.CALLBACK_AT.le(now.plus(CALLBACK_EARLY)));
        Condition dueNow = e.CALLBACK_AT.between(now.minus(CALLBACK_LATE), now.plus(CALLBACK_EARLY));
        Condition ordinary = e.CALLBACK_AT.isNull().or(e.CALLBACK_AT.lt(now.minus(CALLBACK_LATE)));
        List<Condition> parts = new ArrayList<>();
        switch (section) {
            case CALLBACK_DUE -> {
                // the debtor agreed to this call: the frequency and quiet-period rules do not hold it back
                if (!callable.isEmpty()) {
                    parts.add(dueNow.and(e.WINDOW_KEY.in(callable)).and(e.BLOCKED_UNTIL.lt(Queues.NEVER)));
                }
            }
            case CALLABLE -> callable.forEach(key -> parts.add(e.WINDOW_KEY.eq(key).and(ordinary).and(free)));
            case LATER -> {
                notCallable.forEach(key -> parts.add(e.WINDOW_KEY.eq(key).and(visible)));
                if (!callable.isEmpty()) {
                    // served by ix_worklist_entry_blocked: few rows (recent calls, flags, no phone)
                    parts.add(e.BLOCKED_UNTIL.gt(now).and(e.WINDOW_KEY.in(callable))
                            .and(ordinary.or(e.BLOCKED_UNTIL.eq(Queues.NEVER).and(visible))));
                }
            }
        }
        if (parts.isEmpty() || limit <= 0) {
            return List.of();
        }
        Field<Long> key = sort.key();
        Condition after = seek == null ? DSL.trueCondition()
                : key.gt(seek.key()).or(key.eq(seek.key()).and(e.ACCOUNT_ID.gt(seek.accountId())));
        List<Select<Record3<Long, Long, Long>>> selects = new ArrayList<>();
        for (Condition part : parts) {
            selects.add(dsl.select(e.ACCOUNT_ID, key.as("sort_key"), e.RANK_VALUE)
                    // the entry drives (its index gives the order); the others are primary-key look-ups
                    .from(e.straightJoin(WORKLIST_ACCOUNT).on(WORKLIST_ACCOUNT.ACCOUNT_ID.eq(e.ACCOUNT_ID))
                            .straightJoin(ACCOUNT).on(ACCOUNT.ID.eq(e.ACCOUNT_ID)))
                    .where(e.QUEUE_ID.eq(queue.id()), e.OWNER_ID.eq(owner), part, after, filter.condition(),
                            host.accounts().visibleToCurrentUser())
                    .orderBy(key, e.ACCOUNT_ID)
                    .limit(limit));
        }
        if (selects.size() == 1) {
            return selects.getFirst().fetch(r -> new Ranked(r.value1(), r.value2(), r.value3(), section));
        }
        Select<Record3<Long, Long, Long>> union = selects.getFirst();
        for (int i = 1; i < selects.size(); i++) {
            union = union.unionAll(selects.get(i));
        }
        Table<Record3<Long, Long, Long>> merged = union.asTable("merged", "account_id", "sort_key", "rank_value");
        Field<Long> id = merged.field("account_id", Long.class);
        Field<Long> sortKey = merged.field("sort_key", Long.class);
        Field<Long> rank = merged.field("rank_value", Long.class);
        return dsl.select(id, sortKey, rank).from(merged).orderBy(sortKey, id).limit(limit)
                .fetch(r -> new Ranked(r.value1(), r.value2(), r.value3(), section));
    }

    private List<WorklistRow> details(DSLContext dsl, List<Ranked> ranked) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        var w = WORKLIST_ACCOUNT;
        Map<Long, WorklistRow> byId = new HashMap<>();
        dsl.select(w.asterisk(), ACCOUNT.EXTERNAL_REF, DEBTOR.FIRST_NAME, DEBTOR.LAST_NAME, DEBTOR.BUSINESS_NAME)
                .from(w).join(ACCOUNT).on(ACCOUNT.ID.eq(w.ACCOUNT_ID)).join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID))
                .where(w.ACCOUNT_ID.in(ranked.stream().map(Ranked::accountId).toList()))
                .forEach(r -> byId.put(r.get(w.ACCOUNT_ID), row(r, null, 0)));
        List<WorklistRow> rows = new ArrayList<>();
        for (Ranked one : ranked) {
            WorklistRow row = byId.get(one.accountId());
            if (row != null) {
                rows.add(withPlace(row, one.section(), one.rank()));
            }
        }
        return rows;
    }

    private static WorklistRow row(org.jooq.Record r, Section section, long rank) {
        var w = WORKLIST_ACCOUNT;
        String business = r.get(DEBTOR.BUSINESS_NAME);
        String name = business != null && !business.isBlank() ? business
                : (nullToEmpty(r.get(DEBTOR.FIRST_NAME)) + " " + nullToEmpty(r.get(DEBTOR.LAST_NAME))).strip();
        // currency, state and zone repeat across rows and sessions: one shared copy each (interned)
        return new WorklistRow(r.get(w.ACCOUNT_ID), r.get(ACCOUNT.EXTERNAL_REF), name, r.get(w.BALANCE),
                shared(r.get(w.CURRENCY)), r.get(w.DAYS_PAST_DUE), shared(r.get(w.STATE)), shared(r.get(w.TIME_ZONE)),
                section, rank, r.get(w.SCORE), r.get(w.PTS_BALANCE), r.get(w.PTS_DAYS_PAST_DUE), r.get(w.PTS_PAYMENTS),
                r.get(w.PTS_PROMISES), r.get(w.PTS_CONTACTABILITY), r.get(w.USABLE_PHONES), r.get(w.CONTACT_BLOCKED),
                r.get(w.BLOCKED_UNTIL), r.get(w.CALLBACK_AT));
    }

    private static String shared(String value) {
        return value == null ? null : value.intern();
    }

    private static WorklistRow withPlace(WorklistRow r, Section section, long rank) {
        return new WorklistRow(r.accountId(), r.externalRef(), r.debtorName(), r.balance(), r.currency(), r.daysPastDue(),
                r.state(), r.timeZone(), section, rank, r.score(), r.balancePoints(), r.daysPastDuePoints(),
                r.paymentPoints(), r.promisePoints(), r.contactabilityPoints(), r.usablePhones(), r.contactBlocked(),
                r.blockedUntil(), r.callbackAt());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
