package app.settle.outreach;

/** What brings an account into a cadence, and what its steps' days count from. */
enum Trigger {
    DPD("Days past due", "the first delinquency date"),
    PROMISE_MADE("Promise made", "the day the promise was made"),
    PAYMENT_DUE("Payment due (promise or plan instalment)", "the payment's due date (−3: three days before)"),
    PROMISE_BROKEN("Promise broken or plan instalment late", "the day it was found broken");

    private final String label;
    private final String anchor;

    Trigger(String label, String anchor) {
        this.label = label;
        this.anchor = anchor;
    }

    String label() {
        return label;
    }

    /** What "day 0" of a step means for this trigger. */
    String anchor() {
        return anchor;
    }
}
