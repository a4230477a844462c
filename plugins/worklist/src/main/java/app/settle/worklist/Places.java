package app.settle.worklist;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Why a row stands where it does, in words, and times as people read them (the debtor's local time; other times
 * in the display zone the host uses, {@code settle.plugins.worklist.display-zone}, default America/New_York).
 */
final class Places {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.US);

    private final ZoneId display;

    Places(ZoneId display) {
        this.display = display;
    }

    ZoneId zone() {
        return display;
    }

    /** "Callable now", "Callback due since Mon 23 Nov, 10:00", "Calls blocked until …", "Outside calling hours". */
    String status(WorklistRow row, Instant now) {
        LocalDateTime nowUtc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        return switch (row.section()) {
            case CALLBACK_DUE -> "Callback due since " + dateTime(row.callbackAt());
            case CALLABLE -> "Callable now";
            case LATER -> {
                if (row.contactBlocked()) {
                    yield "Contact blocked by a debtor flag or hold";
                }
                if (row.usablePhones() == 0) {
                    yield "No usable phone number";
                }
                if (row.blockedUntil() != null && row.blockedUntil().isAfter(nowUtc)) {
                    yield row.blockedUntil().getYear() > 9000 ? "The guard refuses calls for now"
                            : "Rests until " + dateTime(row.blockedUntil());
                }
                yield "Outside calling hours (" + localTime(row.timeZone(), now) + ")";
            }
        };
    }

    /** The debtor's local time, e.g. "14:05 local", or "zone unknown". */
    String localTime(String timeZone, Instant now) {
        if (timeZone == null || timeZone.isBlank()) {
            return "zone unknown";
        }
        try {
            return TIME.format(now.atZone(ZoneId.of(timeZone))) + " local";
        } catch (RuntimeException e) {
            return "zone unknown";
        }
    }

    String dateTime(LocalDateTime utc) {
        return utc == null ? "—" : DATE_TIME.format(utc.atZone(ZoneOffset.UTC).withZoneSameInstant(display));
    }
}
