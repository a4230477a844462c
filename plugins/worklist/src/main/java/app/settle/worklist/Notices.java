package app.settle.worklist;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;

/**
 * Reports an action's result the way the host's screens do: a short green note at the bottom for success, a red
 * one in the middle, shown longer, when nothing was done. Refusals written for users (bad input, a missing right,
 * the guard) show their message; anything else is a bug and propagates to the host's error handling.
 */
final class Notices {

    private Notices() {
    }

    static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }

    static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    /** Runs the action; on success shows the message it returns and returns true. */
    static boolean attempt(Supplier<String> action) {
        String message;
        try {
            message = action.get();
        } catch (IllegalArgumentException | SecurityException | UnsupportedOperationException e) {
            error("Not done: " + e.getMessage());
            return false;
        } catch (RuntimeException e) {
            if (e.getMessage() != null && e.getClass().getName().startsWith("app.settle.")) {
                error("Not done: " + e.getMessage());
                return false;
            }
            throw e;
        }
        success(message);
        return true;
    }
}
