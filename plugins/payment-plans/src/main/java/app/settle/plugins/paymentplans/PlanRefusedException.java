package app.settle.plugins.paymentplans;

/** Input that cannot be recorded, with the message the user sees; nothing was changed. */
class PlanRefusedException extends RuntimeException {

    PlanRefusedException(String message) {
        super(message);
    }
}
