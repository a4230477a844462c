package app.settle.portal.payments;

/** A payment adds money to an account; a reversal (returned or charged-back payment) takes one back. */
public enum PaymentKind {
    PAYMENT,
    REVERSAL
}
