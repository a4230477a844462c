package app.settle.worklist;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.TEAM;
import static app.settle.worklist.db.Tables.WORKLIST_ACCOUNT;
import static app.settle.worklist.db.Tables.WORKLIST_QUEUE;
import static app.settle.worklist.db.Tables.WORKLIST_QUEUE_COLLECTOR;
import static app.settle.worklist.db.Tables.WORKLIST_QUEUE_ENTRY;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.UserRef;
import app.settle.api.core.AgingBucket;
import app.settle.worklist.db.tables.records.WorklistQueueRecord;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Queues: their definitions, who works them, and their members ({@code worklist_queue_entry}, rebuilt set-based
 * from {@code worklist_account}). Managing is for supervisors (their teams) and administrators; every change is
 * audited. A collector works the queues assigned to them, or, with none, the personal queues of their teams.
 */
final class Queues {

    static final LocalDateTime NEVER = LocalDateTime.of(9999, 12, 31, 0, 0);
    /** At most this many accounts are assigned by one click (each assignment is audited and on the timeline). */
    static final int MAX_ASSIGN = 2_000;

    private final HostContext host;

    Queues(HostContext host) {
        this.host = host;
    }

    /** A queue with what the queue list shows. */
    record Summary(QueueDefinition definition, String teamName, int members, LocalDateTime refreshedAt,
                   Set<Long> collectorIds) {
    }

    List<Summary> managed() {
        UserRef user = Access.requireSupervisor(host);
        DSLContext dsl = host.data().dsl();
        var query = dsl.select(WORKLIST_QUEUE.asterisk(), TEAM.NAME).from(WORKLIST_QUEUE)
                .join(TEAM).on(TEAM.ID.eq(WORKLIST_QUEUE.TEAM_ID));
        var rows = user.role() == Role.ADMIN ? query.orderBy(TEAM.NAME, WORKLIST_QUEUE.NAME).fetch()
                : query.where(WORKLIST_QUEUE.TEAM_ID.in(user.teamIds())).orderBy(TEAM.NAME, WORKLIST_QUEUE.NAME).fetch();
        var collectors = dsl.selectFrom(WORKLIST_QUEUE_COLLECTOR).fetchGroups(WORKLIST_QUEUE_COLLECTOR.QUEUE_ID,
                WORKLIST_QUEUE_COLLECTOR.USER_ID);
        return rows.map(r -> {
            WorklistQueueRecord q = r.into(WORKLIST_QUEUE);
            return new Summary(definition(q), r.get(TEAM.NAME), q.getMemberCount(), q.getRefreshedAt(),
                    Set.copyOf(collectors.getOrDefault(q.getId(), List.of())));
        });
    }

    Optional<QueueDefinition> find(long id) {
        return host.data().dsl().selectFrom(WORKLIST_QUEUE).where(WORKLIST_QUEUE.ID.eq(id)).fetchOptional(Queues::definition);
    }

    /** The queues the user works, by name; each is within the user's teams. */
    List<QueueDefinition> workedBy(UserRef user) {
        DSLContext dsl = host.data().dsl();
        if (user.teamIds().isEmpty()) {
            return List.of();
        }
        List<QueueDefinition> assigned = dsl.select(WORKLIST_QUEUE.asterisk()).from(WORKLIST_QUEUE)
                .join(WORKLIST_QUEUE_COLLECTOR).on(WORKLIST_QUEUE_COLLECTOR.QUEUE_ID.eq(WORKLIST_QUEUE.ID))
                .where(WORKLIST_QUEUE_COLLECTOR.USER_ID.eq(user.id()), WORKLIST_QUEUE.TEAM_ID.in(user.teamIds()))
                .orderBy(WORKLIST_QUEUE.NAME)
                .fetch(r -> definition(r.into(WORKLIST_QUEUE)));
        if (!assigned.isEmpty() && user.role() == Role.COLLECTOR) {
            return assigned;
        }
        var fallback = WORKLIST_QUEUE.TEAM_ID.in(user.teamIds());
        if (user.role() == Role.COLLECTOR) {
            fallback = fallback.and(WORKLIST_QUEUE.PERSONAL.isTrue());
        }
        return dsl.selectFrom(WORKLIST_QUEUE).where(fallback).orderBy(WORKLIST_QUEUE.PERSONAL.desc(), WORKLIST_QUEUE.NAME)
                .fetch(Queues::definition);
    }

