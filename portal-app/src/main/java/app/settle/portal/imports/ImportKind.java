package app.settle.portal.imports;

/** The two kinds of file an administrator imports; stored as {@code import_batch.kind}. */
public enum ImportKind {
    /** New accounts with their debtors, from a creditor. */
    PLACEMENT("Placement file"),
    /** Payments (and reversals) from a payment processor. */
    PAYMENT("Payment file");

    private final String label;

    ImportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
