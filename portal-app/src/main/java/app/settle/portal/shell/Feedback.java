package app.settle.portal.shell;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * How every screen reports the result of an action: a short green note at the bottom for success, a red one in
 * the middle, shown longer, when nothing was done. Messages are the exceptions' own, written for users.
 */
public final class Feedback {

    private Feedback() {
    }

    public static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.ERROR);
    }

    /**
     * Runs a user's action; on success shows {@code success} and returns true. A refusal written for users (bad
     * input, a missing right, a concurrent change, any of Settle's own exceptions) shows "Not done: <reason>" and
     * returns false; anything else is a bug and propagates to the error view.
     */
    public static boolean attempt(Runnable action, String success) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!meantForUsers(e)) {
                throw e;
            }
            error("Not done: " + e.getMessage());
            return false;
        }
        success(success);
        return true;
    }

    private static boolean meantForUsers(RuntimeException e) {
        return e.getMessage() != null && (e instanceof IllegalArgumentException || e instanceof SecurityException
                || e.getClass().getName().startsWith("app.settle."));
    }
}
