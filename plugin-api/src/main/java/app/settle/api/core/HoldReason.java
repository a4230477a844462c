package app.settle.api.core;

/**
 * Why an account is on hold, and what the hold blocks by default. A dispute stops collection (not every
 * contact: verification may still be sent); the others stop contact altogether.
 */
public enum HoldReason {
    DISPUTE("Dispute", false, true),
    CEASE_COMMUNICATION("Cease communication", true, true),
    ATTORNEY("Attorney", true, true),
    BANKRUPTCY("Bankruptcy", true, true),
    DECEASED("Deceased", true, true),
    MANUAL("Manual", true, true);

    private final String label;
    private final boolean blocksContact;
    private final boolean blocksCollection;

    HoldReason(String label, boolean blocksContact, boolean blocksCollection) {
        this.label = label;
        this.blocksContact = blocksContact;
        this.blocksCollection = blocksCollection;
    }

    public String label() {
        return label;
    }

    public boolean blocksContact() {
        return blocksContact;
    }

    public boolean blocksCollection() {
        return blocksCollection;
    }
}
