package app.settle.worklist;

/**
 * The parts of an account's score, each with the measure its points are given for. A supervisor gives points
 * to ranges of each measure (bands, like the scoring components of Oracle's collections scoring); the score is
 * the sum, and every account shows its points per component.
 */
enum ScoreComponent {
    BALANCE("Balance", "current balance"),
    DAYS_PAST_DUE("Days past due", "days past due"),
    PAYMENTS("Payment history", "percent of the placed balance paid"),
    PROMISES("Promise history", "broken promises to pay"),
    CONTACTABILITY("Contactability", "phone numbers not known to be wrong");

    private final String label;
    private final String measure;

    ScoreComponent(String label, String measure) {
        this.label = label;
        this.measure = measure;
    }

    String label() {
        return label;
    }

    /** What the ranges of this component are ranges of, as people read it. */
    String measure() {
        return measure;
    }
}
