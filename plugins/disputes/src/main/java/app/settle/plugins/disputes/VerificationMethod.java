package app.settle.plugins.disputes;

/** How verification of the debt was sent to the debtor. */
enum VerificationMethod {
    MAIL("Mail"),
    EMAIL("Email"),
    PORTAL("Online portal");

    private final String label;

    VerificationMethod(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
