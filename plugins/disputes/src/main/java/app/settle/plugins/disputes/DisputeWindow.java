package app.settle.plugins.disputes;

import java.time.LocalDate;

/**
 * The validation window and response due date of one dispute, computed from the day it was received.
 *
 * <p>The window runs from the account's validation notice date to {@code notice + validationDays} inclusive. An
 * account without a recorded notice date has not been sent its validation notice yet, so its validation period has
 * not even begun: a dispute then counts as inside the window (the debtor keeps the protection). The response is
 * due {@code responseSlaDays} after receipt.
 *
 * @param windowEndsOn the last day of the validation window, or null when no notice date is recorded
 */
record DisputeWindow(LocalDate windowEndsOn, boolean withinWindow, LocalDate dueOn) {

    static DisputeWindow of(LocalDate receivedOn, LocalDate validationNoticeDate, int validationDays,
                            int responseSlaDays) {
        LocalDate dueOn = receivedOn.plusDays(responseSlaDays);
        if (validationNoticeDate == null) {
            return new DisputeWindow(null, true, dueOn);
        }
        LocalDate ends = validationNoticeDate.plusDays(validationDays);
        return new DisputeWindow(ends, !receivedOn.isAfter(ends), dueOn);
    }
}
