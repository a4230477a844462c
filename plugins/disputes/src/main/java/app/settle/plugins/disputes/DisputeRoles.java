package app.settle.plugins.disputes;

import app.settle.api.CurrentUser;
import app.settle.api.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who does what with disputes. Collectors open disputes on the accounts they may see and add notes and evidence;
 * dispute handlers (supervisors and administrators) work the queue: assign, resolve, withdraw. Approvals above the
 * threshold belong to supervisors of the account's team ({@link ApprovalRule}). Team scope applies to everyone.
 */
final class DisputeRoles {

    /** Open disputes, add notes and evidence, download evidence. */
    static final Set<Role> WORKERS = EnumSet.of(Role.COLLECTOR, Role.SUPERVISOR, Role.ADMIN);
    /** Work the queue and resolve disputes. */
    static final Set<Role> HANDLERS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);

    private DisputeRoles() {
    }

    static boolean has(CurrentUser user, Set<Role> roles) {
        return user.get().map(ref -> roles.contains(ref.role())).orElse(false);
    }

    static void require(CurrentUser user, Set<Role> roles, String what) {
        if (!has(user, roles)) {
            throw new SecurityException("Your role may not " + what + ".");
        }
    }
}
