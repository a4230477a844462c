package app.settle.plugins.paymentplans;

/** What the collector agreed: one promise, a plan of instalments, or a settlement (a reduced total in full). */
enum Kind {
    PROMISE("Promise to pay"),
    PLAN("Payment plan"),
    SETTLEMENT("Settlement");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
