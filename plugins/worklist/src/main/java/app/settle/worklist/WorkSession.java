package app.settle.worklist;

import app.settle.api.HostContext;
import app.settle.api.UserRef;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.ComponentUtil;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The queue a collector is working, remembered in their browser tab's UI (only its id), so that "next account" in the
 * workspace continues the queue chosen on My worklist; and the "next account" action shared by both screens.
 */
final class WorkSession {

    private static final String QUEUE = "worklist.queue";

    private WorkSession() {
    }

    static Optional<QueueDefinition> currentQueue(HostContext host, UserRef user) {
        List<QueueDefinition> queues = new Queues(host).workedBy(user);
        Object chosen = UI.getCurrent() == null ? null : ComponentUtil.getData(UI.getCurrent(), QUEUE);
        return queues.stream().filter(q -> q.id().equals(chosen)).findFirst().or(() -> queues.stream().findFirst());
    }

    static void choose(QueueDefinition queue) {
        if (UI.getCurrent() != null) {
            ComponentUtil.setData(UI.getCurrent(), QUEUE, queue == null ? null : queue.id());
        }
    }

    static Places places(HostContext host) {
        return new Places(ZoneId.of(host.settings().get("display-zone", "America/New_York")));
    }

    /** Opens the best account of the queue the guard allows calling now, or says why none is opened. */
    static void openNext(HostContext host) {
        Notices.attempt(() -> {
            UserRef user = Access.requireWorker(host);
            QueueDefinition queue = currentQueue(host, user).orElseThrow(() -> new IllegalArgumentException(
                    "No queue is assigned to you yet: ask your supervisor."));
            NextAccount.Offer offer = new NextAccount(host).next(queue).orElseThrow(() -> new IllegalArgumentException(
                    "No account in " + queue.name() + " may be called right now."));
            UI.getCurrent().navigate("accounts/" + offer.accountId());
            return "Next account from " + queue.name() + ": call " + formatPhone(offer.phone()) + ".";
        });
    }

    static String formatPhone(String digits) {
        if (digits != null && digits.matches("\\d{10}")) {
            return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
        }
        return digits;
    }
}
