package app.settle.plugins.disputes;

/** Why the debtor disputes the debt (the reason codes collection teams report on). */
enum DisputeReason {
    NOT_MY_DEBT("Not my debt"),
    WRONG_AMOUNT("Wrong amount"),
    ALREADY_PAID("Already paid"),
    IDENTITY_THEFT("Identity theft"),
    BILLING_ERROR("Billing error"),
    PRODUCT_OR_SERVICE("Product or service"),
    OTHER("Other");

    private final String label;

    DisputeReason(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
