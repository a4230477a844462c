package app.settle.portal.compliance;

import static app.settle.api.db.Tables.COMPLIANCE_RULE_SET;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Rule sets as data: the newest version of a jurisdiction in force on a date. */
@Component
class RuleSetRepository {

    private final DSLContext dsl;

    RuleSetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    RuleSet inForce(String jurisdiction, LocalDate on) {
        return dsl.selectFrom(COMPLIANCE_RULE_SET)
                .where(COMPLIANCE_RULE_SET.JURISDICTION.eq(jurisdiction)
                        .and(COMPLIANCE_RULE_SET.EFFECTIVE_FROM.le(on)))
                .orderBy(COMPLIANCE_RULE_SET.EFFECTIVE_FROM.desc(), COMPLIANCE_RULE_SET.VERSION.desc())
                .limit(1)
                .fetchOptional(r -> new RuleSet(r.getJurisdiction(), r.getVersion(), r.getEffectiveFrom(),
                        r.getMaxCallAttempts(), r.getCallWindowDays(), r.getConversationQuietDays(),
                        r.getEarliestLocalTime(), r.getLatestLocalTime(),
                        Arrays.stream(r.getUnknownZoneCandidates().split(",")).map(String::strip).map(ZoneId::of)
                                .toList()))
                .orElseThrow(() -> new IllegalStateException("No " + jurisdiction + " rule set is in force on " + on));
    }
}
