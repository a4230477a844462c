package app.settle.plugins.paymentplans;

import app.settle.api.HostContext;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The scheduled job: first it retries payments whose allocation failed ({@link Payments#retryPending}), then it
 * marks promises and instalments kept or broken ({@link Evaluation#all}). A plain
 * single-thread scheduler started and stopped with the plugin; every tick goes through the host's job lock
 * ({@code HostContext.jobs()}), so with several portal nodes only one runs each tick. Interval:
 * {@code settle.plugins.payment-plans.job-interval-seconds} (default 3600), first run after
 * {@code job-initial-delay-seconds} (default 30).
 */
final class PromiseJob implements AutoCloseable {

    static final String NAME = "evaluate-promises";
    private static final System.Logger LOG = System.getLogger(PromiseJob.class.getName());

    private final HostContext host;
    private final Duration interval;
    private final ScheduledExecutorService scheduler;

    private PromiseJob(HostContext host, Duration interval) {
        this.host = host;
        this.interval = interval;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "payment-plans-job");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts the job. Timing settings out of range (interval 1 s to 1 day, first delay 0 to 1 day) are logged
     * with the reason and replaced by their defaults, so payments are still retried and promises judged.
     */
    static PromiseJob start(HostContext host) {
        SettingsCheck check = new SettingsCheck(host.settings());
        int seconds = check.integer("job-interval-seconds", 3600, 1, 86_400);
        int delay = check.integer("job-initial-delay-seconds", 30, 0, 86_400);
        try {
            check.requireValid();
        } catch (PlanRefusedException e) {
            LOG.log(System.Logger.Level.ERROR, e.getMessage() + " (using the defaults for the job's timing)");
        }
        PromiseJob job = new PromiseJob(host, Duration.ofSeconds(seconds));
        job.scheduler.scheduleWithFixedDelay(job::tick, delay, seconds, TimeUnit.SECONDS);
        return job;
    }

    /** One tick: evaluate under the job lock; returns whether this node ran it. Never throws. */
    boolean tick() {
        try {
            return runLocked(host, interval);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Payment plans: evaluating promises failed", e);
            return false;
        }
    }

    /**
     * Retries pending payments and evaluates all arrangements if this node takes the lock. The lock stays taken
     * for nine tenths of the interval, so of several nodes (whose ticks fall at different moments) one runs per
     * interval, and at most 30 minutes if the node dies while it runs. Running more often would be harmless: both
     * steps are idempotent.
     */
    static boolean runLocked(HostContext host, Duration interval) {
        Duration atLeast = interval.multipliedBy(9).dividedBy(10);
        return host.jobs().runOnce(NAME, atLeast, atLeast.plusMinutes(30), () -> {
            int retried = new Payments(host).retryPending();
            int changed = Evaluation.all(host);
            LOG.log(System.Logger.Level.INFO, "Payment plans: {0} pending payment(s) allocated, {1} arrangement(s)"
                    + " changed", retried, changed);
        });
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
