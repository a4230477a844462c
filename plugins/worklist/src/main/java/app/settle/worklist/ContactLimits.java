package app.settle.worklist;

import static app.settle.api.db.Tables.COMPLIANCE_RULE_SET;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The limits of the compliance rule set in force (the host's {@code compliance_rule_set}), which the worklist
 * uses to predict in SQL what the guard will say. The guard stays the authority: the list only orders accounts,
 * and the account actually offered is confirmed by the guard.
 */
record ContactLimits(int maxCallAttempts, int callWindowDays, int quietDays, LocalTime earliest, LocalTime latest,
                     List<ZoneId> unknownZoneCandidates) {

    /** Regulation F's numbers, for a database without a rule set. */
    static final ContactLimits REG_F = new ContactLimits(7, 7, 7, LocalTime.of(8, 0), LocalTime.of(21, 0),
            List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Chicago"), ZoneId.of("America/Denver"),
                    ZoneId.of("America/Phoenix"), ZoneId.of("America/Los_Angeles"), ZoneId.of("America/Anchorage"),
                    ZoneId.of("Pacific/Honolulu")));

    static ContactLimits inForce(DSLContext dsl, LocalDate today) {
        return dsl.selectFrom(COMPLIANCE_RULE_SET)
                .where(COMPLIANCE_RULE_SET.EFFECTIVE_FROM.le(today))
                .orderBy(COMPLIANCE_RULE_SET.EFFECTIVE_FROM.desc(), COMPLIANCE_RULE_SET.VERSION.desc())
                .limit(1)
                .fetchOptional(r -> new ContactLimits(r.getMaxCallAttempts(), r.getCallWindowDays(),
                        r.getConversationQuietDays(), r.getEarliestLocalTime(), r.getLatestLocalTime(),
                        Arrays.stream(r.getUnknownZoneCandidates().split(",")).map(String::strip)
                                .filter(s -> !s.isEmpty()).map(ZoneId::of).toList()))
                .orElse(REG_F);
    }
}
