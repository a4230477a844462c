package app.settle.plugins.disputes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the host's screens show them (US English; times in the host's default display zone). */
final class DisputeFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.US)
            .withZone(ZoneId.of("America/New_York"));

    private DisputeFormat() {
    }

    static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    static String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant);
    }

    static String days(long days) {
        return String.format("%,d", days) + (days == 1 ? " day" : " days");
    }
}
