package app.settle.trainer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The in-memory broadcaster of live sessions: the screens showing a session subscribe by session id and are told
 * when anything in it changes (a line said, the trainee joining, a score, the end). Listeners run on the thread of
 * whoever changed the session, so a screen's listener must hand the work to its own UI ({@code UI.access}) and
 * unsubscribe when it detaches. One portal node: sticky sessions keep both users of a session on the node that
 * holds the room only if they reach the same node (see docs/architecture.md).
 */
final class LiveRooms {

    private final Map<Long, List<Runnable>> listeners = new ConcurrentHashMap<>();

    /** Registers a listener for a session; run the returned action to remove it. */
    Runnable subscribe(long sessionId, Runnable listener) {
        listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(sessionId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Tells every screen of the session that it changed. A failing listener does not stop the others. */
    void changed(long sessionId) {
        for (Runnable listener : listeners.getOrDefault(sessionId, List.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(LiveRooms.class).warn("A live-session screen failed to update", e);
            }
        }
    }

    int listenerCount(long sessionId) {
        return listeners.getOrDefault(sessionId, List.of()).size();
    }

    void closeAll() {
        listeners.clear();
    }
}
