package app.settle.worklist;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.worklist.db.Tables.WORKLIST_ACCOUNT;

import app.settle.api.HostContext;
import java.time.Duration;
import java.time.LocalDateTime;
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
 *       only mark them, so a payment file of a million rows costs the importer nothing). Events are heard on the
 *       node where the change was made, so each node drains its own; no other node knows those accounts;</li>
 *   <li>new placements (account ids above the highest covered) every {@link #NEW_PLACEMENT_SECONDS} seconds, then
 *       the round-robin deal of those placements ({@link RoundRobin}), everything once placements have stopped
 *       coming for {@link #SETTLE_AFTER_PLACEMENTS}, and everything at the start when nothing was computed yet;</li>
 *   <li>everything nightly at {@code settle.plugins.worklist.nightly-at} (UTC, default 02:00): days past due,
 *       daylight saving time and the score model's effect on every account.</li>
 * </ul>
 * With several portal nodes the placement and nightly jobs run on one node at a time: each tick goes through the
 * host's job lock ({@code HostContext.jobs()}, locks {@code worklist:new-placements} and
 * {@code worklist:nightly-recompute}), and what they must remember between ticks (how far placements are covered,
 * when the full run after placements is due) is in {@code worklist_job_state}, so whichever node takes the next
 * tick continues where the last one stopped.
 */
final class WorklistJobs {

    static final int DRAIN_SECONDS = 1;
    static final int BATCH = 500;
    static final int NEW_PLACEMENT_SECONDS = 15;
    static final String PLACEMENTS = "new-placements";
    static final String NIGHTLY = "nightly-recompute";
    /**
     * A placement file is usually followed by work written without account events (payments, history, assignment);
     * everything is recomputed once new placements have stopped coming for this long.
     */
    static final Duration SETTLE_AFTER_PLACEMENTS = Duration.ofSeconds(90);
    private static final String COVERED_TO = "placements-covered-to";
    private static final String FULL_RUN_AT = "full-run-at";
    private static final Logger LOG = Logger.getLogger(WorklistJobs.class.getName());

    private final HostContext host;
    private final JobState state;
    private final Set<Long> changed = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService executor;

    WorklistJobs(HostContext host) {
        this.host = host;
        this.state = new JobState(host);
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
        executor.schedule(() -> guarded("first computation", this::firstTick), 0, TimeUnit.SECONDS);
        executor.scheduleWithFixedDelay(() -> guarded("changed accounts", this::drain), DRAIN_SECONDS, DRAIN_SECONDS,
                TimeUnit.SECONDS);
        executor.scheduleWithFixedDelay(() -> guarded("new placements", this::placementsTick), NEW_PLACEMENT_SECONDS,
                NEW_PLACEMENT_SECONDS, TimeUnit.SECONDS);
        executor.scheduleAtFixedRate(() -> guarded("nightly recomputation", this::nightlyTick),
                untilNext(nightlyAt()), TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
    }

    void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    /** At start: starter queues and a first computation, or the placements since the last run; on one node. */
    boolean firstTick() {
        return host.jobs().runOnce(PLACEMENTS, Duration.ZERO, Duration.ofHours(2), this::firstRun);
    }

    /** New placements (and their round-robin deal), on one node; a node whose tick comes a little later skips it. */
    boolean placementsTick() {
        return host.jobs().runOnce(PLACEMENTS, Duration.ofSeconds(NEW_PLACEMENT_SECONDS / 2), Duration.ofHours(2),
                this::newPlacements);
    }

    /** The nightly recomputation of every account, on one node: the lock stays taken for an hour after. */
    boolean nightlyTick() {
        return host.jobs().runOnce(NIGHTLY, Duration.ofHours(1), Duration.ofHours(6), () -> recompute(Scope.all()));
    }

    private void firstRun() {
        Queues queues = new Queues(host);
        List<QueueDefinition> created = queues.ensureStarterQueues();
        var dsl = host.data().dsl();
        if (!dsl.fetchExists(WORKLIST_ACCOUNT)) {
            long highestBefore = highestAccountId();
            recompute(Scope.all());
            state.setNumber(COVERED_TO, highestBefore);
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
        long from = state.number(COVERED_TO).orElseGet(() -> nullToZero(
                dsl.select(DSL.max(WORKLIST_ACCOUNT.ACCOUNT_ID)).from(WORKLIST_ACCOUNT).fetchOne().value1()));
        long highestNow = highestAccountId();
        LocalDateTime now = LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC);
        if (highestNow > from) {
            recompute(Scope.above(from));
            state.setNumber(COVERED_TO, highestNow);
            state.setTime(FULL_RUN_AT, now.plus(SETTLE_AFTER_PLACEMENTS));
        } else {
            LocalDateTime fullRunAt = state.time(FULL_RUN_AT).orElse(null);
            if (fullRunAt != null && now.isAfter(fullRunAt)) {
                state.setTime(FULL_RUN_AT, null);
                recompute(Scope.all());
            }
        }
        List<Long> dealt = new RoundRobin(host).deal();
        if (!dealt.isEmpty()) {
            new Recompute(host).run(Scope.accounts(dealt)); // their collector changed: personal queues move them
        }
    }

    private long highestAccountId() {
        return nullToZero(host.data().dsl().select(DSL.max(ACCOUNT.ID)).from(ACCOUNT).fetchOne().value1());
    }

    private static long nullToZero(Long id) {
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
