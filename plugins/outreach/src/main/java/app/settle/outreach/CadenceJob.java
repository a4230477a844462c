package app.settle.outreach;

import app.settle.api.HostContext;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The scheduled job: a single-thread scheduler started and stopped with the plugin, each tick a {@link CadenceRun}
 * under the host's job lock {@code outreach:send-cadences}, so of several portal nodes one runs it at a time. Interval:
 * {@code settle.plugins.outreach.job-interval-seconds} (default 300), first run after {@code job-initial-delay-seconds}
 * (default 60).
 */
final class CadenceJob implements AutoCloseable {

    static final String NAME = "send-cadences";
    private static final System.Logger LOG = System.getLogger(CadenceJob.class.getName());

    private final HostContext host;
    private final Duration interval;
    private final ScheduledExecutorService scheduler;

    private CadenceJob(HostContext host, Duration interval) {
        this.host = host;
        this.interval = interval;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outreach-job");
            t.setDaemon(true);
            return t;
        });
    }

    static CadenceJob start(HostContext host) {
        long seconds = Math.max(1, Long.parseLong(host.settings().get("job-interval-seconds", "300").trim()));
        long delay = Math.max(0, Long.parseLong(host.settings().get("job-initial-delay-seconds", "60").trim()));
        CadenceJob job = new CadenceJob(host, Duration.ofSeconds(seconds));
        job.scheduler.scheduleWithFixedDelay(job::tick, delay, seconds, TimeUnit.SECONDS);
        return job;
    }

    private void tick() {
        try {
            Duration atLeast = interval.multipliedBy(9).dividedBy(10);
            host.jobs().runOnce(NAME, atLeast, atLeast.plusHours(2), () -> {
                CadenceRun.Summary summary = CadenceRun.run(host);
                LOG.log(System.Logger.Level.INFO, "Outreach: {0}", summary);
            });
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Outreach: the cadence job failed", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