    /** Creates or changes a queue (as of the version the supervisor saw) and rebuilds its members. */
    QueueDefinition save(QueueDefinition queue) {
        Access.requireTeam(host, queue.teamId());
        LocalDateTime now = now();
        String actor = host.currentUser().require().username();
        QueueDefinition saved = host.data().inTransaction(dsl -> {
            WorklistQueueRecord record;
            String before = null;
            if (queue.id() == null) {
                record = dsl.newRecord(WORKLIST_QUEUE);
            } else {
                record = dsl.selectFrom(WORKLIST_QUEUE).where(WORKLIST_QUEUE.ID.eq(queue.id())).forUpdate().fetchOptional()
                        .orElseThrow(() -> new IllegalArgumentException("That queue no longer exists."));
                Access.requireTeam(host, record.getTeamId());
                if (record.getVersion() != queue.version()) {
                    throw new IllegalArgumentException("Someone else changed this queue since you opened it; open it again.");
                }
                before = json(definition(record));
            }
            boolean nameTaken = dsl.fetchExists(dsl.selectOne().from(WORKLIST_QUEUE).where(
                    WORKLIST_QUEUE.TEAM_ID.eq(queue.teamId()), WORKLIST_QUEUE.NAME.eq(queue.name()),
                    queue.id() == null ? DSL.trueCondition() : WORKLIST_QUEUE.ID.ne(queue.id())));
            if (nameTaken) {
                throw new IllegalArgumentException("The team already has a queue named " + queue.name() + ".");
            }
            write(record, queue);
            record.setVersion(queue.id() == null ? 0 : queue.version() + 1);
            record.setUpdatedBy(actor);
            record.setUpdatedAt(now);
            record.store();
            QueueDefinition stored = definition(record);
            host.audit().record(new AuditEntry(queue.id() == null ? "QUEUE_CREATED" : "QUEUE_CHANGED", "worklist_queue",
                    Long.toString(record.getId()), before, json(stored)));
            return stored;
        });
        rebuild(saved);
        return find(saved.id()).orElseThrow();
    }

    void delete(long queueId) {
        QueueDefinition queue = find(queueId).orElseThrow(() -> new IllegalArgumentException("That queue no longer exists."));
        Access.requireTeam(host, queue.teamId());
        host.data().inTransaction(dsl -> {
            dsl.deleteFrom(WORKLIST_QUEUE_ENTRY).where(WORKLIST_QUEUE_ENTRY.QUEUE_ID.eq(queueId)).execute();
            dsl.deleteFrom(WORKLIST_QUEUE).where(WORKLIST_QUEUE.ID.eq(queueId)).execute();
            host.audit().record(new AuditEntry("QUEUE_DELETED", "worklist_queue", Long.toString(queueId), json(queue), null));
        });
    }

    /** Who works the queue: collectors of its team only. */
    void assignCollectors(long queueId, Set<Long> userIds) {
        QueueDefinition queue = find(queueId).orElseThrow(() -> new IllegalArgumentException("That queue no longer exists."));
        Access.requireTeam(host, queue.teamId());
        Set<Long> allowed = host.assignments().collectorsOf(queue.teamId()).stream()
                .map(c -> c.id()).collect(Collectors.toSet());
        for (Long id : userIds) {
            if (!allowed.contains(id)) {
                throw new IllegalArgumentException("Only collectors of the queue's team can work it.");
            }
        }
        String actor = host.currentUser().require().username();
        host.data().inTransaction(dsl -> {
            List<Long> before = dsl.select(WORKLIST_QUEUE_COLLECTOR.USER_ID).from(WORKLIST_QUEUE_COLLECTOR)
                    .where(WORKLIST_QUEUE_COLLECTOR.QUEUE_ID.eq(queueId)).orderBy(WORKLIST_QUEUE_COLLECTOR.USER_ID)
                    .fetch(WORKLIST_QUEUE_COLLECTOR.USER_ID);
            dsl.deleteFrom(WORKLIST_QUEUE_COLLECTOR).where(WORKLIST_QUEUE_COLLECTOR.QUEUE_ID.eq(queueId)).execute();
            for (Long id : userIds) {
                dsl.insertInto(WORKLIST_QUEUE_COLLECTOR).set(WORKLIST_QUEUE_COLLECTOR.QUEUE_ID, queueId)
                        .set(WORKLIST_QUEUE_COLLECTOR.USER_ID, id).set(WORKLIST_QUEUE_COLLECTOR.ASSIGNED_BY, actor)
                        .set(WORKLIST_QUEUE_COLLECTOR.ASSIGNED_AT, now()).execute();
            }
            host.audit().record(new AuditEntry("QUEUE_COLLECTORS_CHANGED", "worklist_queue", Long.toString(queueId),
                    before.toString(), userIds.stream().sorted().toList().toString()));
        });
    }

