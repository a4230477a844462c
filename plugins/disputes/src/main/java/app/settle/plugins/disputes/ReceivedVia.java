package app.settle.plugins.disputes;

/** How the dispute reached us: only a written dispute inside the validation window obliges us to stop collecting. */
enum ReceivedVia {
    WRITTEN("Written"),
    ORAL("Oral");

    private final String label;

    ReceivedVia(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
