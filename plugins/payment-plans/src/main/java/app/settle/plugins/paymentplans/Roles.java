package app.settle.plugins.paymentplans;

import app.settle.api.CurrentUser;
import app.settle.api.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who does what. Collectors (and supervisors, administrators) negotiate and record arrangements on the accounts
 * they may see; supervisors and administrators approve what is outside the guardrails and see the figures. Team
 * scope applies to everyone.
 */
final class Roles {

    static final Set<Role> NEGOTIATORS = EnumSet.of(Role.COLLECTOR, Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> APPROVERS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);

    private Roles() {
    }

    static void require(CurrentUser user, Set<Role> roles, String what) {
        if (!user.get().map(ref -> roles.contains(ref.role())).orElse(false)) {
            throw new PlanRefusedException("Your role may not " + what + ".");
        }
    }
}
