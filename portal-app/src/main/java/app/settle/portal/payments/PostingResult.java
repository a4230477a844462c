package app.settle.portal.payments;

/**
 * The result of posting one payment.
 *
 * @param paymentId the stored payment row (for a duplicate: the row stored before)
 * @param accountId the account it was applied to, or null when in suspense or not matched
 * @param reason    why it went to suspense or was rejected; null when posted
 */
public record PostingResult(PostingOutcome outcome, Long paymentId, Long accountId, String reason) {
}
