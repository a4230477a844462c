package app.settle.plugins.disputes;

/** An action on a dispute that was not done, with the reason written for the user; nothing was changed. */
class DisputeRefusedException extends RuntimeException {

    DisputeRefusedException(String message) {
        super(message);
    }
}
