package app.settle.trainer.call;

/** Who said a line of a transcript. */
public enum Speaker {
    DEBTOR("Debtor"), COLLECTOR("Collector");

    private final String label;

    Speaker(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
