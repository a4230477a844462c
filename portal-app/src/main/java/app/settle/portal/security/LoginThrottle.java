package app.settle.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES_PER_USER} failed sign-ins for one username
 * (or {@value #MAX_FAILURES_PER_ADDRESS} from one address) within {@link #WINDOW}, further attempts are
 * refused until the oldest failure leaves the window, whether the password is right or not. A successful
 * sign-in clears the username's failures. Kept per portal node (sticky sessions keep a user on one node).
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES_PER_USER = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this username or address must wait before trying again, if it must. */
    public Optional<Duration> waitBeforeNextAttempt(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> userWait = waitFor(userKey(username), MAX_FAILURES_PER_USER, now);
        Optional<Duration> addressWait = waitFor(addressKey(address), MAX_FAILURES_PER_ADDRESS, now);
        if (userWait.isPresent() && addressWait.isPresent()) {
            return Optional.of(userWait.get().compareTo(addressWait.get()) >= 0 ? userWait.get() : addressWait.get());
        }
        return userWait.isPresent() ? userWait : addressWait;
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        add(userKey(username), now);
        add(addressKey(address), now);
    }

    public void recordSuccess(String username) {
        failures.remove(userKey(username));
    }

    private Optional<Duration> waitFor(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) {
                return Optional.empty();
            }
            Instant oldestRelevant = times.toArray(Instant[]::new)[times.size() - max];
            return Optional.of(Duration.between(now, oldestRelevant.plus(WINDOW)));
        }
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase());
    }

    private static String addressKey(String address) {
        return "addr:" + (address == null ? "unknown" : address);
    }
}
