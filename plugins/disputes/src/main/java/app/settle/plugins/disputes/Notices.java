package app.settle.plugins.disputes;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;

/**
 * Reports an action's result the way the host's screens do: a short green note at the bottom for success, a red
 * one in the middle, shown longer, starting "Not done:" when nothing was changed. Only refusals written for users
 * are shown; anything else is a bug and goes to the host's error handling (never a stack trace to the user).
 */
final class Notices {

    private Notices() {
    }

    static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.ERROR);
    }

    /** Runs the action; returns its result, or null after showing why it was refused. */
    static <T> T attempt(Supplier<T> action, String success) {
        T result;
        try {
            result = action.get();
        } catch (RuntimeException e) {
            if (!meantForUsers(e)) {
                throw e;
            }
            error("Not done: " + e.getMessage());
            return null;
        }
        success(success);
        return result;
    }

    static boolean attempt(Runnable action, String success) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }, success) != null;
    }

    static boolean meantForUsers(RuntimeException e) {
        return e.getMessage() != null && (e instanceof DisputeRefusedException || e instanceof SecurityException
                || e instanceof IllegalArgumentException || e.getClass().getName().startsWith("app.settle.api."));
    }
}
