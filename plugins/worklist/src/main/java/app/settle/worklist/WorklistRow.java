package app.settle.worklist;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One account as the worklist shows it: where it stands ({@link Section}), the facts, and the points that put
 * it there. A screen holds a page of these for as long as it is open, so a row keeps only what the grid shows or
 * needs to say why the row is where it is.
 */
record WorklistRow(long accountId, String externalRef, String debtorName, BigDecimal balance, String currency,
                   int daysPastDue, String state, String timeZone, Section section, long rank, int score,
                   int balancePoints, int daysPastDuePoints, int paymentPoints, int promisePoints,
                   int contactabilityPoints, int usablePhones, boolean contactBlocked, LocalDateTime blockedUntil,
                   LocalDateTime callbackAt) {

    /** Where a row stands in the list: callbacks due first, then accounts callable now, then the rest. */
    enum Section {
        CALLBACK_DUE("Callback due"),
        CALLABLE("Callable now"),
        LATER("Not callable now");

        private final String label;

        Section(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** The score broken down, e.g. "72 = balance +15, days past due +15, payments 0, promises +15, contact +10". */
    String scoreExplanation() {
        return score + " = balance " + Numbers.points(balancePoints) + ", days past due " + Numbers.points(daysPastDuePoints)
                + ", payments " + Numbers.points(paymentPoints) + ", promises " + Numbers.points(promisePoints)
                + ", contactability " + Numbers.points(contactabilityPoints);
    }

    /** The points a weighted ranking ordered by (the higher, the earlier); ranks are stored negated. */
    long rankPoints() {
        return -rank;
    }
}
