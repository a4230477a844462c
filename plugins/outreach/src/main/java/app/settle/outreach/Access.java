package app.settle.outreach;

import app.settle.api.CurrentUser;
import app.settle.api.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who does what: supervisors and administrators write templates and cadences; collectors (and supervisors,
 * administrators) send a template by hand from the workspace of an account they may see.
 */
final class Access {

    static final Set<Role> AUTHORS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> SENDERS = EnumSet.of(Role.COLLECTOR, Role.SUPERVISOR, Role.ADMIN);

    private Access() {
    }

    /** The signed-in user's name, or a refusal when their role may not do this. */
    static String require(CurrentUser user, Set<Role> roles, String what) {
        return user.get().filter(ref -> roles.contains(ref.role()))
                .orElseThrow(() -> new OutreachRefusedException("Your role may not " + what + "."))
                .username();
    }
}
