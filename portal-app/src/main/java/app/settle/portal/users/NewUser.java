package app.settle.portal.users;

import app.settle.api.Role;
import java.util.Set;

/** What it takes to create a user; {@link #validate()} says what is wrong in words people read. */
public record NewUser(String username, String displayName, String password, Role role, Set<Long> teamIds) {

    public NewUser {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
    }

    void validate() {
        if (username == null || !username.matches("[a-z0-9._-]{3,64}")) {
            throw new IllegalArgumentException(
                    "A username is 3 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new IllegalArgumentException("A display name is 1 to 200 characters");
        }
        if (password == null || password.length() < 8 || password.length() > 128) {
            throw new IllegalArgumentException("A password is 8 to 128 characters");
        }
        if (role == null) {
            throw new IllegalArgumentException("Choose a role");
        }
    }
}
