package app.settle.api.core;

/** What came of a contact attempt. */
public enum ContactOutcome {
    NO_ANSWER("No answer", false),
    LEFT_MESSAGE("Left message", false),
    WRONG_NUMBER("Wrong number", false),
    RIGHT_PARTY_CONTACT("Right-party contact", true),
    THIRD_PARTY("Third party", false),
    REFUSED_TO_PAY("Refused to pay", true),
    PROMISE_TO_PAY("Promise to pay", true),
    DISPUTE("Dispute", true),
    CALLBACK_REQUESTED("Callback requested", true),
    SENT("Sent", false);

    private final String label;
    private final boolean conversationWithDebtor;

    ContactOutcome(String label, boolean conversationWithDebtor) {
        this.label = label;
        this.conversationWithDebtor = conversationWithDebtor;
    }

    public String label() {
        return label;
    }

    /** Whether the outcome means we spoke with the debtor about the debt (starts the 7-day quiet period). */
    public boolean conversationWithDebtor() {
        return conversationWithDebtor;
    }
}
