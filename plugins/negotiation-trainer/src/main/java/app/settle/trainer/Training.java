package app.settle.trainer;

import app.settle.api.HostContext;

/**
 * The plugin's services while it runs: the scenario library, the stored sessions and the live rooms. PF4J makes
 * the view extensions itself, so they reach these through {@link #get()}; a stopped plugin has none, and a view
 * opened then says so instead of failing.
 */
final class Training {

    private static volatile Training running;

    final HostContext host;
    final ScenarioLibrary library;
    final SessionStore sessions;
    final LiveRooms rooms;

    private Training(HostContext host) {
        this.host = host;
        this.library = new ScenarioLibrary(host);
        this.sessions = new SessionStore(host);
        this.rooms = new LiveRooms();
    }

    static void start(HostContext host) {
        Training training = new Training(host);
        training.library.loadShipped();
        running = training;
    }

    static void stop() {
        Training training = running;
        running = null;
        if (training != null) {
            training.rooms.closeAll();
        }
    }

    static Training get() {
        Training training = running;
        if (training == null) {
            throw new IllegalStateException("The negotiation trainer is not running");
        }
        return training;
    }
}
