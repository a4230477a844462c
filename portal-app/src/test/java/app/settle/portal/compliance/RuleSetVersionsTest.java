package app.settle.portal.compliance;

import static app.settle.api.db.Tables.COMPLIANCE_RULE_SET;
import static app.settle.api.db.Tables.CONTACT_ATTEMPT;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ContactDecision;
import app.settle.api.compliance.ContactPurpose;
import app.settle.api.compliance.ContactRequest;
import app.settle.portal.testing.CoreFixtures.Created;
import app.settle.portal.testing.DomainTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rules are data with an effective date: a newer version of a jurisdiction applies from its date on. */
class RuleSetVersionsTest extends DomainTest {

    @Autowired
    ComplianceGuardService guard;
    @Autowired
    RuleSetRepository ruleSets;

    @Test
    void theShippedRuleSetIsRegulationF() {
        RuleSet rules = ruleSets.inForce("US-REG-F", LocalDate.of(2026, 11, 23));
        assertThat(rules.label()).isEqualTo("US-REG-F v1");
        assertThat(rules.maxCallAttempts()).isEqualTo(7);
        assertThat(rules.earliest()).isEqualTo(LocalTime.of(8, 0));
        assertThat(rules.unknownZoneCandidates()).hasSize(7);
    }

    private void strictRuleSet(int version, LocalDate effectiveFrom, int maxCalls) {
        dsl.insertInto(COMPLIANCE_RULE_SET)
                .set(COMPLIANCE_RULE_SET.JURISDICTION, "TEST-STRICT")
                .set(COMPLIANCE_RULE_SET.VERSION, version).set(COMPLIANCE_RULE_SET.EFFECTIVE_FROM, effectiveFrom)
                .set(COMPLIANCE_RULE_SET.MAX_CALL_ATTEMPTS, maxCalls).set(COMPLIANCE_RULE_SET.CALL_WINDOW_DAYS, 7)
                .set(COMPLIANCE_RULE_SET.CONVERSATION_QUIET_DAYS, 7)
                .set(COMPLIANCE_RULE_SET.EARLIEST_LOCAL_TIME, LocalTime.of(8, 0))
                .set(COMPLIANCE_RULE_SET.LATEST_LOCAL_TIME, LocalTime.of(21, 0))
                .set(COMPLIANCE_RULE_SET.UNKNOWN_ZONE_CANDIDATES, "America/New_York")
                .execute();
    }

    @Test
    void aNewVersionAppliesFromItsEffectiveDateOnly() {
        strictRuleSet(1, LocalDate.of(2020, 1, 1), 7);
        strictRuleSet(2, LocalDate.of(2026, 1, 1), 3);
        assertThat(ruleSets.inForce("TEST-STRICT", LocalDate.of(2025, 6, 1)).maxCallAttempts()).isEqualTo(7);
        assertThat(ruleSets.inForce("TEST-STRICT", LocalDate.of(2026, 6, 1)).maxCallAttempts()).isEqualTo(3);

        Created account = fixtures.account(ref("V2")).zone(daytimeZone()).phone("2125550100").create();
        for (int i = 1; i <= 3; i++) {
            dsl.insertInto(CONTACT_ATTEMPT)
                    .set(CONTACT_ATTEMPT.ACCOUNT_ID, account.accountId()).set(CONTACT_ATTEMPT.CHANNEL, "CALL")
                    .set(CONTACT_ATTEMPT.DIRECTION, "OUTBOUND").set(CONTACT_ATTEMPT.OUTCOME, "NO_ANSWER")
                    .set(CONTACT_ATTEMPT.USER_NAME, "collector")
                    .set(CONTACT_ATTEMPT.OCCURRED_AT, LocalDateTime.now(ZoneOffset.UTC).minusHours(i))
                    .execute();
        }
        ContactRequest call = new ContactRequest(account.accountId(), Channel.CALL, "2125550100",
                ContactPurpose.COLLECTION, Instant.now());
        assertThat(guard.check(call).allowed()).as("US-REG-F allows a 4th call").isTrue();
        ComplianceGuardService strict = new ComplianceGuardService(new ContactFactsReader(dsl), ruleSets, "TEST-STRICT");
        ContactDecision decision = strict.check(call);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.ruleSet()).isEqualTo("TEST-STRICT v2");
        assertThat(decision.explanation()).contains("the limit is 3");
    }
}
