package app.settle.worklist;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.UserRef;
import java.util.Set;

/** Role checks on the server, for every action (the menu hides what a role may not use; this refuses it). */
final class Access {

    static final Set<Role> WORKERS = Set.of(Role.COLLECTOR, Role.SUPERVISOR);
    static final Set<Role> MANAGERS = Set.of(Role.SUPERVISOR, Role.ADMIN);

    private Access() {
    }

    static UserRef requireSupervisor(HostContext host) {
        UserRef user = host.currentUser().require();
        if (!MANAGERS.contains(user.role())) {
            throw new SecurityException("Only supervisors and administrators manage queues and scoring.");
        }
        return user;
    }

    static UserRef requireWorker(HostContext host) {
        UserRef user = host.currentUser().require();
        if (!WORKERS.contains(user.role())) {
            throw new SecurityException("The worklist is for collectors and supervisors.");
        }
        return user;
    }

    /** Supervisors manage queues of the teams they lead, administrators of every team. */
    static void requireTeam(HostContext host, long teamId) {
        UserRef user = requireSupervisor(host);
        if (user.role() != Role.ADMIN && !user.teamIds().contains(teamId)) {
            throw new SecurityException("You may only manage queues of your own teams.");
        }
    }
}
