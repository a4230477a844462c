package app.settle.worklist;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.worklist.db.Tables.WORKLIST_QUEUE_ENTRY;
import static app.settle.worklist.db.Tables.WORKLIST_ROUND_ROBIN;
import static app.settle.worklist.db.Tables.WORKLIST_ROUND_ROBIN_COLLECTOR;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import app.settle.api.core.Assignments;
import app.settle.worklist.db.tables.records.WorklistRoundRobinRecord;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;

/**
 * Round-robin deal of new placements, per queue: a supervisor turns it on with a list of the team's collectors;
 * from then on the queue's members placed afterwards that nobody works yet are assigned to those collectors in
 * turn by the placement job ({@link WorklistJobs}, one node at a time). Whose turn it is next is stored with the
 * setting and moves in the same transaction as each assignment, so the turns stay fair across restarts and portal
 * nodes. Every assignment goes through the host (audit row and timeline entry as {@code plugin:worklist}); turning
 * the deal on, changing it or turning it off is audited too.
 */
final class RoundRobin {

    /** At most this many accounts are dealt per tick; the rest follow on the next ones. */
    static final int PER_TICK = 2_000;

    private final HostContext host;

    RoundRobin(HostContext host) {
        this.host = host;
    }

    /** A queue's deal: its collectors in turn order, whose turn is next, and how many were dealt so far. */
    record Setting(long queueId, List<Long> collectorIds, int nextTurn, long dealt) {
    }

    Optional<Setting> of(long queueId) {
        var dsl = host.data().dsl();
        return dsl.selectFrom(WORKLIST_ROUND_ROBIN).where(WORKLIST_ROUND_ROBIN.QUEUE_ID.eq(queueId)).fetchOptional()
                .map(r -> new Setting(queueId, collectors(queueId), r.getNextTurn(), r.getDealt()));
    }

    private List<Long> collectors(long queueId) {
        return host.data().dsl().select(WORKLIST_ROUND_ROBIN_COLLECTOR.USER_ID).from(WORKLIST_ROUND_ROBIN_COLLECTOR)
                .where(WORKLIST_ROUND_ROBIN_COLLECTOR.QUEUE_ID.eq(queueId)).orderBy(WORKLIST_ROUND_ROBIN_COLLECTOR.TURN)
                .fetch(WORKLIST_ROUND_ROBIN_COLLECTOR.USER_ID);
    }

