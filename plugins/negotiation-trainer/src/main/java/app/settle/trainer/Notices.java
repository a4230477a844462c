package app.settle.trainer;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * How the trainer's screens report an action's result, the same way the host's screens do: a short green note at
 * the bottom for success, a red one in the middle, shown longer, starting "Not done:" when nothing was done.
 */
final class Notices {

    private Notices() {
    }

    /** Runs an action; reports success or the refusal's message (written for users) and returns whether it ran. */
    static boolean attempt(Runnable action, String success) {
        try {
            action.run();
        } catch (IllegalArgumentException | IllegalStateException | SecurityException e) {
            error("Not done: " + e.getMessage());
            return false;
        }
        if (success != null) {
            Notification.show(success, 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        }
        return true;
    }

    static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }
}
