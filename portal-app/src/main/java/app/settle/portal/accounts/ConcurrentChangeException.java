package app.settle.portal.accounts;

/** Someone else saved a change to the same record first; nothing of the second change was saved. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what) {
        super("Someone else changed " + what + " since you opened it. Your change was not saved: reload to see"
                + " theirs, then make yours again.");
    }
}
