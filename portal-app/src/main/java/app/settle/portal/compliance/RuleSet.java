package app.settle.portal.compliance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A versioned set of contact rules for one jurisdiction, in force from {@code effectiveFrom}. The rule logic
 * is code ({@link ContactRules}); the limits are data, so a new version or another jurisdiction is a new row.
 *
 * @param maxCallAttempts        call attempts allowed within {@code callWindowDays} consecutive days
 * @param callWindowDays         length of the call-frequency window, in the debtor's local days
 * @param conversationQuietDays  days without calls after a telephone conversation, the conversation's day
 *                               being day 1
 * @param earliest               first local time a contact is allowed
 * @param latest                 local time from which contacts are refused
 * @param unknownZoneCandidates  zones a debtor may be in when the zone is unknown: the time must suit all
 */
record RuleSet(String jurisdiction, int version, LocalDate effectiveFrom, int maxCallAttempts, int callWindowDays,
               int conversationQuietDays, LocalTime earliest, LocalTime latest, List<ZoneId> unknownZoneCandidates) {

    RuleSet {
        unknownZoneCandidates = List.copyOf(unknownZoneCandidates);
        if (maxCallAttempts < 1 || callWindowDays < 1 || conversationQuietDays < 0) {
            throw new IllegalArgumentException("Rule set limits must be positive");
        }
        if (!earliest.isBefore(latest)) {
            throw new IllegalArgumentException("The earliest contact time must be before the latest");
        }
        if (unknownZoneCandidates.isEmpty()) {
            throw new IllegalArgumentException("A rule set names the zones to assume when a debtor's is unknown");
        }
    }

    String label() {
        return jurisdiction + " v" + version;
    }

    /** US FDCPA and Regulation F (12 CFR 1006) as in force since 30 November 2021. */
    static RuleSet usRegulationF() {
        return new RuleSet("US-REG-F", 1, LocalDate.of(2021, 11, 30), 7, 7, 7, LocalTime.of(8, 0),
                LocalTime.of(21, 0), List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Chicago"),
                        ZoneId.of("America/Denver"), ZoneId.of("America/Phoenix"), ZoneId.of("America/Los_Angeles"),
                        ZoneId.of("America/Anchorage"), ZoneId.of("Pacific/Honolulu")));
    }
}
