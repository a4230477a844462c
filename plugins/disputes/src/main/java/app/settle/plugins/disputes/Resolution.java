package app.settle.plugins.disputes;

import app.settle.api.core.AdjustmentKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/** How a handler closes a dispute, as entered in the resolution form. */
sealed interface Resolution {

    String reason();

    /**
     * The dispute is right: take {@code amount} off the balance as an adjustment or a write-off.
     *
     * @param amount at most the disputed amount; above the approval threshold a supervisor must approve
     */
    record Upheld(AdjustmentKind kind, BigDecimal amount, String reason) implements Resolution {
    }

    /** The debt stands: verification was sent on {@code sentOn} by {@code method}; the hold is released. */
    record Rejected(LocalDate sentOn, VerificationMethod method, String reason) implements Resolution {
    }

    /** The debtor withdrew the dispute; the hold is released. */
    record Withdrawn(String reason) implements Resolution {
    }
}
