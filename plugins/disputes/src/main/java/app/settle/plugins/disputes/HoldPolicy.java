package app.settle.plugins.disputes;

/**
 * Whether a new dispute puts a collection hold on the account. A written dispute inside the validation window
 * must stop collection until verification is sent (15 U.S.C. 1692g(b)); any other dispute follows the
 * {@code hold-other-disputes} setting.
 */
final class HoldPolicy {

    private HoldPolicy() {
    }

    /** The decision and the words that explain it on the timeline and in the dispute. */
    record Decision(boolean hold, boolean required, String explanation) {
    }

    static Decision decide(ReceivedVia via, boolean withinWindow, boolean holdOtherDisputes) {
        if (via == ReceivedVia.WRITTEN && withinWindow) {
            return new Decision(true, true, "Written dispute inside the validation window: collection stops until"
                    + " verification is sent (15 U.S.C. 1692g(b)).");
        }
        String kind = (via == ReceivedVia.WRITTEN ? "Written" : "Oral") + " dispute "
                + (withinWindow ? "inside" : "outside") + " the validation window";
        return holdOtherDisputes
                ? new Decision(true, false, kind + ": collection is held by this portal's policy until the dispute is"
                        + " resolved.")
                : new Decision(false, false, kind + ": no hold by this portal's policy; collection may continue.");
    }
}
