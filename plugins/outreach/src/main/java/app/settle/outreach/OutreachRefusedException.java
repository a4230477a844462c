package app.settle.outreach;

/** An outreach action refused for a reason written for the user; nothing was changed. */
final class OutreachRefusedException extends RuntimeException {

    OutreachRefusedException(String message) {
        super(message);
    }
}
