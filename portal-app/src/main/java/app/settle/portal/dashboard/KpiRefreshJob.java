package app.settle.portal.dashboard;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the dashboard's figures up to date in the background: first when the portal is ready (a new or
 * upgraded database catches up here, not in a supervisor's request), then every
 * {@code settle.dashboard.refresh-seconds} (default 60; 0 switches the schedule off). Stopped with the context.
 */
@Component
class KpiRefreshJob implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KpiRefreshJob.class);

    private final KpiRefresh refresh;
    private final long intervalSeconds;
    private ScheduledExecutorService scheduler;

    KpiRefreshJob(KpiRefresh refresh, @Value("${settle.dashboard.refresh-seconds:60}") long intervalSeconds) {
        this.refresh = refresh;
        this.intervalSeconds = intervalSeconds;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (intervalSeconds <= 0 || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("kpi-refresh")
                .factory());
        scheduler.scheduleWithFixedDelay(this::runQuietly, 0, intervalSeconds, TimeUnit.SECONDS);
    }

    private void runQuietly() {
        try {
            refresh.refresh();
        } catch (RuntimeException e) {
            log.warn("Refreshing the dashboard figures failed; the next run tries again: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
