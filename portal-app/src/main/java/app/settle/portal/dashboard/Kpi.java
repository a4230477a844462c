package app.settle.portal.dashboard;

/**
 * The dashboard's figures and how each is computed, shown one click from the number ("What is this?") and
 * written next to it in the CSV export. Days are UTC days; amounts are US dollars.
 */
enum Kpi {
    ACTIVE_ACCOUNTS("Active accounts",
            "Accounts with status Active today, and the sum of their current balances.",
            "Today, whatever the period."),
    COLLECTED("Collected",
            "Sum of posted payments minus posted reversals, by the day the payment was made (paid on).",
            "Payments made in the period."),
    RECOVERY_RATE("Recovery rate",
            "Paid to date on the accounts placed in the period ÷ their original balance placed.",
            "Accounts placed in the months the period touches; their payments to date."),
    RIGHT_PARTY_RATE("Right-party contact rate",
            "Contacts in which the debtor was reached (right-party contact, promise, refusal, dispute, callback"
                    + " requested) ÷ contact attempts logged (automated messages not counted).",
            "Contacts logged in the period."),
    PROMISE_RATE("Promise rate",
            "Contacts ending in a promise to pay ÷ right-party contacts.",
            "Contacts logged in the period."),
    PROMISE_KEPT_RATE("Promise-kept rate",
            "Promises and instalments judged kept ÷ those judged kept or broken (after their grace period),"
                    + " as recorded on the account timelines by the payment plans plugin.",
            "Judgements made in the period."),
    AGING("Accounts by aging bucket",
            "Active accounts by days past due (today − first delinquency date): count and current balance.",
            "Today, whatever the period."),
    ROLL_RATES("Roll rates",
            "Of the accounts active in a bucket at the start of a month, the share still unpaid and in a later"
                    + " bucket at its end (rolled) and the share paid, settled or closed during it (resolved).",
            "Each month the period touches; the current month so far."),
    PRODUCTIVITY("Collector productivity",
            "Per collector: contact attempts, right-party contacts and promises they logged; payments"
                    + " collected on accounts assigned to them when the payment was counted.",
            "The period."),
    HOLDS("Holds by reason",
            "Accounts with an open hold (not released), by the hold's reason.",
            "Today, whatever the period.");

    private final String title;
    private final String formula;
    private final String period;

    Kpi(String title, String formula, String period) {
        this.title = title;
        this.formula = formula;
        this.period = period;
    }

    String title() {
        return title;
    }

    String formula() {
        return formula;
    }

    String period() {
        return period;
    }
}
