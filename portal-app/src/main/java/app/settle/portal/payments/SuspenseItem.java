package app.settle.portal.payments;

import app.settle.api.core.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment waiting in the suspense queue.
 *
 * @param creditor   the creditor's name when the code is known, else the code as given, else null
 * @param receivedAt when Settle stored it
 */
public record SuspenseItem(long id, Instant receivedAt, LocalDate paidOn, String externalRef, String accountRef,
                           String creditor, Money amount, String method, String reason) {
}
