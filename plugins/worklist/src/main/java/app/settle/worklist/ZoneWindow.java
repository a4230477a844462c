package app.settle.worklist;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * Where a debtor may be, reduced to what the time-of-day rule needs: the smallest and largest UTC offset of the
 * zones they may be in (one zone when known, every zone of the rule set when not), encoded as one integer so
 * that the worklist's index can group accounts by it. Whether a key is callable now is a comparison of two local
 * times, so "callable now" is decided for a handful of keys in Java and used in SQL as {@code window_key IN (...)}.
 * Offsets change with daylight saving time: the nightly recomputation re-encodes every zone.
 */
record ZoneWindow(int minOffsetMinutes, int maxOffsetMinutes) {

    /** The key of accounts whose zone is not known yet (never callable by the list; the guard decides). */
    static final int UNKNOWN = 0;
    private static final int SHIFT = 1440;
    private static final int BASE = 4000;

    static ZoneWindow of(Collection<ZoneId> zones, Instant at) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (ZoneId zone : zones) {
            int offset = zone.getRules().getOffset(at).getTotalSeconds() / 60;
            min = Math.min(min, offset);
            max = Math.max(max, offset);
        }
        if (zones.isEmpty()) {
            throw new IllegalArgumentException("A window needs at least one zone");
        }
        return new ZoneWindow(min, max);
    }

    static ZoneWindow decode(int key) {
        return new ZoneWindow(key / BASE - SHIFT, key % BASE - SHIFT);
    }

    int key() {
        return (minOffsetMinutes + SHIFT) * BASE + (maxOffsetMinutes + SHIFT);
    }

    /** Whether it is now in [earliest, latest) local time in every zone of the window. */
    boolean callableAt(Instant now, LocalTime earliest, LocalTime latest) {
        return inHours(now, minOffsetMinutes, earliest, latest) && inHours(now, maxOffsetMinutes, earliest, latest);
    }

    private static boolean inHours(Instant now, int offsetMinutes, LocalTime earliest, LocalTime latest) {
        LocalTime local = now.atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60)).toLocalTime();
        return !local.isBefore(earliest) && local.isBefore(latest);
    }
}
