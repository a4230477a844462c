package app.settle.portal.security;

import java.time.Duration;

/** The words shown to a user whose sign-in is throttled. */
final class TooManyAttempts {

    private TooManyAttempts() {
    }

    static String message(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Too many failed sign-in attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }
}
