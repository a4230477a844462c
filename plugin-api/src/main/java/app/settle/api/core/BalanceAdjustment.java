package app.settle.api.core;

import java.util.Objects;

/**
 * A request to take money off an account's balance other than by a payment.
 *
 * @param accountId      the account
 * @param amount         how much to take off: positive, in the account's currency, at most the current balance
 * @param kind           adjustment or write-off (decides the status at zero)
 * @param reason         why, as people read it on the timeline and in the audit log (required, at most 500 chars)
 * @param idempotencyKey the caller's unique key for this adjustment (at most 100 chars, e.g. {@code dispute-42});
 *                       asking again with the same key changes nothing and returns the first result
 */
public record BalanceAdjustment(long accountId, Money amount, AdjustmentKind kind, String reason,
                                String idempotencyKey) {
    public BalanceAdjustment {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A balance adjustment needs a reason");
        }
        if (reason.length() > 500) {
            throw new IllegalArgumentException("The reason of a balance adjustment is at most 500 characters");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new IllegalArgumentException("A balance adjustment needs a key of 1 to 100 characters");
        }
    }
}
