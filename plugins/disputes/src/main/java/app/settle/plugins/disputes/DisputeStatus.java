package app.settle.plugins.disputes;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a dispute is: OPEN (nobody works it yet) → INVESTIGATING (assigned) → resolved as UPHELD, REJECTED or
 * WITHDRAWN. An upheld resolution above the approval threshold waits in PENDING_APPROVAL for a supervisor.
 */
enum DisputeStatus {
    OPEN("Open"),
    INVESTIGATING("Investigating"),
    PENDING_APPROVAL("Pending approval"),
    UPHELD("Upheld"),
    REJECTED("Rejected"),
    WITHDRAWN("Withdrawn");

    /** Statuses of a dispute that is not resolved yet (it may still hold collection). */
    static final Set<DisputeStatus> UNRESOLVED = EnumSet.of(OPEN, INVESTIGATING, PENDING_APPROVAL);

    private final String label;

    DisputeStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean resolved() {
        return !UNRESOLVED.contains(this);
    }
}
