package app.settle.api;

import java.util.Objects;
import java.util.Set;

/**
 * The signed-in user as plugins see it.
 *
 * @param id       the user's database id
 * @param username the login name, also the actor name in audit rows
 * @param displayName the name people read
 * @param role     what the user does in Settle
 * @param teamIds  the teams the user belongs to (a supervisor may lead several)
 */
public record UserRef(long id, String username, String displayName, Role role, Set<Long> teamIds) {
    public UserRef {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        teamIds = Set.copyOf(teamIds);
    }

    public boolean hasRole(Role wanted) {
        return role == wanted;
    }
}
