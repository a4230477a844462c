package app.settle.api.core;

/** How a balance adjustment takes money off an account, and what the account becomes when nothing is left. */
public enum AdjustmentKind {
    /** The debt was smaller than placed (e.g. an upheld "wrong amount" dispute); at zero the account is CLOSED. */
    ADJUSTMENT("Balance adjustment", "CLOSED"),
    /** The amount will not be collected (e.g. an upheld "not my debt" dispute); at zero the account is WRITTEN_OFF. */
    WRITE_OFF("Write-off", "WRITTEN_OFF");

    private final String label;
    private final String statusAtZero;

    AdjustmentKind(String label, String statusAtZero) {
        this.label = label;
        this.statusAtZero = statusAtZero;
    }

    public String label() {
        return label;
    }

    /** The account status once the adjustment brings the balance to zero. */
    public String statusAtZero() {
        return statusAtZero;
    }
}
