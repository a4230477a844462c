package app.settle.plugins.paymentplans;

import java.util.EnumSet;
import java.util.Set;

/**
 * An arrangement's life: waiting for a supervisor (or refused), then current, late (an instalment broken),
 * defaulted (too many broken; a broken single promise), completed (all kept), or cancelled by a user.
 */
enum Status {
    PENDING_APPROVAL("Waiting for approval"),
    REJECTED("Not approved"),
    CURRENT("Current"),
    LATE("Late"),
    DEFAULTED("Defaulted"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled");

    /** Arrangements that block another one on the same account and that payments are allocated to. */
    static final Set<Status> ACTIVE = EnumSet.of(PENDING_APPROVAL, CURRENT, LATE);

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** The label for this kind: a single promise reads "Kept"/"Broken" rather than completed/defaulted. */
    String label(Kind kind) {
        if (kind == Kind.PROMISE && this == COMPLETED) {
            return "Kept";
        }
        if (kind == Kind.PROMISE && this == DEFAULTED) {
            return "Broken";
        }
        return label;
    }
}
