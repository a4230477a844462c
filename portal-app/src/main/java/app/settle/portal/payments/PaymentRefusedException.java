package app.settle.portal.payments;

/** A user's payment action was refused for a reason the user can act on (shown to them as it is). */
public class PaymentRefusedException extends RuntimeException {

    public PaymentRefusedException(String message) {
        super(message);
    }
}
