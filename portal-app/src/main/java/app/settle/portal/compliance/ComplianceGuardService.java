package app.settle.portal.compliance;

import app.settle.api.compliance.ComplianceGuard;
import app.settle.api.compliance.ContactDecision;
import app.settle.api.compliance.ContactRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The compliance guard over the live data: reads the account's facts and the rule set in force on the day
 * of the contact, and applies {@link ContactRules}. The jurisdiction is {@code settle.compliance.jurisdiction}
 * (default US-REG-F).
 */
@Service
public class ComplianceGuardService implements ComplianceGuard {

    private final ContactFactsReader facts;
    private final RuleSetRepository ruleSets;
    private final String jurisdiction;

    ComplianceGuardService(ContactFactsReader facts, RuleSetRepository ruleSets,
                           @Value("${settle.compliance.jurisdiction:US-REG-F}") String jurisdiction) {
        this.facts = facts;
        this.ruleSets = ruleSets;
        this.jurisdiction = jurisdiction;
    }

    @Override
    public ContactDecision check(ContactRequest request) {
        RuleSet rules = ruleSets.inForce(jurisdiction, LocalDate.ofInstant(request.at(), ZoneOffset.UTC));
        return ContactRules.evaluate(request, facts.read(request.accountId(), request.at()), rules);
    }
}
