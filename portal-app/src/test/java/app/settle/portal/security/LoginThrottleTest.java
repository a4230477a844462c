package app.settle.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fourFailuresStillAllowAFifthAttempt() {
        failTimes("casey", "10.0.0.1", 4);
        assertThat(throttle.waitBeforeNextAttempt("casey", "10.0.0.1")).isEmpty();
    }

    @Test
    void fiveFailuresLockTheUsernameUntilTheFirstLeavesTheWindow() {
        failTimes("casey", "10.0.0.1", 5);
        assertThat(throttle.waitBeforeNextAttempt("casey", "10.0.0.2")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.waitBeforeNextAttempt("casey", "10.0.0.2")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.waitBeforeNextAttempt("casey", "10.0.0.2")).isEmpty();
    }

    @Test
    void usernamesAreComparedIgnoringCaseAndSpaces() {
        failTimes(" Casey ", "10.0.0.1", 5);
        assertThat(throttle.waitBeforeNextAttempt("casey", "10.0.0.9")).isPresent();
    }

    @Test
    void anotherUserIsNotLockedBySomeoneElsesFailures() {
        failTimes("casey", "10.0.0.1", 5);
        assertThat(throttle.waitBeforeNextAttempt("sam", "10.0.0.2")).isEmpty();
    }

    @Test
    void oneAddressTryingManyUsernamesIsLockedToo() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.recordFailure("user" + i, "10.6.6.6");
        }
        assertThat(throttle.waitBeforeNextAttempt("fresh-user", "10.6.6.6")).isPresent();
        assertThat(throttle.waitBeforeNextAttempt("fresh-user", "10.0.0.1")).isEmpty();
    }

    @Test
    void successClearsTheUsernamesFailures() {
        failTimes("casey", "10.0.0.1", 4);
        throttle.recordSuccess("casey");
        throttle.recordFailure("casey", "10.0.0.1");
        assertThat(throttle.waitBeforeNextAttempt("casey", "10.0.0.1")).isEmpty();
    }

    @Test
    void theMessageRoundsUpToWholeMinutes() {
        assertThat(TooManyAttempts.message(Duration.ofSeconds(61)))
                .isEqualTo("Too many failed sign-in attempts. Try again in 2 minutes.");
        assertThat(TooManyAttempts.message(Duration.ofSeconds(5)))
                .isEqualTo("Too many failed sign-in attempts. Try again in 1 minute.");
    }

    private void failTimes(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(user, address);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
