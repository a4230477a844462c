package app.settle.outreach;

import app.settle.api.compliance.ContactRefusedException;
import app.settle.api.core.AccountNotVisibleException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;

/**
 * An action's result as the host's screens show it: success briefly at the bottom, a refusal ("Not done: …") in the
 * middle for longer. Only refusals written for users are shown; anything else goes to the host's error handling, which
 * never shows a stack trace.
 */
final class Notices {

    private Notices() {
    }

    /** Runs the action and reports it ({@code done} null: the caller reports); returns its result, or null when refused. */
    static <T> T run(Supplier<T> action, String done) {
        try {
            T result = action.get();
            if (done != null) {
                success(done);
            }
            return result;
        } catch (OutreachRefusedException | AccountNotVisibleException | ContactRefusedException e) {
            refusal(e.getMessage());
            return null;
        }
    }

    static void success(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }

    static void refusal(String reason) {
        Notification.show("Not done: " + reason, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.ERROR);
    }
}
