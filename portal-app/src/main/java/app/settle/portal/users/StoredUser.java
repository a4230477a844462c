package app.settle.portal.users;

import app.settle.api.Role;
import app.settle.api.UserRef;
import java.util.Set;

/** A user as stored, with the password hash that only authentication reads. */
public record StoredUser(long id, String username, String displayName, String passwordHash, Role role,
                         boolean enabled, Set<Long> teamIds) {

    public UserRef toRef() {
        return new UserRef(id, username, displayName, role, teamIds);
    }
}
