package app.settle.plugins.disputes;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a collector enters to open a dispute, as entered (fields may be missing: {@link DisputeChecks} says what is
 * wrong in words for the user).
 *
 * @param amount the disputed amount when not the whole debt; ignored for the whole debt
 */
record NewDispute(long accountId, DisputeReason reason, boolean wholeDebt, BigDecimal amount, ReceivedVia receivedVia,
                  LocalDate receivedOn, String statement) {
}
