package app.settle.portal.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people read them, in the team's zone ({@code settle.display-zone}, default
 * America/New_York); a debtor's local time is formatted in the debtor's zone by the caller.
 */
@Component
public class DisplayTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.US);

    private final ZoneId zone;

    DisplayTime(@Value("${settle.display-zone:America/New_York}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public static String timeIn(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    public static String dateTimeIn(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }
}
