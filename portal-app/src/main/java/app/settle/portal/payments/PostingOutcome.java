package app.settle.portal.payments;

/** What {@link PaymentPosting#post} did with one incoming payment. */
public enum PostingOutcome {
    /** Stored and applied to the account's balance. */
    POSTED,
    /** Stored without an account: it matched none or several; a user matches it in the suspense queue. */
    SUSPENSE,
    /** Stored, but not applied (the reason says why); counted as rejected in the batch's reconciliation. */
    REJECTED,
    /** A payment with this external reference exists already; nothing changed. */
    DUPLICATE
}