    /**
     * Assigns the queue's best-ranked accounts that nobody works yet (new placements) to the collectors, taking
     * turns (round-robin; one collector: bulk), at most {@code limit} (capped at {@link #MAX_ASSIGN}). Each
     * assignment goes through the host (audit, timeline). Returns the number assigned.
     */
    int assignUnassigned(long queueId, List<Long> collectorIds, int limit) {
        QueueDefinition queue = find(queueId).orElseThrow(() -> new IllegalArgumentException("That queue no longer exists."));
        Access.requireTeam(host, queue.teamId());
        if (collectorIds.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one collector.");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("Assign at least one account.");
        }
        List<Long> accounts = host.data().dsl().select(WORKLIST_QUEUE_ENTRY.ACCOUNT_ID).from(WORKLIST_QUEUE_ENTRY)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(WORKLIST_QUEUE_ENTRY.ACCOUNT_ID))
                .where(WORKLIST_QUEUE_ENTRY.QUEUE_ID.eq(queueId), ACCOUNT.COLLECTOR_ID.isNull(),
                        host.accounts().visibleToCurrentUser())
                .orderBy(WORKLIST_QUEUE_ENTRY.RANK_VALUE, WORKLIST_QUEUE_ENTRY.ACCOUNT_ID)
                .limit(Math.min(limit, MAX_ASSIGN))
                .fetch(WORKLIST_QUEUE_ENTRY.ACCOUNT_ID);
        for (int i = 0; i < accounts.size(); i++) {
            host.assignments().assign(accounts.get(i), collectorIds.get(i % collectorIds.size()));
        }
        new Recompute(host).run(Scope.accounts(accounts));
        return accounts.size();
    }

    /** Rebuilds a queue's members from the current account facts. */
    void rebuild(QueueDefinition queue) {
        synchronized (Recompute.LOCK) {
            rebuildLocked(queue);
        }
    }

    private void rebuildLocked(QueueDefinition queue) {
        int members = host.data().inTransaction((DSLContext dsl) -> {
            return refreshMembers(dsl, queue, Scope.all(), now());
        });
        host.data().dsl().update(WORKLIST_QUEUE).set(WORKLIST_QUEUE.MEMBER_COUNT, members)
                .set(WORKLIST_QUEUE.REFRESHED_AT, now()).where(WORKLIST_QUEUE.ID.eq(queue.id())).execute();
    }

    /**
     * Replaces the queue's entries for the accounts in scope with those that match it now; returns how many. An
     * account that cannot be called at all (a flag or hold blocks contact, no usable phone) is blocked "forever"
     * in its entries, so the list's callable sections never need to look at it. Each entry also stores the keys of
     * the column orders ({@link SortKeys}). This is the only writer of entries: the recomputation (nightly, new
     * placements, account events) and a queue's save both come here.
     */
    static int refreshMembers(DSLContext dsl, QueueDefinition queue, Scope scope, LocalDateTime now) {
        var e = WORKLIST_QUEUE_ENTRY;
        var w = WORKLIST_ACCOUNT;
        dsl.deleteFrom(e).where(e.QUEUE_ID.eq(queue.id()), scope.on(e.ACCOUNT_ID)).execute();
        return dsl.insertInto(e, e.QUEUE_ID, e.ACCOUNT_ID, e.OWNER_ID, e.WINDOW_KEY, e.RANK_VALUE, e.BLOCKED_UNTIL,
                        e.CALLBACK_AT, e.BALANCE_KEY, e.PAST_DUE_KEY, e.SCORE_KEY)
                .select(dsl.select(DSL.inline(queue.id()), w.ACCOUNT_ID,
                                queue.personal() ? DSL.coalesce(w.COLLECTOR_ID, DSL.inline(-1L)) : DSL.inline(0L),
                                w.WINDOW_KEY, queue.rank(now),
                                DSL.when(w.CONTACT_BLOCKED.isTrue().or(w.USABLE_PHONES.eq(0)), DSL.inline(NEVER))
                                        .otherwise(w.BLOCKED_UNTIL),
                                w.CALLBACK_AT, SortKeys.BALANCE, SortKeys.PAST_DUE, SortKeys.SCORE)
                        .from(w)
                        .where(queue.membership(now), scope.on(w.ACCOUNT_ID)))
                .execute();
    }

    /** Every queue, for the background recomputation (no user). */
    List<QueueDefinition> all() {
        return host.data().dsl().selectFrom(WORKLIST_QUEUE).orderBy(WORKLIST_QUEUE.ID).fetch(Queues::definition);
    }

    /** Gives every team without a queue a personal starter queue, so collectors have a worklist from day one. */
    List<QueueDefinition> ensureStarterQueues() {
        DSLContext dsl = host.data().dsl();
        List<QueueDefinition> created = new ArrayList<>();
        var teams = dsl.select(TEAM.ID, TEAM.NAME).from(TEAM)
                .whereNotExists(dsl.selectOne().from(WORKLIST_QUEUE).where(WORKLIST_QUEUE.TEAM_ID.eq(TEAM.ID))).fetch();
        for (var team : teams) {
            WorklistQueueRecord record = dsl.newRecord(WORKLIST_QUEUE);
            write(record, QueueDefinition.starter("My accounts", team.value1(), true));
            record.setVersion(0);
            record.setUpdatedBy("plugin:" + host.pluginId());
            record.setUpdatedAt(now());
            record.store();
            host.audit().record(new AuditEntry("QUEUE_CREATED", "worklist_queue", Long.toString(record.getId()), null,
                    json(definition(record))));
            created.add(definition(record));
        }
        return created;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC);
    }

    private static void write(WorklistQueueRecord r, QueueDefinition q) {
        r.setName(q.name());
        r.setTeamId(q.teamId());
        r.setPersonal(q.personal());
        r.setAgingBuckets(csv(q.agingBuckets().stream().map(Enum::name).toList()));
        r.setBalanceMin(q.balanceMin());
        r.setBalanceMax(q.balanceMax());
        r.setStatuses(csv(q.statuses()));
        r.setStates(csv(q.states()));
        r.setTimeZones(csv(q.timeZones()));
        r.setScoreMin(q.scoreMin());
        r.setScoreMax(q.scoreMax());
        r.setBrokenPromisesMin(q.brokenPromisesMin());
        r.setDaysSinceContactMin(q.daysSinceContactMin());
        r.setExcludeHolds(q.excludeHolds());
        r.setRanking(q.ranking().name());
        r.setWBalance(q.weights().balance());
        r.setWDaysPastDue(q.weights().daysPastDue());
        r.setWScore(q.weights().score());
        r.setWPromises(q.weights().promises());
        r.setWRecency(q.weights().recency());
    }

    static QueueDefinition definition(WorklistQueueRecord r) {
        return new QueueDefinition(r.getId(), r.getName(), r.getTeamId(), r.getPersonal(),
                set(r.getAgingBuckets()).stream().map(AgingBucket::valueOf).collect(Collectors.toSet()),
                r.getBalanceMin(), r.getBalanceMax(), set(r.getStatuses()), set(r.getStates()), set(r.getTimeZones()),
                r.getScoreMin(), r.getScoreMax(), r.getBrokenPromisesMin(), r.getDaysSinceContactMin(),
                r.getExcludeHolds(), QueueRanking.valueOf(r.getRanking()),
                new Weights(r.getWBalance(), r.getWDaysPastDue(), r.getWScore(), r.getWPromises(), r.getWRecency()),
                r.getVersion());
    }

    private static String csv(java.util.Collection<String> values) {
        return values.isEmpty() ? null : values.stream().sorted().collect(Collectors.joining(","));
    }

    private static Set<String> set(String csv) {
        return csv == null || csv.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(csv.split(",")));
    }

    private static String json(QueueDefinition q) {
        List<String> parts = new ArrayList<>();
        parts.add("\"name\":\"" + q.name().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        parts.add("\"team\":" + q.teamId());
        parts.add("\"personal\":" + q.personal());
        parts.add("\"filters\":\"" + q.describe().replace("\"", "'") + "\"");
        parts.add("\"ranking\":\"" + q.ranking() + "\"");
        parts.add("\"weights\":\"" + q.weights() + "\"");
        return "{" + String.join(",", parts) + "}";
    }
}
