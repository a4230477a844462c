package app.settle.worklist;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.worklist.db.Tables.WORKLIST_ACCOUNT;

import app.settle.api.HostContext;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jooq.impl.DSL;

/**
 * The plugin's background work, on one daemon thread started and stopped with the plugin (Spring's scheduler is
 * not for plugins):
 * <ul>
 *   <li>accounts named by account events are recomputed in batches every {@link #DRAIN_SECONDS} seconds (events
 *       only mark them, so a payment file of a million rows costs the importer nothing);</li>
 *   <li>new placements (account ids above the highest computed) every {@link #NEW_PLACEMENT_SECONDS} seconds,
 *       everything once placements have stopped coming for {@link #SETTLE_AFTER_PLACEMENTS}, and everything at the
 *       start when nothing was computed yet;</li>
 *   <li>everything nightly at {@code settle.plugins.worklist.nightly-at} (UTC, default 02:00): days past due,
 *       daylight saving time and the score model's effect on every account.</li>
 * </ul>
 * With several portal nodes each runs these jobs; they are idempotent recomputations, so the cost is duplicate
 * work, not wrong data.
 */
final class WorklistJobs {

    static final int DRAIN_SECONDS = 1;
    static final int BATCH = 500;
    static final int NEW_PLACEMENT_SECONDS = 15;
    private static final Logger LOG = Logger.getLogger(WorklistJobs.class.getName());

    private final HostContext host;
    private final Set<Long> changed = ConcurrentHashMap.newKeySet();
    /**
     * A placement file is usually followed by work written without account events (payments, history, assignment);
     * everything is recomputed once new placements have stopped coming for this long.
     */
    static final Duration SETTLE_AFTER_PLACEMENTS = Duration.ofSeconds(90);

    private ScheduledExecutorService executor;
    private volatile long fullRunAfter;
    /**
     * The highest account id the placement check has covered. Kept apart from the accounts computed so far: the
     * changed-accounts drain computes accounts in any order (a payment on the newest one), so the highest computed
     * id says nothing about the placements below it.
     */
    private volatile long placementsCoveredTo = -1;

    WorklistJobs(HostContext host) {
        this.host = host;
    }

    void changed(long accountId) {
        changed.add(accountId);
    }

    void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "worklist-jobs");
            thread.setDaemon(true);
            return thread;
        });
        executor.schedule(() -> guarded("first computation", this::firstRun), 0, TimeUnit.SECONDS);
        executor.scheduleWithFixedDelay(() -> guarded("changed accounts", this::drain), DRAIN_SECONDS, DRAIN_SECONDS,
                TimeUnit.SECONDS);
        executor.scheduleWithFixedDelay(() -> guarded("new placements", this::newPlacements), NEW_PLACEMENT_SECONDS,
                NEW_PLACEMENT_SECONDS, TimeUnit.SECONDS);
        long untilNightly = untilNext(nightlyAt());
        executor.scheduleAtFixedRate(() -> guarded("nightly recomputation", () -> recompute(Scope.all())),
                untilNightly, TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
    }

    void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    private void firstRun() {
        Queues queues = new Queues(host);
        List<QueueDefinition> created = queues.ensureStarterQueues();
        var dsl = host.data().dsl();
        boolean empty = !dsl.fetchExists(WORKLIST_ACCOUNT);
        if (empty) {
            long highestBefore = highestId(dsl.select(DSL.max(ACCOUNT.ID)).from(ACCOUNT).fetchOne().value1());
            recompute(Scope.all());
            placementsCoveredTo = highestBefore;
        } else {
            created.forEach(queues::rebuild);
            newPlacements();
        }
    }

    void drain() {
        while (!changed.isEmpty()) {
            List<Long> batch = new ArrayList<>(BATCH);
            for (Long id : changed) {
                batch.add(id);
                if (batch.size() == BATCH) {
                    break;
                }
            }
            batch.forEach(changed::remove);
            try {
                new Recompute(host).run(Scope.accounts(batch));
            } catch (RuntimeException e) {
                changed.addAll(batch); // e.g. a deadlock with an import: the next run takes them again
                throw e;
            }
        }
    }

    void newPlacements() {
        Queues queues = new Queues(host);
        queues.ensureStarterQueues().forEach(queues::rebuild);
        var dsl = host.data().dsl();
        long from = placementsCoveredTo >= 0 ? placementsCoveredTo
                : highestId(dsl.select(DSL.max(WORKLIST_ACCOUNT.ACCOUNT_ID)).from(WORKLIST_ACCOUNT).fetchOne().value1());
        long highestNow = highestId(dsl.select(DSL.max(ACCOUNT.ID)).from(ACCOUNT).fetchOne().value1());
        if (highestNow > from) {
            recompute(Scope.above(from));
            placementsCoveredTo = highestNow;
            fullRunAfter = System.nanoTime() + SETTLE_AFTER_PLACEMENTS.toNanos();
        } else if (fullRunAfter != 0 && System.nanoTime() > fullRunAfter) {
            fullRunAfter = 0;
            recompute(Scope.all());
        }
    }

    private static long highestId(Long id) {
        return id == null ? 0 : id;
    }

    private void recompute(Scope scope) {
        long started = System.nanoTime();
        int accounts = new Recompute(host).run(scope);
        LOG.info(() -> "Worklist: recomputed " + scope.description() + " (" + accounts + " rows) in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    }

    private LocalTime nightlyAt() {
        try {
            return LocalTime.parse(host.settings().get("nightly-at", "02:00").strip());
        } catch (RuntimeException e) {
            return LocalTime.of(2, 0);
        }
    }

    private long untilNext(LocalTime at) {
        ZonedDateTime now = host.clock().instant().atZone(ZoneOffset.UTC);
        ZonedDateTime next = now.with(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next).toSeconds();
    }

    private void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Worklist: the " + what + " failed; it runs again on schedule", e);
        }
    }
}
