package app.settle.portal.outreach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The host clock of the outreach tests: today at 15:00 UTC (morning in every US zone but Hawaii), moved by days. */
final class MovableClock extends Clock {

    private final AtomicReference<Instant> now;

    MovableClock() {
        this.now = new AtomicReference<>(LocalDate.now(ZoneOffset.UTC).atTime(15, 0).toInstant(ZoneOffset.UTC));
    }

    void advance(Duration by) {
        now.updateAndGet(instant -> instant.plus(by));
    }

    LocalDate today() {
        return LocalDate.ofInstant(instant(), ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
