package app.settle.portal.payments;

/** The stored state of a payment row (column payment.status). */
enum PaymentStatus {
    /** Applied to its account's balance. */
    POSTED,
    /** Waiting in the suspense queue for a user to match it to an account. */
    SUSPENSE,
    /** Stored but never applied (status_reason says why); final. */
    REJECTED
}