    /**
     * Turns the deal on for the queue with these collectors (in this turn order), or off when the list is empty.
     * Only accounts placed after it is first turned on are dealt; a change keeps that point and starts the turns
     * again with the first collector.
     */
    void configure(long queueId, List<Long> collectorIds) {
        QueueDefinition queue = new Queues(host).find(queueId)
                .orElseThrow(() -> new IllegalArgumentException("That queue no longer exists."));
        Access.requireTeam(host, queue.teamId());
        Set<Long> allowed = host.assignments().collectorsOf(queue.teamId()).stream().map(Assignments.Collector::id)
                .collect(Collectors.toSet());
        if (!allowed.containsAll(collectorIds)) {
            throw new IllegalArgumentException("Only collectors of the queue's team can be dealt accounts.");
        }
        if (collectorIds.stream().distinct().count() != collectorIds.size()) {
            throw new IllegalArgumentException("Name each collector once.");
        }
        String actor = host.currentUser().require().username();
        LocalDateTime now = LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC);
        host.data().inTransaction(dsl -> {
            WorklistRoundRobinRecord existing = dsl.selectFrom(WORKLIST_ROUND_ROBIN)
                    .where(WORKLIST_ROUND_ROBIN.QUEUE_ID.eq(queueId)).forUpdate().fetchOne();
            String before = existing == null ? null : collectors(queueId).toString();
            if (collectorIds.isEmpty()) {
                dsl.deleteFrom(WORKLIST_ROUND_ROBIN).where(WORKLIST_ROUND_ROBIN.QUEUE_ID.eq(queueId)).execute();
                if (existing != null) {
                    host.audit().record(new AuditEntry("ROUND_ROBIN_OFF", "worklist_queue", Long.toString(queueId),
                            before, null));
                }
                return null;
            }
            long from = existing != null ? existing.getFromAccountId()
                    : Optional.ofNullable(dsl.select(DSL.max(ACCOUNT.ID)).from(ACCOUNT).fetchOne().value1()).orElse(0L);
            dsl.insertInto(WORKLIST_ROUND_ROBIN).set(WORKLIST_ROUND_ROBIN.QUEUE_ID, queueId)
                    .set(WORKLIST_ROUND_ROBIN.FROM_ACCOUNT_ID, from).set(WORKLIST_ROUND_ROBIN.NEXT_TURN, 0)
                    .set(WORKLIST_ROUND_ROBIN.UPDATED_BY, actor).set(WORKLIST_ROUND_ROBIN.UPDATED_AT, now)
                    .onDuplicateKeyUpdate().set(WORKLIST_ROUND_ROBIN.NEXT_TURN, 0)
                    .set(WORKLIST_ROUND_ROBIN.UPDATED_BY, actor).set(WORKLIST_ROUND_ROBIN.UPDATED_AT, now).execute();
            dsl.deleteFrom(WORKLIST_ROUND_ROBIN_COLLECTOR).where(WORKLIST_ROUND_ROBIN_COLLECTOR.QUEUE_ID.eq(queueId))
                    .execute();
            for (int turn = 0; turn < collectorIds.size(); turn++) {
                dsl.insertInto(WORKLIST_ROUND_ROBIN_COLLECTOR).set(WORKLIST_ROUND_ROBIN_COLLECTOR.QUEUE_ID, queueId)
                        .set(WORKLIST_ROUND_ROBIN_COLLECTOR.TURN, turn)
                        .set(WORKLIST_ROUND_ROBIN_COLLECTOR.USER_ID, collectorIds.get(turn)).execute();
            }
            host.audit().record(new AuditEntry(existing == null ? "ROUND_ROBIN_ON" : "ROUND_ROBIN_CHANGED",
                    "worklist_queue", Long.toString(queueId), before,
                    "{\"collectors\":" + collectorIds + ",\"placedAfterAccount\":" + from + "}"));
            return null;
        });
    }

    /**
     * Deals the new placements of every queue with a deal (background work, no user) and returns the accounts
     * assigned. A collector who is no longer an enabled collector of the queue's team loses the turn; with none
     * left, that queue deals nothing until a supervisor changes its list.
     */
    List<Long> deal() {
        List<Long> assigned = new ArrayList<>();
        List<Long> queues = host.data().dsl().select(WORKLIST_ROUND_ROBIN.QUEUE_ID).from(WORKLIST_ROUND_ROBIN)
                .orderBy(WORKLIST_ROUND_ROBIN.QUEUE_ID).fetch(WORKLIST_ROUND_ROBIN.QUEUE_ID);
        for (long queueId : queues) {
            assigned.addAll(dealQueue(queueId, PER_TICK - assigned.size()));
        }
        return assigned;
    }

    private List<Long> dealQueue(long queueId, int limit) {
        var dsl = host.data().dsl();
        Setting setting = of(queueId).orElse(null);
        if (setting == null || setting.collectorIds().isEmpty() || limit <= 0) {
            return List.of();
        }
        long from = dsl.select(WORKLIST_ROUND_ROBIN.FROM_ACCOUNT_ID).from(WORKLIST_ROUND_ROBIN)
                .where(WORKLIST_ROUND_ROBIN.QUEUE_ID.eq(queueId)).fetchSingle().value1();
        List<Long> accounts = dsl.select(WORKLIST_QUEUE_ENTRY.ACCOUNT_ID).from(WORKLIST_QUEUE_ENTRY)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(WORKLIST_QUEUE_ENTRY.ACCOUNT_ID))
                .where(WORKLIST_QUEUE_ENTRY.QUEUE_ID.eq(queueId), WORKLIST_QUEUE_ENTRY.ACCOUNT_ID.gt(from),
                        ACCOUNT.COLLECTOR_ID.isNull())
                .orderBy(WORKLIST_QUEUE_ENTRY.ACCOUNT_ID).limit(limit).fetch(WORKLIST_QUEUE_ENTRY.ACCOUNT_ID);
        List<Long> collectors = setting.collectorIds();
        long teamId = new Queues(host).find(queueId).orElseThrow().teamId();
        // asked once per tick: a collector who left the team or was disabled loses the turn (not asked each time)
        Set<Long> enabled = host.assignments().collectorsOf(teamId).stream().map(Assignments.Collector::id)
                .collect(Collectors.toSet());
        if (collectors.stream().noneMatch(enabled::contains)) {
            return List.of(); // nobody left to deal to until a supervisor changes the list
        }
        List<Long> dealt = new ArrayList<>();
        for (long accountId : accounts) {
            host.data().inTransaction(tx -> {
                int turn = tx.select(WORKLIST_ROUND_ROBIN.NEXT_TURN).from(WORKLIST_ROUND_ROBIN)
                        .where(WORKLIST_ROUND_ROBIN.QUEUE_ID.eq(queueId)).forUpdate().fetchSingle().value1();
                while (!enabled.contains(collectors.get(Math.floorMod(turn, collectors.size())))) {
                    turn++;
                }
                host.assignments().assign(accountId, collectors.get(Math.floorMod(turn, collectors.size())));
                tx.update(WORKLIST_ROUND_ROBIN).set(WORKLIST_ROUND_ROBIN.NEXT_TURN, Math.floorMod(turn + 1, collectors.size()))
                        .set(WORKLIST_ROUND_ROBIN.DEALT, WORKLIST_ROUND_ROBIN.DEALT.plus(1))
                        .where(WORKLIST_ROUND_ROBIN.QUEUE_ID.eq(queueId)).execute();
                return null;
            });
            dealt.add(accountId);
        }
        return dealt;
    }
}
