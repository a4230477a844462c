package app.settle.api.compliance;

/**
 * Answers whether a contact is allowed under the rule set in force (US FDCPA / Regulation F by default).
 * The UI asks it to disable an action and say why; the server asks it again when the action is performed
 * and refuses a denied one with {@link ContactRefusedException}. Thread-safe; reads the current facts of the
 * account and its debtor (time zones, flags, holds, opt-outs, recent calls) on every call.
 */
public interface ComplianceGuard {

    ContactDecision check(ContactRequest request);

    /** Checks and throws when denied: for the server side of every contact action. */
    default ContactDecision require(ContactRequest request) {
        ContactDecision decision = check(request);
        if (!decision.allowed()) {
            throw new ContactRefusedException(decision);
        }
        return decision;
    }
}
