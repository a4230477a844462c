package app.settle.api.compliance;

/** How a debtor is contacted. */
public enum Channel {
    CALL("Call"),
    EMAIL("Email"),
    SMS("Text message"),
    LETTER("Letter");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Electronic messages carry an opt-out and are refused to an opted-out address (12 CFR 1006.6(e)). */
    public boolean isElectronic() {
        return this == EMAIL || this == SMS;
    }
}
