package app.settle.api.compliance;

/** A contact action the compliance guard refused; the message lists the reasons. */
public class ContactRefusedException extends RuntimeException {

    private final transient ContactDecision decision;

    public ContactRefusedException(ContactDecision decision) {
        super("Contact refused: " + decision.explanation());
        this.decision = decision;
    }

    public ContactDecision decision() {
        return decision;
    }
}
