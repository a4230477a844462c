package app.settle.portal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times for historical contacts that the time-of-day rule would have allowed: between 08:30 and 20:30 local
 * time in every zone the debtor may be in (every US zone when none is known), on the given day.
 */
final class ContactTimes {

    /** The zones assumed for a debtor whose zone is unknown (those of the US rule set). */
    static final List<ZoneId> US_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu").stream()
            .map(ZoneId::of).toList();

    private static final LocalTime EARLIEST = LocalTime.of(8, 30);
    private static final LocalTime LATEST = LocalTime.of(20, 30);

    private ContactTimes() {
    }

    /**
     * An instant on {@code day} (between 12:00 UTC that day and 06:00 UTC the next, which is that day
     * everywhere in the US) that is within calling hours in every one of {@code zones}.
     */
    static Instant during(LocalDate day, List<ZoneId> zones, SplittableRandom random) {
        List<ZoneId> candidates = zones.isEmpty() ? US_ZONES : zones;
        Instant noon = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        for (int attempt = 0; attempt < 60; attempt++) {
            Instant at = noon.plusSeconds(random.nextInt(18 * 3600));
            if (candidates.stream().allMatch(zone -> allowed(at, zone))) {
                return at;
            }
        }
        // 19:00 UTC is 14:00 or 15:00 on the East Coast and 09:00 in Hawaii: within hours everywhere.
        return noon.plusSeconds(7 * 3600);
    }

    private static boolean allowed(Instant at, ZoneId zone) {
        LocalTime local = at.atZone(zone).toLocalTime();
        return !local.isBefore(EARLIEST) && local.isBefore(LATEST);
    }
}
